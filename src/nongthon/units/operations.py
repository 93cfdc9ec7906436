"""Operations on units, each written once and called by the CLI, pages and the API alike."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from nongthon.registry import Registry, load_registry
from nongthon.registry.attributes import read_attributes
from nongthon.registry.text import plain_key
from nongthon.units.models import LineageEvent, LineageLink, Unit, UnitAttribute

_LEVEL_ORDER = ("tinh", "huyen", "xa")
_FIELDS = ("code", "name", "folded_name", "kind", "level", "parent_id", "valid_from", "valid_to")


@dataclass
class LoadReport:
    created: int
    updated: int
    events: int
    links: int
    seconds: float


def _quiet_audit():
    """The registry load replaces derived rows by the thousand: not changes a person made, so
    they are not written to the audit log (when auditing is installed)."""
    try:
        from auditlog.context import disable_auditlog
    except ImportError:
        return contextlib.nullcontext()
    return disable_auditlog()


def _import_origin(path: Path):
    try:
        from nongthon.accounts.audit import audit_origin
    except ImportError:
        return contextlib.nullcontext()
    return audit_origin("import", ref=str(path))


def load_units(registry: Registry | None = None) -> LoadReport:
    with transaction.atomic(), _quiet_audit():
        return _load_units(registry)


def _load_units(registry: Registry | None = None) -> LoadReport:
    """Put every registry unit and lineage event in the database; running it again changes nothing.

    Units are matched by key, created in bulk level by level so parents exist first, and updated
    in bulk when the registry changed. Lineage events from the registry are replaced as a whole;
    units and events entered by users (thôn, events without `registry_index`) are left alone.
    """
    started = time.perf_counter()
    registry = registry or load_registry()
    ids = dict(Unit.objects.values_list("key", "id"))
    existing = {row[0]: row[1:] for row in Unit.objects.filter(from_registry=True).values_list("key", *_FIELDS)}
    created = updated = 0
    for level in _LEVEL_ORDER:
        new, changed = [], []
        for u in registry.units:
            if u.level != level:
                continue
            values = (u.code, u.name, plain_key(u.name), u.kind, u.level,
                      ids.get(u.parent_key) if u.parent_key else None, u.valid_from, u.valid_to)
            if u.key not in ids:
                new.append(Unit(key=u.key, from_registry=True, **dict(zip(_FIELDS, values, strict=True))))
            elif existing.get(u.key) != values:
                changed.append(Unit(id=ids[u.key], key=u.key, from_registry=True,
                                    **dict(zip(_FIELDS, values, strict=True))))
        Unit.objects.bulk_create(new, batch_size=2000)
        if changed:
            Unit.objects.bulk_update(changed, [*_FIELDS, "from_registry"], batch_size=2000)
        created += len(new)
        updated += len(changed)
        if new:
            ids.update(Unit.objects.filter(level=level).values_list("key", "id"))
    removed = _remove_stale(registry)
    n_links = sum(len(ev.links) + len(ev.ended) for ev in registry.events)
    stored = LineageEvent.objects.filter(registry_index__isnull=False)
    if not created and not updated and not removed and stored.count() == len(registry.events) and (
        LineageLink.objects.filter(event__registry_index__isnull=False).count() == n_links
    ):
        return LoadReport(0, 0, 0, 0, time.perf_counter() - started)
    stored.delete()
    events = [
        LineageEvent(kind=ev.kind, effective=ev.effective, earliest=ev.earliest, latest=ev.latest,
                     legal_basis=ev.legal_basis, inferred=ev.inferred, note=ev.note, registry_index=ev.index)
        for ev in registry.events
    ]
    LineageEvent.objects.bulk_create(events, batch_size=2000)
    event_ids = dict(LineageEvent.objects.filter(registry_index__isnull=False).values_list("registry_index", "id"))
    links = []
    for ev in registry.events:
        for link in ev.links:
            links.append(LineageLink(event_id=event_ids[ev.index], predecessor_id=ids[link.predecessor],
                                     successor_id=ids[link.successor], share=link.share))
        for key in ev.ended:
            links.append(LineageLink(event_id=event_ids[ev.index], predecessor_id=ids[key], successor_id=None,
                                     share="unknown"))
    LineageLink.objects.bulk_create(links, batch_size=2000)
    return LoadReport(created, updated, len(events), len(links), time.perf_counter() - started)


def _remove_stale(registry: Registry) -> int:
    """Delete units an earlier registry had and this one has not, unless data still points at them."""
    from django.db.models import ProtectedError

    known = {u.key for u in registry.units}
    removed = 0
    for level in ("xa", "huyen", "tinh"):
        stale = [u for u in Unit.objects.filter(from_registry=True, level=level).only("id", "key") if u.key not in known]
        for unit in stale:
            try:
                with transaction.atomic():
                    LineageLink.objects.filter(predecessor=unit).delete()
                    LineageLink.objects.filter(successor=unit).delete()
                    unit.delete()
                removed += 1
            except ProtectedError:
                pass  # observations or attributes still refer to it; it stays, out of the registry
    return removed


@dataclass
class AttributeReport:
    created: int
    updated: int


def import_attributes(path: str | Path, registry: Registry | None = None) -> AttributeReport:
    """Load an office's attribute CSV all-or-nothing; raises AttributeFileError before writing.

    A row replaces the attribute of the same unit, name and start date.
    """
    registry = registry or load_registry()
    rows = read_attributes(path, registry)
    from nongthon.registry.attributes import AttributeFileError

    units = dict(Unit.objects.filter(key__in={r.unit_key for r in rows}).values_list("key", "id"))
    missing = [f"{Path(path).name}:{r.line}: code: đơn vị {r.unit_key} chưa có trong cơ sở dữ liệu "
               "(chạy `nongthon units load` trước)" for r in rows if r.unit_key not in units]
    if missing:
        raise AttributeFileError(missing)
    created = updated = 0
    with transaction.atomic(), _import_origin(Path(path)):
        for r in rows:
            _, was_created = UnitAttribute.objects.update_or_create(
                unit_id=units[r.unit_key], name=r.name, valid_from=r.valid_from,
                defaults={"value": r.value, "valid_to": r.valid_to, "source": r.source},
            )
            created += was_created
            updated += not was_created
    return AttributeReport(created, updated)
