"""Read helpers over monitoring rows, shared by pages, the API and the commands."""

from __future__ import annotations

from django.db.models import QuerySet

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation
from nongthon.units.models import LineageLink, Unit


def lineage_predecessors(unit: Unit) -> list[Unit]:
    """Every unit `unit` continues (merged, renamed or split into it), following `units.LineageLink` back.

    One query per generation; a unit formed in 2025 from communes that were themselves merged
    in 2020 reaches both generations.
    """
    found: dict[int, Unit] = {}
    frontier = {unit.pk}
    while frontier:
        links = LineageLink.objects.filter(successor_id__in=frontier).select_related("predecessor")
        frontier = set()
        for link in links:
            previous = link.predecessor
            if previous.pk != unit.pk and previous.pk not in found:
                found[previous.pk] = previous
                frontier.add(previous.pk)
    return list(found.values())


def observations_for(unit: Unit, include_predecessors: bool = True, accepted_only: bool = True) -> QuerySet:
    """Observations of `unit`, and of the units it continues when `include_predecessors`.

    An observation stays on the unit it was made about: a 2019 figure of a commune merged in
    2025 is found from the new commune through lineage, but still names the old one.
    """
    units = [unit]
    if include_predecessors:
        units += lineage_predecessors(unit)
    rows = Observation.objects.filter(unit__in=units).select_related("indicator", "unit")
    if accepted_only:
        rows = rows.filter(status=ReviewStatus.ACCEPTED)
    return rows.order_by("indicator__key", "-year", "-date", "-id")
