"""Operations on documents and facts, written once and called by the CLI, the pages and the API.

- `ingest_path` / `ingest_paths` / `ingest_text`: store a document once (by content hash) and
  propose its facts, read and extracted by `nongthon.extraction`;
- `accept_fact`: write a fact into the monitoring data, with the document span as its source;
- `reject_fact`: mark a fact (and any row it wrote) rejected, so it is not proposed again.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nongthon.accounts.audit import log_bulk
from nongthon.accounts.authz import can_write, target_of
from nongthon.accounts.choices import Action
from nongthon.documents import writers
from nongthon.documents.facts import (
    PayloadError,
    check_payload,
    fingerprint,
    split_fact,
    subject,
    to_date,
    to_year,
)
from nongthon.documents.models import Document, Fact
from nongthon.documents.resolution import UnitNotResolved, resolve_unit
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import SOURCED_MODELS
from nongthon.monitoring.operations import rows_changed


class ReviewError(Exception):
    """A fact cannot be accepted or rejected as asked; the message says why, in Vietnamese."""


class ReviewNotAllowed(ReviewError, PermissionDenied):
    """The user may not review this fact (`accounts.authz` said why).

    Both a `ReviewError` (callers that report review problems show it) and a `PermissionDenied`
    (pages and the API answer 403).
    """


def _require_review(user, fact: Fact, unit, payload: dict) -> None:
    """Ask `authz` whether `user` may review facts about `unit` as of the date the statement is about."""
    on = _statement_date(fact.document, payload) or target_of(fact)[1]
    decision = can_write(user, unit, on, Action.REVIEW_FACT)
    if not decision.allowed:
        raise ReviewNotAllowed(decision.reason)


class IngestError(Exception):
    """A file could not be read; nothing of the batch was stored."""


@dataclass
class IngestSummary:
    """What ingesting one document did."""

    document: Document
    new_document: bool
    proposed: int = 0
    already_known: int = 0
    skipped_rejected: int = 0
    unresolved: int = 0

    def line(self) -> str:
        state = "mới" if self.new_document else "đã có"
        parts = [f"{self.document.doc_id}: tài liệu {state}", f"{self.proposed} dữ kiện đề xuất"]
        if self.already_known:
            parts.append(f"{self.already_known} đã có")
        if self.skipped_rejected:
            parts.append(f"{self.skipped_rejected} bỏ qua vì đã bị bác bỏ")
        if self.unresolved:
            parts.append(f"{self.unresolved} chưa xác định đơn vị")
        return ", ".join(parts)


@dataclass(frozen=True)
class ReadDocument:
    """A document read from a file, ready to be stored."""

    text: str
    doc_id: str
    title: str
    date: datetime.date | None
    format: str
    encoding: str
    source: str


def content_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def read_document(path: Path) -> ReadDocument:
    """Read one file through `nongthon.extraction.read_path`; `IngestError` names the file."""
    from nongthon import extraction

    try:
        result = extraction.read_path(path)
    except Exception as err:  # ReadError and anything a reader raises on a broken file
        raise IngestError(_("%(path)s: không đọc được (%(error)s).") % {"path": path, "error": err}) from err
    try:
        date = to_date(result.date) if result.date else None
    except PayloadError:
        date = None
    return ReadDocument(text=result.text, doc_id=path.stem, title=result.title or "", date=date,
                        format=result.format or "txt", encoding=result.encoding or "", source=str(path))


#: Files taken from a directory; a file named on its own is read whatever its suffix.
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf"}


def expand_paths(paths) -> list[Path]:
    """Files named, and the documents inside directories named (sorted, hidden ones left out)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(_("%(path)s: không có tệp hay thư mục này.") % {"path": path})
    return files


#: Corpus files (one document per row) are read when named, never picked from a directory.
CORPUS_SUFFIXES = {".jsonl", ".parquet"}


def read_corpus(path: Path) -> list[ReadDocument]:
    """The documents of a JSONL or Parquet corpus (`id`, `text`, optional `date`, `title`)."""
    from nongthon import extraction

    try:
        rows = list(extraction.read_corpus(path))
    except Exception as err:  # ReadError and anything a reader raises on a broken file
        raise IngestError(_("%(path)s: không đọc được (%(error)s).") % {"path": path, "error": err}) from err
    return [ReadDocument(text=row.text, doc_id=row.id, title=row.title or "", date=row.date, format="txt",
                         encoding="utf-8", source=f"{path}#{row.id}") for row in rows]


def read_documents(paths) -> list[ReadDocument]:
    documents: list[ReadDocument] = []
    for path in expand_paths(paths):
        if path.suffix.lower() in CORPUS_SUFFIXES:
            documents += read_corpus(path)
        else:
            documents.append(read_document(path))
    return documents


def ingest_paths(paths, *, reextract: bool = False) -> list[IngestSummary]:
    """Read every file first, then store them all in one transaction: all or nothing.

    A directory gives the documents inside it; a corpus file (JSONL, Parquet) one document per row.
    """
    documents = read_documents(paths)
    with transaction.atomic():
        return [ingest_read(read, reextract=reextract) for read in documents]


def ingest_path(path, *, reextract: bool = False) -> IngestSummary:
    return ingest_read(read_document(Path(path)), reextract=reextract)


def ingest_read(read: ReadDocument, *, reextract: bool = False) -> IngestSummary:
    return ingest_text(read.text, doc_id=read.doc_id, title=read.title, date=read.date, format=read.format,
                       encoding=read.encoding, source=read.source, reextract=reextract)


@transaction.atomic
def ingest_text(text: str, *, doc_id: str, title: str = "", date: datetime.date | None = None,
                format: str = "txt", encoding: str = "", source: str = "", facts: list[dict] | None = None,
                reextract: bool = False) -> IngestSummary:
    """Store a document once (by the SHA-256 of its NFC text) and propose its facts.

    A document already stored is left as it is, unless `reextract` asks to run the extractor
    again (new facts are added; known and rejected ones are not proposed again) or `facts`
    are given. `facts` (contract form) replaces the extractor, for callers that already hold them.
    """
    text = unicodedata.normalize("NFC", text)
    document, created = Document.objects.get_or_create(
        sha256=content_hash(text),
        defaults={"doc_id": doc_id, "title": title, "date": date, "format": format, "encoding": encoding,
                  "text": text, "source": source},
    )
    summary = IngestSummary(document=document, new_document=created)
    if not (created or reextract or facts is not None):
        return summary
    if facts is None:
        from nongthon import extraction

        facts = extraction.extract(text, document.doc_id, doc_date=document.date)
    for fact in facts:
        propose_fact(document, fact, summary)
    return summary


def propose_fact(document: Document, fact: dict, summary: IngestSummary) -> Fact | None:
    fact_type, payload = split_fact(fact)
    stated = fingerprint(fact_type, payload)
    if Fact.objects.filter(document=document, fingerprint=stated).exists():
        summary.already_known += 1
        return None
    if Fact.objects.filter(document__doc_id=document.doc_id, fingerprint=stated,
                           status=ReviewStatus.REJECTED).exists():
        summary.skipped_rejected += 1
        return None
    span = fact.get("span") or [None, None]
    unit = _try_resolve(document, fact_type, payload)
    if unit is None and fact_type != "legal_ref":
        summary.unresolved += 1
    summary.proposed += 1
    return Fact.objects.create(
        document=document, type=fact_type, payload=payload, span_start=span[0], span_end=span[1],
        evidence=fact.get("evidence") or "", unit=unit, confidence=fact.get("confidence"),
        fingerprint=stated,
    )


def _try_resolve(document: Document, fact_type: str, payload: dict):
    if fact_type == "legal_ref":
        return None
    try:
        return resolve_unit(subject(fact_type, payload), unit_key=payload.get("unit_key"),
                            unit_code=payload.get("unit_code"), on=_statement_date(document, payload))
    except UnitNotResolved:
        return None


def _statement_date(document: Document, payload: dict) -> datetime.date | None:
    """The date the unit names of a statement refer to: the dateline, else the stated year.

    A goal's year is a deadline, not a time the name was current, so it is not used.
    """
    if document.date:
        return document.date
    if payload.get("modality") == "target":
        return None
    try:
        year = to_year(payload.get("year"))
    except PayloadError:
        year = None
    return datetime.date(year, 12, 31) if year else None


def accept_fact(fact: Fact, user=None, corrected_payload: dict | None = None, *, unit=None):
    """Write `fact` into the monitoring data, accepted, with its document span as source.

    `corrected_payload` overrides fields of the payload (the original is kept on the fact);
    `unit` (a `units.Unit`) pins the unit when the fact's own cannot be resolved. Returns the
    row written. Raises `ReviewError` (or its subclasses for units and for refusals by
    `accounts.authz`: `user` must be allowed `Action.REVIEW_FACT` on the unit; None is an operator
    at the server) with a Vietnamese message.
    """
    with transaction.atomic():
        fact = Fact.objects.select_for_update(of=("self",)).select_related("document", "unit").get(pk=fact.pk)
        if fact.status == ReviewStatus.ACCEPTED:
            raise ReviewError(_("Dữ kiện #%(id)s đã được chấp nhận.") % {"id": fact.pk})
        payload = dict(fact.payload)
        if corrected_payload:
            payload.update(corrected_payload)
        try:
            check_payload(fact.type, payload)
            if fact.type != "legal_ref":
                unit = unit or _unit_for(fact, payload, corrected=bool(corrected_payload))
            _require_review(user, fact, unit, payload)
            record = writers.write(fact, payload, unit, user)
        except PayloadError as err:
            raise ReviewError(_("Dữ kiện #%(id)s: %(error)s") % {"id": fact.pk, "error": err}) from err
        except ValidationError as err:
            raise ReviewError(_("Dữ kiện #%(id)s: %(error)s") % {"id": fact.pk, "error": "; ".join(err.messages)}) from err
        if corrected_payload and payload != fact.payload:
            fact.original_payload = fact.original_payload or fact.payload
            fact.payload = payload
        fact.unit = unit
        fact.status = ReviewStatus.ACCEPTED
        fact.reviewed_by = user
        fact.reviewed_at = timezone.now()
        fact.save()
        rows_changed([record])
    return record


class FactUnitNotResolved(ReviewError):
    """The unit of a fact is unknown or ambiguous: choose one when accepting."""


def _unit_for(fact: Fact, payload: dict, corrected: bool):
    changed = corrected and subject(fact.type, payload) != subject(fact.type, fact.payload)
    if fact.unit_id and not changed and not payload.get("unit_key"):
        return fact.unit
    try:
        return resolve_unit(subject(fact.type, payload), unit_key=payload.get("unit_key"),
                            unit_code=payload.get("unit_code"), on=_statement_date(fact.document, payload))
    except UnitNotResolved as err:
        raise FactUnitNotResolved(_("Không thể chấp nhận dữ kiện #%(id)s: %(error)s") % {"id": fact.pk, "error": err}) from err


def reject_fact(fact: Fact, user=None, note: str = "") -> Fact:
    """Mark `fact` rejected (kept, so it is not proposed again); rows it wrote are rejected too.

    `user` must be allowed `Action.REVIEW_FACT` on the fact's unit (`ReviewNotAllowed` otherwise).
    """
    with transaction.atomic():
        fact = Fact.objects.select_for_update(of=("self",)).select_related("document", "unit").get(pk=fact.pk)
        _require_review(user, fact, fact.unit, fact.payload)
        withdrawn = []
        now, reviewer = timezone.now(), user if getattr(user, "is_authenticated", False) else None
        for model in SOURCED_MODELS:
            rows = list(model.objects.filter(source_fact=fact).exclude(status=ReviewStatus.REJECTED))
            before = [copy.copy(row) for row in rows]
            for row in rows:
                row.status, row.reviewed_by, row.reviewed_at, row.updated_at = ReviewStatus.REJECTED, reviewer, now, now
            # One UPDATE per model; bulk writes send no signals, so the audit entries are written here.
            model.objects.bulk_update(rows, ["status", "reviewed_by", "reviewed_at", "updated_at"])
            log_bulk(zip(before, rows, strict=True))
            withdrawn += rows
        fact.status = ReviewStatus.REJECTED
        fact.reviewed_by = user
        fact.reviewed_at = timezone.now()
        fact.review_note = note
        fact.save()
        rows_changed(withdrawn)
    return fact


def pending_facts():
    """Facts awaiting review, oldest document first."""
    return (Fact.objects.filter(status=ReviewStatus.PROPOSED)
            .select_related("document", "unit").order_by("document__created_at", "document_id", "span_start", "id"))
