"""Which communes sit under which district and province in a year, from the units in the database.

A year's figures follow the hierarchy of its reference date: 31 December, except 2025, whose
figures close the 2021–2025 programme on 30 June, the last day before the two-level government
(1 July 2025). A unit's parent link points at one period of the parent; when the parent was renamed
or re-coded since, the parent valid on the date is found by code, as `Registry.parent` does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from nongthon.units.models import Unit

#: The kinds of unit the programme counts, per level: wards and townships are not in NTM.
PROGRAMME_KINDS = {"xa": ("xa",), "huyen": ("huyen", "thi_xa", "thanh_pho")}
REFORM = dt.date(2025, 7, 1)

#: The commune criteria set in force for a year.
SET_BY_YEARS = ((2016, 2020, "qd-1980-2016-xa"), (2021, 2025, "qd-318-2022-xa"), (2026, 2030, "qd-51-2025-xa"))


def reference_date(year: int) -> dt.date:
    if year == REFORM.year:
        return REFORM - dt.timedelta(days=1)
    return dt.date(year, 12, 31)


def commune_set_for(year: int) -> str | None:
    for first, last, set_id in SET_BY_YEARS:
        if first <= year <= last:
            return set_id
    return None


def valid_on_q(on: dt.date) -> Q:
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=on)) & (Q(valid_to__isnull=True) | Q(valid_to__gt=on))


@dataclass
class YearHierarchy:
    """Units valid on `on`: programme communes with their district and province, and the parents."""

    on: dt.date
    keys: dict[int, str] = field(default_factory=dict)
    level: dict[int, str] = field(default_factory=dict)
    communes: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    districts: dict[int, int | None] = field(default_factory=dict)
    provinces: list[int] = field(default_factory=list)
    #: Wards, townships and special zones: outside the programme, with (district, province).
    others: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)

    def parents_of(self, unit_id: int) -> list[int]:
        if unit_id in self.communes:
            return [p for p in self.communes[unit_id] if p is not None]
        if unit_id in self.districts:
            return [p for p in (self.districts[unit_id],) if p is not None]
        return []


_cache: dict[tuple, YearHierarchy] = {}


def hierarchy(year: int) -> YearHierarchy:
    """The hierarchy of the year's reference date (cached while the units table does not change)."""
    stamp = (year, Unit.objects.count(), Unit.objects.order_by("-id").values_list("id", flat=True).first())
    found = _cache.get(stamp)
    if found is None:
        found = _build(reference_date(year))
        if len(_cache) > 32:
            _cache.clear()
        _cache[stamp] = found
    return found


def communes_by_year(years) -> dict[int, list[int]]:
    """The programme communes of each year (the keys of `hierarchy(year).communes`), from one read of the units."""
    rows = list(Unit.objects.filter(level="xa", kind__in=PROGRAMME_KINDS["xa"]).values_list(
        "id", "valid_from", "valid_to"))
    out = {}
    for year in years:
        on = reference_date(year)
        out[year] = [uid for uid, start, end in rows if (start is None or start <= on) and (end is None or end > on)]
    return out


def _build(on: dt.date) -> YearHierarchy:
    rows = list(Unit.objects.filter(level__in=("tinh", "huyen", "xa")).values_list(
        "id", "key", "code", "level", "kind", "parent_id", "valid_from", "valid_to"))
    by_id = {r[0]: r for r in rows}

    def valid(r) -> bool:
        return (r[6] is None or r[6] <= on) and (r[7] is None or r[7] > on)

    current = {(r[2], r[3]): r[0] for r in rows if valid(r)}

    def parent(r) -> int | None:
        p = by_id.get(r[5])
        if p is None:
            return None
        return p[0] if valid(p) else current.get((p[2], p[3]))

    h = YearHierarchy(on)
    for r in rows:
        if not valid(r):
            continue
        uid, key, _code, level, kind = r[:5]
        h.keys[uid] = key
        h.level[uid] = level
        if level == "tinh":
            h.provinces.append(uid)
        elif level == "huyen":
            h.districts[uid] = parent(r)
    for r in rows:
        if r[3] != "xa" or not valid(r):
            continue
        target = h.communes if r[4] in PROGRAMME_KINDS["xa"] else h.others
        p = parent(r)
        if p is not None and h.level.get(p) == "huyen":
            target[r[0]] = (p, h.districts.get(p))
        else:
            target[r[0]] = (None, p)
    return h
