"""What a unit was before the 2025 reform and what it became, for the unit page.

Reads the pure registry's lineage (`successors`/`predecessors`) and looks the keys up in the
database in one query, unless `units.LineageLink` rows (written by `nongthon units load`) say it already.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q

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


def _from_links(unit: Unit) -> tuple[list[Unit], list[Unit]] | None:
    """The lineage stored by `nongthon units load` (units.LineageLink), in one query; None without links."""
    try:
        Link = apps.get_model("units", "LineageLink")
    except LookupError:
        return None
    links = list(
        Link.objects.filter(Q(successor=unit) | Q(predecessor=unit))
        .select_related("predecessor__parent", "successor__parent")
    )
    if not links:
        return None
    before = [link.predecessor for link in links if link.successor_id == unit.pk and link.predecessor_id != unit.pk]
    after = [link.successor for link in links
             if link.predecessor_id == unit.pk and link.successor_id and link.successor_id != unit.pk]
    return before, after


def lineage_of(unit: Unit) -> Lineage:
    stored = _from_links(unit)
    if stored is not None:
        before, after = stored
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


def predecessors_map(units: list[Unit], level: str | None = None) -> dict[int, list[Unit]]:
    """The direct predecessors of many units at once (one or two queries), optionally of one level."""
    if not units:
        return {}
    result: dict[int, list[Unit]] = {u.pk: [] for u in units}
    try:
        Link = apps.get_model("units", "LineageLink")
    except LookupError:
        Link = None
    if Link is not None:
        links = Link.objects.filter(successor__in=units).select_related("predecessor")
        if level:
            links = links.filter(predecessor__level=level)
        for link in links:
            if link.predecessor_id != link.successor_id:
                result[link.successor_id].append(link.predecessor)
        if any(result.values()):
            return result
    try:
        from nongthon.registry import load_registry

        registry = load_registry()
        keys = {u.pk: _keys(registry.predecessors(u.key), "predecessor") for u in units}
    except Exception:  # a registry that cannot answer leaves the units without known predecessors
        return result
    rows = Unit.objects.filter(key__in={k for ks in keys.values() for k in ks})
    if level:
        rows = rows.filter(level=level)
    found = {u.key: u for u in rows}
    for pk, unit_keys in keys.items():
        result[pk] = [found[k] for k in unit_keys if k in found]
    return result
