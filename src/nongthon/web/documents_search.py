"""Accent-insensitive document search over `DocumentFold`, the folded copies of the documents."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from nongthon.web.models import DocumentFold
from nongthon.web.text import fold

BATCH = 200


def refresh_folds(Document) -> int:
    """Write the folded copy of every document that has none or an outdated one; returns how many."""
    stale = Document.objects.filter(
        ~Exists(DocumentFold.objects.filter(document=OuterRef("pk"), sha256=OuterRef("sha256")))
    )
    written = 0
    batch = []
    for pk, sha, title, text in stale.values_list("pk", "sha256", "title", "text").iterator(chunk_size=BATCH):
        batch.append(DocumentFold(document_id=pk, sha256=sha, title=fold(title), text=fold(text)))
        if len(batch) >= BATCH:
            written += _save(batch)
            batch = []
    if batch:
        written += _save(batch)
    return written


def _save(batch: list[DocumentFold]) -> int:
    DocumentFold.objects.filter(document_id__in=[f.document_id for f in batch]).delete()
    DocumentFold.objects.bulk_create(batch)
    return len(batch)


def matching(Document, q: str):
    """Documents whose folded title or text contains the folded query, as a queryset filter."""
    refresh_folds(Document)
    needle = fold(q)
    return Q(fold__title__contains=needle) | Q(fold__text__contains=needle)
