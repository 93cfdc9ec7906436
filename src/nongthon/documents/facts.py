"""Facts in the contract form of spec/facts.md: fingerprint, reading of values, summaries (pure)."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nongthon.monitoring.choices import LegalKind

#: Keys of an extracted fact that describe where and how it was found, not what it states.
ENVELOPE_KEYS = {"doc", "type", "evidence", "span", "confidence", "unit_key", "unit_code"}

#: The field holding the fact's subject unit, per type (a tally is about its parent).
SUBJECT_FIELD = {"unit_tally": "parent", "legal_ref": None}

REQUIRED = {
    "ntm_status": ["unit", "status"],
    "criteria_count": ["unit", "achieved"],
    "unit_tally": ["parent", "child_level", "count", "state"],
    "poverty_rate": ["unit", "value"],
    "indicator": ["unit", "key", "value"],
    "legal_ref": ["number"],
    "support": ["helper", "unit"],
}

LEVEL_WORDS = {"nuoc": gettext_lazy("cả nước"), "tinh": gettext_lazy("tỉnh"), "huyen": gettext_lazy("huyện"),
               "xa": gettext_lazy("xã"), "thon": gettext_lazy("thôn")}
STATE_WORDS = {"dat_chuan": gettext_lazy("đạt chuẩn NTM"), "nang_cao": gettext_lazy("NTM nâng cao"),
               "kieu_mau": gettext_lazy("NTM kiểu mẫu"), "hien_dai": gettext_lazy("NTM hiện đại")}


class PayloadError(ValueError):
    """A fact's payload misses a field or holds a value of the wrong form."""


def split_fact(fact: dict) -> tuple[str, dict]:
    """The type and the payload (everything the fact states, plus resolution hints) of an extracted fact."""
    payload = {k: v for k, v in fact.items() if k not in {"doc", "type", "evidence", "span", "confidence"}}
    return fact["type"], payload


def fingerprint(fact_type: str, payload: dict) -> str:
    """A hash of what the fact states (type and payload), ignoring evidence, span and resolution hints."""
    stated = {k: _fold(v) for k, v in payload.items() if k not in ENVELOPE_KEYS}
    text = json.dumps([fact_type, stated], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fold(value):
    if isinstance(value, str):
        return value.casefold().strip()
    if isinstance(value, dict):
        return {k: _fold(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fold(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def check_payload(fact_type: str, payload: dict) -> None:
    if fact_type not in REQUIRED:
        raise PayloadError(_("Loại dữ kiện không biết: %(value)r.") % {"value": fact_type})
    missing = [name for name in REQUIRED[fact_type] if payload.get(name) in (None, "")]
    if missing:
        raise PayloadError(_("Dữ kiện %(type)s thiếu trường: %(fields)s.") % {"type": fact_type, "fields": ", ".join(missing)})


def subject(fact_type: str, payload: dict) -> dict | None:
    """The unit object (`{"name", "level", "parent"}`) the fact is about."""
    field = SUBJECT_FIELD.get(fact_type, "unit")
    return payload.get(field) if field else None


def unit_label(unit: dict | None) -> str:
    if not unit:
        return "?"
    level = str(LEVEL_WORDS.get(unit.get("level") or "", unit.get("level") or ""))
    name = unit.get("name")
    if not name:
        return level if unit.get("level") == "nuoc" else _("%(level)s (không nêu tên)") % {"level": level}
    parent = f", {unit['parent']}" if unit.get("parent") else ""
    return f"{level} {name}{parent}"


def to_decimal(value, field: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError) as err:
        raise PayloadError(_("Trường %(field)s không phải là số: %(value)r.") % {"field": field, "value": value}) from err


def to_int(value, field: str) -> int:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as err:
        raise PayloadError(_("Trường %(field)s không phải là số: %(value)r.") % {"field": field, "value": value}) from err
    if number != number.to_integral_value() or number < 0:
        raise PayloadError(_("Trường %(field)s phải là số nguyên không âm: %(value)r.") % {"field": field, "value": value})
    return int(number)


def to_year(value, field: str = "year") -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError) as err:
        raise PayloadError(_("Trường %(field)s không phải là năm: %(value)r.") % {"field": field, "value": value}) from err


def to_date(value, field: str = "date") -> datetime.date | None:
    """An ISO date; `YYYY-MM` and `YYYY` give the first day of the month or year."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    text = str(value)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return datetime.date(int(text[:4]), int(text[5:7]), 1)
        if re.fullmatch(r"\d{4}", text):
            return datetime.date(int(text), 1, 1)
    except ValueError as err:
        raise PayloadError(_not_a_date(field, value)) from err
    raise PayloadError(_not_a_date(field, value))


def _not_a_date(field: str, value) -> str:
    return _("Trường %(field)s không phải là ngày: %(value)r.") % {"field": field, "value": value}


@dataclass(frozen=True)
class Period:
    """A period as the contract writes it: a year, `YYYY-MM`, `YYYY-MM-DD`, or a span `"2019-2020"`."""

    year: int | None
    year_from: int | None
    date: datetime.date | None
    precision: str  # values of monitoring.choices.PeriodPrecision


def read_period(value) -> Period:
    if value in (None, ""):
        return Period(None, None, None, "unknown")
    if isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"\d{4}", value)):
        return Period(int(value), None, None, "year")
    text = str(value)
    span = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", text)
    if span:
        return Period(int(span.group(2)), int(span.group(1)), None, "span")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return Period(int(text[:4]), None, to_date(text, "period"), "month")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return Period(int(text[:4]), None, to_date(text, "period"), "day")
    raise PayloadError(_("Trường %(field)s không đọc được: %(value)r.") % {"field": "period", "value": value})


def _number(value) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


def summarise(fact_type: str, payload: dict) -> str:
    """One line saying what the fact states, in the active language (Vietnamese by default)."""
    p = payload
    target = " (" + _("mục tiêu") + ")" if p.get("modality") == "target" else ""
    if fact_type == "ntm_status":
        year = " " + _("năm %(year)s") % {"year": p["year"]} if p.get("year") else ""
        return f"{unit_label(p.get('unit'))}: {STATE_WORDS.get(p.get('status'), p.get('status'))}{year}{target}"
    if fact_type == "criteria_count":
        total = f"/{p['total']}" if p.get("total") else ""
        year = f" ({p['year']})" if p.get("year") else ""
        count = _("%(count)s tiêu chí") % {"count": f"{p.get('achieved')}{total}"}
        return f"{unit_label(p.get('unit'))}: {count}{year}"
    if fact_type == "unit_tally":
        total = f"/{p['total']}" if p.get("total") else ""
        level = LEVEL_WORDS.get(p.get("child_level") or "", p.get("child_level"))
        state = p.get("state") or ""
        if state.startswith("criteria:"):
            state = _("đạt tiêu chí %(range)s") % {"range": state.removeprefix("criteria:")}
        state = STATE_WORDS.get(state, state)
        year = f" ({p['year']})" if p.get("year") else ""
        return f"{unit_label(p.get('parent'))}: {p.get('count')}{total} {level} {state}{year}{target}"
    if fact_type == "poverty_rate":
        standard = ", " + _("chuẩn %(standard)s") % {"standard": p["standard"]} if p.get("standard") else ""
        period = f" ({p['period']})" if p.get("period") else ""
        rate = _("tỷ lệ hộ nghèo %(rate)s%%") % {"rate": _number(p.get("value"))}
        return f"{unit_label(p.get('unit'))}: {rate}{period}{standard}"
    if fact_type == "indicator":
        total = f"/{p['total']}" if p.get("total") is not None else ""
        period = f" ({p['period']})" if p.get("period") else ""
        measure = f" {p['measure']}" if p.get("measure") else ""
        return f"{unit_label(p.get('unit'))}: {p.get('key')} = {_number(p.get('value'))}{total}{measure}{period}{target}"
    if fact_type == "legal_ref":
        issuer = " " + _("của %(issuer)s") % {"issuer": p["issuer"]} if p.get("issuer") else ""
        date = " " + _("ngày %(date)s") % {"date": p["date"]} if p.get("date") else ""
        kind = LegalKind(p["kind"]).label if p.get("kind") in LegalKind.values else _("Văn bản")
        return f"{kind} {p.get('number')}{date}{issuer}"
    if fact_type == "support":
        year = " " + _("năm %(year)s") % {"year": p["year"]} if p.get("year") else ""
        amount = (", " + _("%(amount)s đồng") % {"amount": f"{int(p['amount_vnd']):,}".replace(",", ".")}
                  if p.get("amount_vnd") else "")
        helped = _("%(helper)s giúp đỡ %(unit)s") % {"helper": p.get("helper"), "unit": unit_label(p.get("unit"))}
        return f"{helped}{year}{amount}"
    return json.dumps(p, ensure_ascii=False)
