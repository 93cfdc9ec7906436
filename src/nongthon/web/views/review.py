from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from nongthon.web import highlight, progress

QUEUE_SIZE = 50


def _fact_model():
    Fact = progress.model("documents", "Fact")
    if Fact is None:
        raise Http404("the documents app has no models yet")
    return Fact


class ReviewView(TemplateView):
    """Proposed facts, one at a time beside its evidence in context. Anyone may look; deciding needs a login."""

    template_name = "web/review.html"

    def get_template_names(self):
        if self.request.htmx:
            return ["web/partials/review_body.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = {**super().get_context_data(**kwargs), "nav": "review"}
        Fact = progress.model("documents", "Fact")
        if Fact is None:
            return {**context, "available": False}
        return {**context, **review_context(Fact, self.request.GET.get("fact"), self.request.GET.get("unit"))}


def review_context(Fact, selected: str | None, unit_key: str | None = None) -> dict:
    from nongthon.documents.operations import pending_facts

    pending = pending_facts()
    if unit_key:
        pending = pending.filter(unit__key=unit_key)
    total = pending.count()
    queue = list(pending.defer("document__text")[:QUEUE_SIZE])
    current = None
    if selected and selected.isdigit():
        current = next((f for f in queue if f.pk == int(selected)), None)
        if current is None:
            current = Fact.objects.select_related("document", "unit").filter(pk=int(selected)).first()
    if current is None and queue:
        current = queue[0]
    ids = [f.pk for f in queue]
    position = ids.index(current.pk) if current is not None and current.pk in ids else None
    context = {
        "available": True,
        "queue": queue,
        "total": total,
        "current": current,
        "unit_key": unit_key or "",
        "previous_fact": queue[position - 1] if position else None,
        "next_fact": queue[position + 1] if position is not None and position + 1 < len(queue) else None,
    }
    if current is not None:
        text = current.document.text
        if current.span_start is not None and current.span_end is not None:
            part, offset = highlight.window(text, current.span_start, current.span_end)
            context["evidence_html"] = highlight.marked(
                part, [highlight.Span(current.span_start - offset, current.span_end - offset,
                                      anchor=f"fact-{current.pk}", css="current")],
            )
        else:
            context["evidence_html"] = highlight.marked(current.evidence or text[:1200], [])
    return context


class ReviewDecisionView(LoginRequiredMixin, View):
    """POST /review/<id>/accept/ or /reject/: calls the documents operation, then shows the next fact.

    The operation asks `accounts.authz`; a refusal answers 403 with the review page and the reason
    (to htmx, the part of the page with the reason).
    """

    decision = "accept"
    raise_exception = False

    def decide(self, request, fact) -> None:
        """Take the decision through the documents operation (raises `ReviewError`, `PermissionDenied`)."""
        from nongthon.documents.operations import accept_fact, reject_fact

        if self.decision == "accept":
            accept_fact(fact, user=request.user, unit=_chosen_unit(request.POST.get("unit_key", "")))
            messages.success(request, _message("accepted", fact))
        else:
            reject_fact(fact, user=request.user, note=request.POST.get("note", ""))
            messages.info(request, _message("rejected", fact))

    def post(self, request, pk: int):
        from nongthon.documents.operations import ReviewError

        Fact = _fact_model()
        fact = get_object_or_404(Fact, pk=pk)
        next_id = request.POST.get("next", "")
        unit_key = request.POST.get("unit", "")
        try:
            self.decide(request, fact)
        except PermissionDenied as err:
            return self.refused(request, fact, unit_key, str(err))
        except ReviewError as err:
            messages.error(request, str(err))
            next_id = str(fact.pk)
        url = reverse("web:review")
        params = [f"fact={next_id}"] if next_id else []
        if unit_key:
            params.append(f"unit={unit_key}")
        if params:
            url += "?" + "&".join(params)
        if request.htmx:
            context = {"nav": "review", **review_context(Fact, next_id or None, unit_key or None)}
            response = TemplateResponse(request, "web/partials/review_body.html", context)
            response["HX-Push-Url"] = url
            return response
        return HttpResponseRedirect(url)

    def refused(self, request, fact, unit_key: str, reason: str) -> TemplateResponse:
        """403 with the same fact still shown and the reason `authz` gave, as a page or an htmx part."""
        from django.utils.translation import gettext as _

        messages.error(request, _("Không được duyệt dữ kiện #%(id)s: %(reason)s") % {"id": fact.pk, "reason": reason})
        context = {"nav": "review", "refused": reason,
                   **review_context(_fact_model(), str(fact.pk), unit_key or None)}
        if request.htmx:
            # htmx swaps no 4xx answer into the page, so the part with the reason comes back as 200.
            return TemplateResponse(request, "web/partials/review_body.html", context)
        return TemplateResponse(request, "web/review.html", context, status=403)


def _message(outcome: str, fact) -> str:
    from django.utils.translation import gettext as _

    if outcome == "accepted":
        return _("Đã chấp nhận dữ kiện #%(id)s: %(summary)s") % {"id": fact.pk, "summary": fact.summary}
    return _("Đã bác bỏ dữ kiện #%(id)s: %(summary)s") % {"id": fact.pk, "summary": fact.summary}


def _chosen_unit(key: str):
    """The unit the reviewer typed for a fact whose own could not be resolved (by its key)."""
    from nongthon.documents.operations import ReviewError
    from nongthon.units.models import Unit

    key = key.strip()
    if not key:
        return None
    unit = Unit.objects.filter(key=key).first()
    if unit is None:
        from django.utils.translation import gettext as _

        raise ReviewError(_("Không có đơn vị khóa %(key)s.") % {"key": key})
    return unit
