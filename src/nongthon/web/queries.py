"""Read-side queries over units shared by the pages and the API: validity at a date, ancestors, children."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from nongthon.units.choices import Level
from nongthon.units.models import Unit

# The reform of 1 July 2025 removed the district tier; a date before it shows the old hierarchy.
REFORM_DATE = date(2025, 7, 1)
PRE_REFORM_DATE = date(2025, 6, 30)
HOME_PROVINCE_CODE = "20"  # Lạng Sơn, the same code before and after the reform


def valid_on_q(on: date, prefix: str = "") -> Q:
    """Units valid on `on`: started on or before it, not yet ended (`valid_to` is exclusive)."""
    return (Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": on})) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gt": on})
    )


def units_on(on: date, level: str | None = None) -> QuerySet[Unit]:
    qs = Unit.objects.filter(valid_on_q(on))
    if level:
        qs = qs.filter(level=level)
    return qs


def province(code: str, on: date) -> Unit | None:
    return units_on(on, Level.TINH).filter(code=code).first()


def is_valid_on(unit: Unit, on: date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= on) and (unit.valid_to is None or unit.valid_to > on)


def ancestors(unit: Unit) -> list[Unit]:
    """From the province down to the unit's parent; one query per level (at most three)."""
    chain = []
    current = unit.parent
    while current is not None:
        chain.append(current)
        current = current.parent
    return list(reversed(chain))


def communes_of(province_unit: Unit, on: date) -> QuerySet[Unit]:
    """Communes under a province on a date, directly (after 2025) or through a district (before)."""
    # The parent among the province and its own children, rather than "parent or grandparent is the
    # province" through a join: PostgreSQL read every commune of the country for the join's OR.
    parents = Unit.objects.filter(Q(pk=province_unit.pk) | Q(parent=province_unit)).values("pk")
    return (
        units_on(on, Level.XA)
        .filter(parent__in=parents)
        .select_related("parent")
        .order_by("parent__code", "code")
    )


def districts_of(province_unit: Unit, on: date) -> QuerySet[Unit]:
    return units_on(on, Level.HUYEN).filter(parent=province_unit).order_by("code")


def parse_date(raw: str | None, default: date | None = None) -> date:
    """`?on=YYYY-MM-DD`; a missing or malformed value falls back to `default` (today)."""
    if raw:
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    return default or date.today()
