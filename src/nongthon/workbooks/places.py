"""Units as a workbook sees them: by code during a year, and the communes of a province in a year."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils.translation import gettext as _

from nongthon.units.choices import Level
from nongthon.units.models import Unit


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def overlaps_year(unit: Unit, year: int) -> bool:
    start, end = year_bounds(year)
    return (unit.valid_from is None or unit.valid_from < end) and (unit.valid_to is None or unit.valid_to > start)


def reference_day(unit: Unit, year: int) -> dt.date:
    """The last day of `year` on which `unit` was valid (31 December unless it ended earlier)."""
    on = dt.date(year, 12, 31)
    if unit.valid_to is not None and unit.valid_to <= on:
        on = unit.valid_to - dt.timedelta(days=1)
    return on


class UnitIndex:
    """Units by code, read once per import: `get(code, year)` → (unit, None) or (None, reason)."""

    def __init__(self, codes):
        self._by_code: dict[str, list[Unit]] = {}
        for unit in Unit.objects.filter(code__in=set(codes)).select_related("parent").order_by("valid_from"):
            self._by_code.setdefault(unit.code, []).append(unit)

    def get(self, code: str, year: int) -> tuple[Unit | None, str | None]:
        known = self._by_code.get(code, [])
        if not known:
            return None, _("Không có đơn vị hành chính mã %(code)s.") % {"code": code}
        valid = [u for u in known if overlaps_year(u, year)]
        if not valid:
            spans = "; ".join(
                f"{u.get_kind_display()} {u.name} ({_day(u.valid_from)} – {_day(u.valid_to) if u.valid_to else _('nay')})"
                for u in known
            )
            return None, _("Mã %(code)s không có đơn vị nào còn hiệu lực trong năm %(year)s (mã này từng là: %(spans)s).") % {
                "code": code, "year": year, "spans": spans}
        _start, end = year_bounds(year)
        valid.sort(key=lambda u: (u.valid_to is None or u.valid_to >= end, u.valid_from or dt.date.min), reverse=True)
        return valid[0], None


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "…"


def province_in_year(code: str, year: int) -> Unit | None:
    """The province with this code valid in `year`; the one still valid at the year's end if several."""
    unit, _reason = UnitIndex([code]).get(code, year)
    if unit is not None and unit.level != Level.TINH:
        candidates = [u for u in Unit.objects.filter(code=code, level=Level.TINH) if overlaps_year(u, year)]
        return candidates[-1] if candidates else None
    return unit


def communes_in_year(province: Unit, year: int) -> list[Unit]:
    """Communes under the province (directly, or through a district) on the province's reference day."""
    return units_in_year(province, year, Level.XA)


def units_in_year(province: Unit, year: int, level: str) -> list[Unit]:
    """Units of `level` under the province on its reference day: communes, districts or villages."""
    on = reference_day(province, year)
    valid = (Q(valid_from__isnull=True) | Q(valid_from__lte=on)) & (Q(valid_to__isnull=True) | Q(valid_to__gt=on))
    if level == Level.TINH:
        return [province]
    under = Q(parent=province) | Q(parent__parent=province) | Q(parent__parent__parent=province)
    return list(Unit.objects.filter(valid, level=level).filter(under).select_related("parent").order_by("code"))
