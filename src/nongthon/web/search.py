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
    needle = _plain(q)
    if not needle:
        return []
    qs = queries.units_on(on, level).filter(folded_name__contains=needle).select_related("parent__parent")
    rows = list(qs.order_by("level", "code")[: MAX_RESULTS * 2])
    rows.sort(key=lambda u: (u.folded_name != needle, not u.folded_name.startswith(needle), u.code))
    return rows[:MAX_RESULTS]


def _plain(q: str) -> str:
    """The query folded as `Unit.folded_name` is: no accents, đ as d, final y as i, level words kept."""
    try:
        from nongthon.registry.text import plain_key
    except ImportError:
        folded = fold(q)
    else:
        folded = plain_key(q)
    for word in LEVEL_WORDS:
        if folded.startswith(word + " "):
            return folded[len(word) + 1:]
    return folded


# Longest first, so "thi tran" is removed before "thi" could be mistaken for a word of the name.
LEVEL_WORDS = ["thanh pho", "thi tran", "dac khu", "phuong", "huyen", "tinh", "quan", "thi xa", "xa"]
