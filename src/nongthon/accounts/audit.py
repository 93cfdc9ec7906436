"""Audit through django-auditlog: which models are logged, and where each change came from.

auditlog records who (the actor, set by `AuditMiddleware` on requests), when, and each field's
before and after. We add `additional_data`: `origin` (page, api, import, fact, command), `via`
(the page or API that carried a fact decision), `ref` (the path, file or fact) and `unit_id`
(the unit the row is about), so the log can be read per unit and per user.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar

from auditlog.middleware import AuditlogMiddleware
from django.apps import apps

from nongthon.accounts.choices import Origin

#: Apps whose every model is audited: monitoring data, units and their attributes (which the
#: criteria read), facts, accounts and dossiers. New models of these apps are audited too.
AUDITED_APPS = ("monitoring", "units", "documents", "criteria", "accounts", "dossiers")
EXCLUDED_FIELDS = {
    ("documents", "document"): ["text"],  # the text never changes and would fill the log
    ("auth", "user"): ["password", "last_login"],
}

_origin: ContextVar[dict | None] = ContextVar("nongthon_audit_origin", default=None)


def register_models() -> None:
    from auditlog.registry import auditlog
    from django.contrib.auth.models import Group

    from nongthon.accounts import receivers  # noqa: F401  (connects the post_log receiver)

    models = [apps.get_model("auth", "User"), Group]
    for label in AUDITED_APPS:
        if label in apps.app_configs:
            models += list(apps.get_app_config(label).get_models())
    for model in models:
        if not auditlog.contains(model):
            excluded = EXCLUDED_FIELDS.get((model._meta.app_label, model._meta.model_name), [])
            auditlog.register(model, exclude_fields=excluded)


@contextlib.contextmanager
def audit_origin(origin: str, ref: str = "", actor=None):
    """Mark the changes made inside as coming from `origin` (an `Origin`), e.g. an import file.

    Nested marks keep the outer one as `via`: a fact accepted from a page is origin `fact`, via `page`.
    """
    outer = _origin.get()
    value = {"origin": str(Origin(origin)), "ref": str(ref)[:300]}
    if outer:
        value["via"] = outer["origin"]
        value["actor"] = outer.get("actor")
    if actor is not None and getattr(actor, "is_authenticated", False):
        value["actor"] = actor
    token = _origin.set(value)
    try:
        yield
    finally:
        _origin.reset(token)


def current_origin() -> dict | None:
    return _origin.get()


def log_bulk(pairs) -> int:
    """Audit entries for rows written by `bulk_create` / `bulk_update`, which send no signals.

    `pairs` are `(before, after)`: `before` None for a created row, else a copy of the row as it
    was. Entries carry the same origin, unit and actor as auditlog's own (see `receivers`); rows
    without a change get none. Returns the number of entries written.
    """
    from auditlog.cid import get_cid
    from auditlog.diff import model_instance_diff
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from nongthon.accounts.receivers import entry_fields

    context, cid, entries = current_origin(), get_cid(), []
    for before, after in pairs:
        changes = model_instance_diff(before, after)
        if not changes:
            continue
        entries.append(LogEntry(
            content_type=ContentType.objects.get_for_model(after), object_pk=str(after.pk),
            object_id=after.pk if isinstance(after.pk, int) else None, object_repr=str(after)[:1000],
            action=LogEntry.Action.CREATE if before is None else LogEntry.Action.UPDATE,
            changes=changes, cid=cid, **entry_fields(after, context),
        ))
    LogEntry.objects.bulk_create(entries, batch_size=500)
    return len(entries)


class AuditMiddleware(AuditlogMiddleware):
    """auditlog's actor and address, plus the origin: `api` under /api/, else `page`."""

    def __call__(self, request):
        origin = Origin.API if request.path.startswith("/api/") else Origin.PAGE
        user = getattr(request, "user", None)
        with audit_origin(origin, ref=f"{request.method} {request.path}", actor=user):
            return super().__call__(request)
