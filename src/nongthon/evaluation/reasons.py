"""Vietnamese wording for verdicts: numbers, comparisons, gaps, missing data.

Reasons are written only when someone reads them (the evaluator stores codes), so a national
run stays fast while every verdict can still explain itself.
"""

from __future__ import annotations

from nongthon.evaluation.i18n import _
from nongthon.evaluation.model import Indicator, Rule, Verification


def format_number(value: float | int) -> str:
    """Vietnamese style: dot for thousands, comma for decimals (32.29 → "32,29", 1234567 → "1.234.567")."""
    if isinstance(value, bool):
        return _("có") if value else _("không")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number == int(number) and abs(number) < 1e15:
        text = f"{int(number):,}"
    else:
        text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def with_unit(value: float | int, unit: str) -> str:
    if not unit:
        return format_number(value)
    if unit.startswith("%"):
        return f"{format_number(value)}{unit}"
    return f"{format_number(value)} {unit}"


_SYMBOL = {Rule.GE: ("≥", "<"), Rule.LE: ("≤", ">"), Rule.EQ: ("=", "≠"), Rule.COUNT: ("≥", "<")}


def compared(indicator: Indicator, value, threshold: float, met: bool, context: str) -> str:
    """"Thu nhập … 32,29 triệu đồng/người/năm < 36 triệu đồng yêu cầu (vùng …, năm 2020)"."""
    tail = f" ({context})" if context else ""
    if indicator.rule is Rule.COUNT:
        need = _("yêu cầu ít nhất %(n)s") % {"n": format_number(threshold)}
        have = _("có %(n)s") % {"n": format_number(value)} if value else _("chưa có")
        return f"{indicator.name}: {have} ({need}{'; ' + context if context else ''})"
    symbol = _SYMBOL[indicator.rule][0 if met else 1]
    word = _("tối đa cho phép") if indicator.rule is Rule.LE else _("yêu cầu")
    return (f"{indicator.name} {with_unit(value, indicator.unit)} {symbol} "
            f"{with_unit(threshold, indicator.short_unit or indicator.unit)} {word}{tail}")


def boolean(indicator: Indicator, value: bool, via: str | None = None) -> str:
    text = f"{indicator.name}: {_('đạt') if value else _('chưa đạt')}"
    return f"{text} ({via})" if via else text


def no_value(indicator: Indicator, year: int) -> str:
    return _("Chưa có số liệu «%(name)s» năm %(year)s") % {"name": indicator.name, "year": year}


def bad_value(indicator: Indicator, value) -> str:
    expected = _("đạt/không đạt") if indicator.rule is Rule.BOOL else _("một số")
    return _("Giá trị %(value)r của «%(name)s» không dùng được (cần %(expected)s)") % {
        "value": value, "name": indicator.name, "expected": expected}


def gap(indicator: Indicator, context: str) -> str:
    if context:
        where = _("cho %(context)s («%(name)s»)") % {"context": context, "name": indicator.name}
    else:
        where = _("cho «%(name)s»") % {"name": indicator.name}
    return _("Chưa có ngưỡng chính thức %(where)s; cần văn phòng điều phối bổ sung") % {"where": where}


def missing_attribute(indicator: Indicator, attribute: str) -> str:
    return _("Chưa biết %(attribute)s của đơn vị nên chưa xác định được ngưỡng «%(name)s»") % {
        "attribute": attribute, "name": indicator.name}


def join(parts: list[str]) -> str:
    """Join reasons into one sentence: later parts start lower-case."""
    out = [p for p in parts if p]
    return "; ".join(out[:1] + [p[0].lower() + p[1:] for p in out[1:]])


def vn_date(iso: str | None) -> str:
    """2022-03-08 → 08/3/2022, as Vietnamese legal texts write dates."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{int(month)}/{year}"


def verification_note(verified: Verification, note: str | None) -> str:
    if verified is Verification.PARTLY:
        return " — " + _("ngưỡng mới xác minh một phần") + (f": {note}" if note else "")
    return ""
