"""Read helpers over monitoring rows, shared by pages, the API and the commands."""

from __future__ import annotations

from django.db.models import QuerySet

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation
from nongthon.units.models import Unit


def predecessor_keys(key: str, registry=None) -> list[str]:
    """Keys of every unit that `key` continues, following the registry's lineage back (merges, renames).

    Without a loadable registry a unit has no known predecessors.
    """
    if registry is None:
        try:
            from nongthon.registry import load_registry

            registry = load_registry()
        except Exception:  # no registry data in this installation: lineage is simply unknown
            return []
    found: list[str] = []
    frontier = [key]
    while frontier:
        for link in registry.predecessors(frontier.pop()):
            if link.predecessor not in found and link.predecessor != key:
                found.append(link.predecessor)
                frontier.append(link.predecessor)
    return found


def lineage_predecessors(unit: Unit, registry=None) -> list[Unit]:
    """The `Unit` rows of the units `unit` continues (those present in the database)."""
    keys = predecessor_keys(unit.key, registry)
    return list(Unit.objects.filter(key__in=keys)) if keys else []


def observations_for(unit: Unit, include_predecessors: bool = True, accepted_only: bool = True,
                     registry=None) -> QuerySet:
    """Observations of `unit`, and of the units it continues when `include_predecessors`.

    An observation stays on the unit it was made about: a 2019 figure of a commune merged in
    2025 is found from the new commune through lineage, but still names the old one.
    """
    units = [unit]
    if include_predecessors:
        units += lineage_predecessors(unit, registry)
    rows = Observation.objects.filter(unit__in=units).select_related("indicator", "unit")
    if accepted_only:
        rows = rows.filter(status=ReviewStatus.ACCEPTED)
    return rows.order_by("indicator__key", "-year", "-date", "-id")
