"""Registry units of one province put in the test database: the province before and after 1 July 2025,
its districts and its communes — a few hundred rows instead of the whole registry."""

from __future__ import annotations

from nongthon.registry import load_registry
from nongthon.registry.text import plain_key
from nongthon.units.models import Unit


def load_province(code: str) -> int:
    reg = load_registry()
    by_key = {u.key: u for u in reg.units}

    def province_code(u) -> str | None:
        while u is not None and u.level != "tinh":
            u = by_key.get(u.parent_key)
        return u.code if u is not None else None

    chosen = [u for u in reg.units if province_code(u) == code]
    ids: dict[str, int] = {}
    for level in ("tinh", "huyen", "xa"):
        rows = [Unit(key=u.key, code=u.code, name=u.name, folded_name=plain_key(u.name), kind=u.kind, level=u.level,
                     parent_id=ids.get(u.parent_key), valid_from=u.valid_from, valid_to=u.valid_to,
                     from_registry=True)
                for u in chosen if u.level == level]
        Unit.objects.bulk_create(rows)
        ids.update(Unit.objects.filter(level=level).values_list("key", "id"))
    return len(chosen)
