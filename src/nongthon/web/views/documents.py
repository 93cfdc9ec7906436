from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from nongthon.web import documents_search, highlight, progress
from nongthon.web.text import find_folded
from nongthon.web.views.cache import PublicPageCacheMixin

SNIPPET_CONTEXT = 120


def _document_model():
    Document = progress.model("documents", "Document")
    if Document is None:
        raise Http404("the documents app has no models yet")
    return Document


class DocumentListView(PublicPageCacheMixin, TemplateView):
    """The library, searched accent-insensitively: "nong thon moi" finds "nông thôn mới"."""

    template_name = "web/document_list.html"

    def get_context_data(self, **kwargs):
        q = self.request.GET.get("q", "").strip()
        context = {**super().get_context_data(**kwargs), "nav": "documents", "q": q, "available": True}
        Document = progress.model("documents", "Document")
        if Document is None:
            return {**context, "available": False, "page": None}
        from django.db.models import Count, Q

        from nongthon.monitoring.choices import ReviewStatus

        qs = Document.objects.defer("text").order_by("-date", "doc_id")
        if q:
            qs = qs.filter(documents_search.matching(Document, q))
        page = Paginator(qs, 25).get_page(self.request.GET.get("page"))
        rows = list(page.object_list)
        # Facts are counted for the page's documents only, in one grouped query (with their text for the
        # snippets of a search): counting them in the listing query would join and group every document.
        extra = ("text",) if q else ()
        counts = (
            Document.objects.filter(pk__in=[d.pk for d in rows]).order_by()
            .annotate(accepted=Count("facts", filter=Q(facts__status=ReviewStatus.ACCEPTED)),
                      proposed=Count("facts", filter=Q(facts__status=ReviewStatus.PROPOSED)))
            .values_list("pk", "accepted", "proposed", *extra)
        ) if rows else []
        by_pk = {row[0]: row[1:] for row in counts}
        for document in rows:
            accepted, proposed, *text = by_pk.get(document.pk, (0, 0, ""))
            document.accepted, document.proposed = accepted, proposed
            if q:
                document.snippet, document.hits = _snippet(text[0] if text else "", q)
        return {**context, "page": page, "documents": rows}


def _snippet(text: str, q: str):
    spans = find_folded(text, q)
    if not spans:
        return highlight.marked(text[: 2 * SNIPPET_CONTEXT], []), 0
    start, end = spans[0]
    part, offset = highlight.window(text, start, end, SNIPPET_CONTEXT)
    inside = [highlight.Span(s - offset, e - offset) for s, e in spans if s >= offset and e <= offset + len(part)]
    return highlight.marked(part, inside), len(spans)


class DocumentDetailView(PublicPageCacheMixin, TemplateView):
    """A document with its facts marked in the text; `#fact-<id>` scrolls to one."""

    template_name = "web/document_detail.html"

    def get_context_data(self, pk: int, **kwargs):
        Document = _document_model()
        document = get_object_or_404(Document, pk=pk)
        facts = list(document.facts.select_related("unit").order_by("span_start", "id"))
        spans = [
            highlight.Span(f.span_start, f.span_end, anchor=f"fact-{f.pk}", css=f"fact {f.status}",
                           title=f.summary)
            for f in facts if f.span_start is not None and f.span_end is not None
        ]
        q = self.request.GET.get("q", "").strip()
        if q:
            spans += [highlight.Span(s, e, css="hit") for s, e in find_folded(document.text, q)]
        evidence = _int(self.request.GET.get("start")), _int(self.request.GET.get("end"))
        if None not in evidence:
            spans.append(highlight.Span(evidence[0], evidence[1], anchor="evidence", css="current"))
        return {
            **super().get_context_data(**kwargs),
            "nav": "documents",
            "document": document,
            "facts": facts,
            "marked_text": highlight.marked(document.text, spans),
            "q": q,
        }


def _int(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None
