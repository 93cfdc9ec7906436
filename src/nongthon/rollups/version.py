"""The version of the data the public pages show: bumped on every write, read once per cached page.

Writes reach it three ways: `refresh_rollups` and `rebuild_rollups` bump it (they run after every
change to accepted monitoring data, including the synthetic builder's bulk writes and its removal,
which send no signals); a `post_save` receiver bumps it for every model of the apps whose rows the
pages show; and rows inserted in bulk without signals (loading the registry, ingesting documents)
change the highest ids of units, documents and facts, read in the same query as the number. Deletes
in the admin bump it from the admin (`accounts.access.AuthorisedAdmin.rows_deleted`); a row deleted
any other way without a bump shows when the cached pages expire (`NONGTHON_PAGE_CACHE_SECONDS`).

The number lives in the database, not in a process, so every server process sees a write at once.
"""

from __future__ import annotations

import uuid

from django.db import DatabaseError, connections
from django.db.models import F, Subquery
from django.utils import timezone

#: Apps whose rows appear on the public pages; a save or delete in any of them is a new version.
WATCHED_APPS = frozenset({"units", "criteria", "monitoring", "documents", "dossiers", "synth"})


def bump(using: str = "default") -> None:
    """Count one more change (inside the caller's transaction, so it commits or rolls back with it)."""
    from nongthon.rollups.models import DataVersion

    updated = DataVersion.objects.using(using).filter(pk=1).update(number=F("number") + 1, changed_at=timezone.now())
    if not updated:
        DataVersion.objects.using(using).get_or_create(pk=1, defaults={"token": uuid.uuid4().hex, "number": 1})


def current(using: str = "default", **extra) -> tuple[str, dict] | None:
    """The data's version as a string for cache keys, with the values of `extra` (subqueries) read in the
    same query; None when it cannot be read (then nothing is cached).

    The row is written on first use, with a token drawn then: a test rolls it back with its data, so
    two tests never share cached pages."""
    from django.apps import apps

    from nongthon.rollups.models import DataVersion

    latest = {}
    for label, name in (("units", "Unit"), ("documents", "Document"), ("documents", "Fact")):
        try:
            model = apps.get_model(label, name)
        except LookupError:
            continue
        latest[f"latest_{label}_{name.lower()}"] = Subquery(model.objects.order_by("-pk").values("pk")[:1])
    try:
        row = (DataVersion.objects.using(using).filter(pk=1).annotate(**latest, **extra)
               .values_list("token", "number", *latest, *extra).first())
    except DatabaseError:  # not migrated yet
        if connections[using].in_atomic_block:
            raise
        return None
    if row is None:
        if not _create(using):
            return None
        return current(using, **extra)
    key_parts = row[:2 + len(latest)]
    return ":".join(str(part) for part in key_parts), dict(zip(extra, row[2 + len(latest):], strict=True))


def _create(using: str) -> bool:
    """Write the version row the first time it is asked for; False when the database refuses."""
    from nongthon.rollups.models import DataVersion

    try:
        DataVersion.objects.using(using).get_or_create(pk=1, defaults={"token": uuid.uuid4().hex, "number": 0})
    except DatabaseError:  # a read-only database: pages are then rendered every time
        if connections[using].in_atomic_block:
            raise
        return False
    return True


def on_change(sender, **kwargs) -> None:
    """`post_save` receiver: a row of a watched app changed."""
    meta = getattr(sender, "_meta", None)
    # Migrations send signals for their historical models (module "__fake__"): the table may not exist yet.
    if meta is None or meta.app_label not in WATCHED_APPS or sender.__module__ == "__fake__":
        return
    bump(kwargs.get("using") or "default")
