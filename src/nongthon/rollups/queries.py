"""Reading the summaries: the country, a province, a district in a year — one indexed query each."""

from __future__ import annotations

from dataclasses import dataclass

from nongthon.rollups.models import COUNTRY_KEY, UnitYearSummary


@dataclass
class RollupView:
    """A unit's summary for a year and the summaries of the units one level down."""

    summary: UnitYearSummary | None
    children: list[UnitYearSummary]


def country(year: int) -> RollupView:
    """The country and its provinces."""
    rows = list(UnitYearSummary.objects.filter(year=year, level__in=("country", "tinh")).order_by("key"))
    top = next((r for r in rows if r.key == COUNTRY_KEY), None)
    return RollupView(top, [r for r in rows if r.key != COUNTRY_KEY])


def province(unit_id: int, year: int) -> RollupView:
    """A province and its districts (before 1 July 2025) or its communes (after)."""
    top = UnitYearSummary.objects.filter(year=year, unit_id=unit_id).first()
    children = list(UnitYearSummary.objects.filter(year=year, level="huyen", province_id=unit_id).order_by("key"))
    if not children:
        children = list(UnitYearSummary.objects.filter(year=year, level="xa", province_id=unit_id,
                                                       district__isnull=True).order_by("key"))
    return RollupView(top, children)


def district(unit_id: int, year: int) -> RollupView:
    """A district and its communes."""
    top = UnitYearSummary.objects.filter(year=year, unit_id=unit_id).first()
    children = list(UnitYearSummary.objects.filter(year=year, level="xa", district_id=unit_id).order_by("key"))
    return RollupView(top, children)


def series(unit_key: str) -> list[UnitYearSummary]:
    """One unit's summaries over the years (the country with key "VN")."""
    return list(UnitYearSummary.objects.filter(key=unit_key).order_by("year"))
