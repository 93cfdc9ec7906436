"""What a unit was before the 2025 reform and what it became, for the unit page.

Reads the pure registry's lineage (`successors`/`predecessors`) and looks the keys up in the
database in one query; without a registry, the `units.LineageEvent` rows when that model exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps

from nongthon.units.models import Unit


@dataclass
class Lineage:
    predecessors: list[Unit] = field(default_factory=list)
    successors: list[Unit] = field(default_factory=list)
    known: bool = False  # False when no lineage source is available at all


def _keys(items, side: str) -> list[str]:
    """Keys from lineage links (`predecessor`/`successor`), units (`key`) or plain keys."""
    out = []
    for item in items or []:
        key = getattr(item, side, None) or getattr(item, "key", None) or item
        if isinstance(key, str) and key not in out:
            out.append(key)
    return out


def _from_registry(unit: Unit) -> tuple[list[str], list[str]] | None:
    try:
        from nongthon.registry import load_registry
    except ImportError:
        return None
    try:
        registry = load_registry()
        return (_keys(registry.predecessors(unit.key), "predecessor"),
                _keys(registry.successors(unit.key), "successor"))
    except Exception:  # a registry that cannot answer leaves the page to its fallback
        return None


def _from_events(unit: Unit) -> tuple[list[Unit], list[Unit]] | None:
    try:
        Event = apps.get_model("units", "LineageEvent")
    except LookupError:
        return None
    names = {f.name for f in Event._meta.get_fields()}
    source, target = ("source", "target") if {"source", "target"} <= names else (None, None)
    if source is None:
        return None
    before = [e.source for e in Event.objects.filter(**{target: unit}).select_related(source)]
    after = [e.target for e in Event.objects.filter(**{source: unit}).select_related(target)]
    return before, after


def lineage_of(unit: Unit) -> Lineage:
    events = _from_events(unit)
    if events is not None:
        before, after = events
        return Lineage(_ordered(before), _ordered(after), known=True)
    keys = _from_registry(unit)
    if keys is None:
        return Lineage()
    before_keys, after_keys = keys
    found = {
        u.key: u
        for u in Unit.objects.filter(key__in=[*before_keys, *after_keys]).select_related("parent")
    }
    return Lineage(
        [found[k] for k in before_keys if k in found and k != unit.key],
        [found[k] for k in after_keys if k in found and k != unit.key],
        known=True,
    )


def _ordered(units: list[Unit]) -> list[Unit]:
    unique = {u.pk: u for u in units}
    return sorted(unique.values(), key=lambda u: (u.code, str(u.valid_from)))
