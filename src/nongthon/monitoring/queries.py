"""Read helpers over monitoring rows, shared by pages, the API and the commands."""

from __future__ import annotations

from django.db.models import QuerySet

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation


def lineage_predecessors(unit) -> list:
    """Units that `unit` continues (merged or renamed into it), following the registry's lineage.

    Uses `units.LineageEvent` when the units app provides it; without it a unit has no
    known predecessors and only its own rows are returned.
    """
    from django.apps import apps

    try:
        apps.get_model("units", "LineageEvent")
    except LookupError:
        return []
    return _predecessors_from_lineage(unit)


def _predecessors_from_lineage(unit) -> list:
    from nongthon.units import models as unit_models

    found, frontier, seen = [], [unit], {unit.pk}
    finder = getattr(unit_models, "predecessors_of", None)
    while frontier:
        current = frontier.pop()
        if finder is not None:
            earlier = list(finder(current))
        else:
            earlier = [event.source for event in unit_models.LineageEvent.objects.filter(target=current)
                       .select_related("source")]
        for previous in earlier:
            if previous.pk not in seen:
                seen.add(previous.pk)
                found.append(previous)
                frontier.append(previous)
    return found


def observations_for(unit, include_predecessors: bool = True, accepted_only: bool = True) -> QuerySet:
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
