"""How an accepted fact of each type becomes monitoring rows (called by `operations.accept_fact`).

ntm_status achieved → `Recognition`; target → `Target` (status) · criteria_count → `CriteriaCount` ·
unit_tally achieved → `UnitTally`; target → `Target` (tally) · poverty_rate → `Observation` of
`poverty_rate` with its standard · indicator achieved → `Observation`; target → `Target`
(indicator) · legal_ref → `LegalDocument` (got or created by number) · support → `SupportAssignment`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from nongthon.documents.facts import PayloadError, read_period, to_date, to_decimal, to_int, to_year
from nongthon.monitoring.choices import (
    ChildLevel,
    LegalKind,
    Modality,
    PeriodPrecision,
    ReviewStatus,
    SourceKind,
    TargetKind,
    Tier,
)
from nongthon.monitoring.legal import normalise_legal_number
from nongthon.monitoring.models import (
    TALLY_STATE_RE,
    CriteriaCount,
    Indicator,
    LegalDocument,
    Observation,
    Recognition,
    SupportAssignment,
    Target,
    UnitTally,
)


def stored_decimal(value, field: str, places: int = 4) -> Decimal:
    """A payload number as the model stores it: JSON floats (3600000000.0, 32.29) rounded to `places`."""
    return to_decimal(value, field).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def source_fields(fact, user=None) -> dict:
    """The source of a row written from `fact`: its document span, accepted."""
    return {
        "source_kind": SourceKind.DOCUMENT, "source_document": fact.document,
        "source_start": fact.span_start, "source_end": fact.span_end,
        "source_evidence": fact.evidence, "source_fact": fact, "source_user": user,
        "status": ReviewStatus.ACCEPTED, "reviewed_by": user, "reviewed_at": timezone.now(),
    }


def write(fact, payload: dict, unit, user=None):
    writer = WRITERS.get(fact.type)
    if writer is None:
        raise PayloadError(_("Loại dữ kiện không biết: %(value)r.") % {"value": fact.type})
    row = writer(payload, unit, source_fields(fact, user))
    row.full_clean()
    row.save()
    return row


def _is_target(payload: dict) -> bool:
    modality = payload.get("modality") or Modality.ACHIEVED
    if modality not in Modality.values:
        raise PayloadError(_("Trường %(field)s không hợp lệ: %(value)r.") % {"field": "modality", "value": modality})
    return modality == Modality.TARGET


def _choice(value, choices, field: str) -> str:
    if value not in choices.values:
        raise PayloadError(_("Trường %(field)s không hợp lệ: %(value)r.") % {"field": field, "value": value})
    return value


def _ntm_status(payload, unit, source):
    tier = _choice(payload["status"], Tier, "status")
    year = to_year(payload.get("year"))
    if _is_target(payload):
        return Target(unit=unit, kind=TargetKind.STATUS, tier=tier, deadline_year=year, **source)
    return Recognition(unit=unit, tier=tier, year=year, **source)


def _criteria_count(payload, unit, source):
    return CriteriaCount(unit=unit, achieved=to_int(payload["achieved"], "achieved"),
                         total=to_int(payload["total"], "total") if payload.get("total") else None,
                         year=to_year(payload.get("year")), **source)


def _unit_tally(payload, unit, source):
    level = _choice(payload["child_level"], ChildLevel, "child_level")
    state = payload["state"]
    if not TALLY_STATE_RE.match(state):
        raise PayloadError(_("Trường %(field)s không hợp lệ: %(value)r.") % {"field": "state", "value": state})
    total = payload.get("total")
    year = to_year(payload.get("year"))
    if _is_target(payload):
        return Target(unit=unit, kind=TargetKind.TALLY, child_level=level, state=state,
                      value=stored_decimal(payload["count"], "count"),
                      total=stored_decimal(total, "total") if total is not None else None, deadline_year=year, **source)
    return UnitTally(parent=unit, child_level=level, count=to_int(payload["count"], "count"),
                     total=to_int(total, "total") if total is not None else None, state=state, year=year, **source)


def _indicator_by_key(key: str) -> Indicator:
    indicator = Indicator.objects.filter(key=key).first()
    if indicator is None:
        raise PayloadError(_("Chỉ tiêu %(key)r chưa có trong danh mục chỉ tiêu theo dõi.") % {"key": key})
    return indicator


def _observation(payload, unit, source, indicator, standard=""):
    period = read_period(payload.get("period"))
    year, date, precision = period.year, period.date, period.precision
    document = source["source_document"]
    if precision == PeriodPrecision.UNKNOWN and document.date:
        # "Đến nay …" with no period: the figure holds as of the day the document reports it.
        year, date, precision = document.date.year, document.date, PeriodPrecision.REPORTED
    total = payload.get("total")
    return Observation(
        unit=unit, indicator=indicator, year=year, year_from=period.year_from, date=date, precision=precision,
        value=stored_decimal(payload["value"], "value"),
        total=stored_decimal(total, "total") if total is not None else None,
        note=(payload.get("note") or "")[:300], standard=standard or "", programme=payload.get("programme") or "",
        **source,
    )


def _poverty_rate(payload, unit, source):
    standard = normalise_legal_number(payload["standard"]) if payload.get("standard") else ""
    return _observation(payload, unit, source, _indicator_by_key("poverty_rate"), standard)


def _indicator(payload, unit, source):
    indicator = _indicator_by_key(payload["key"])
    if _is_target(payload):
        period = read_period(payload.get("period"))
        total = payload.get("total")
        return Target(unit=unit, kind=TargetKind.INDICATOR, indicator=indicator,
                      value=stored_decimal(payload["value"], "value"),
                      total=stored_decimal(total, "total") if total is not None else None,
                      deadline_year=period.year, description=(payload.get("note") or ""), **source)
    return _observation(payload, unit, source, indicator)


def _legal_ref(payload, unit, source):
    number = normalise_legal_number(str(payload["number"]))
    kind = payload.get("kind") or LegalKind.OTHER
    _choice(kind, LegalKind, "kind")
    date = to_date(payload.get("date"))
    issuer = payload.get("issuer") or ""
    existing = LegalDocument.objects.filter(number=number).first()
    if existing is None:
        return LegalDocument(number=number, kind=kind, date=date, issuer=issuer, title=payload.get("title") or "",
                             **source)
    if existing.kind == LegalKind.OTHER:
        existing.kind = kind
    existing.date = existing.date or date
    existing.issuer = existing.issuer or issuer
    if existing.status == ReviewStatus.PROPOSED:
        existing.status, existing.reviewed_by, existing.reviewed_at = (
            ReviewStatus.ACCEPTED, source["reviewed_by"], source["reviewed_at"])
    return existing


def _support(payload, unit, source):
    amount = payload.get("amount_vnd")
    return SupportAssignment(helper=payload["helper"], unit=unit, year=to_year(payload.get("year")),
                             amount_vnd=stored_decimal(amount, "amount_vnd", places=0) if amount is not None else None,
                             activities=payload.get("activities") or "", **source)


WRITERS = {
    "ntm_status": _ntm_status,
    "criteria_count": _criteria_count,
    "unit_tally": _unit_tally,
    "poverty_rate": _poverty_rate,
    "indicator": _indicator,
    "legal_ref": _legal_ref,
    "support": _support,
}
