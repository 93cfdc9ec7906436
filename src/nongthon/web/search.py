"""Accent-insensitive unit search: the registry's resolver when present, else a folded name match."""

from __future__ import annotations

from datetime import date

from nongthon.units.models import Unit
from nongthon.web import queries
from nongthon.web.text import fold

MAX_RESULTS = 100


def _resolver_keys(q: str, on: date, level: str | None) -> list[str] | None:
    try:
        from nongthon.registry import load_registry
    except ImportError:
        return None
    try:
        resolution = load_registry().resolve(q, level=level or None, on=on)
    except Exception:  # a registry that cannot answer leaves the page to its fallback
        return None
    return [c.unit.key for c in resolution.candidates][:MAX_RESULTS]


def search_units(q: str, on: date, level: str | None = None) -> list[Unit]:
    """Units valid on `on` whose name matches `q`, best first; "lang son" finds "Lạng Sơn"."""
    keys = _resolver_keys(q, on, level)
    if keys:
        found = {u.key: u for u in Unit.objects.filter(key__in=keys).select_related("parent__parent")}
        return [found[k] for k in keys if k in found]
    needle = fold(q)
    if not needle:
        return []
    qs = queries.units_on(on, level)
    exact, partial = [], []
    for pk, name in qs.values_list("pk", "name").iterator():
        folded = fold(name)
        if folded == needle:
            exact.append(pk)
        elif needle in folded or needle in fold(f"{name}"):
            partial.append(pk)
    ids = (exact + partial)[:MAX_RESULTS]
    found = {u.pk: u for u in Unit.objects.filter(pk__in=ids).select_related("parent__parent")}
    return [found[i] for i in ids]
