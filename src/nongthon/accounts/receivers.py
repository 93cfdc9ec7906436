"""Fill the origin and unit of each audit entry (see `audit`)."""

from __future__ import annotations

from auditlog.signals import post_log
from django.dispatch import receiver

from nongthon.accounts.audit import current_origin
from nongthon.accounts.choices import Origin


def unit_id_of(instance) -> int | None:
    from nongthon.units.models import Unit

    if isinstance(instance, Unit):
        return instance.pk
    for name in ("unit_id", "parent_id"):
        if name == "parent_id" and not hasattr(instance, "child_level"):
            continue
        value = getattr(instance, name, None)
        if value is not None:
            return value
    dossier = getattr(instance, "dossier", None)
    return getattr(dossier, "unit_id", None)


def entry_fields(instance, context: dict | None, data: dict | None = None) -> dict:
    """`additional_data` (origin, via, ref, unit) and the actor for an audit entry about `instance`."""
    context = context or {}
    data = dict(data or {})
    origin = context.get("origin", Origin.COMMAND)
    via = context.get("via", "")
    if getattr(instance, "source_fact_id", None) and origin not in (Origin.FACT, Origin.IMPORT):
        origin, via = Origin.FACT, origin
        data["fact_id"] = instance.source_fact_id
    data.update({"origin": str(origin), "ref": context.get("ref", "")})
    if via:
        data["via"] = str(via)
    unit_id = unit_id_of(instance)
    if unit_id is not None:
        data["unit_id"] = unit_id
    fields = {"additional_data": data}
    actor = context.get("actor")
    if actor is not None and getattr(actor, "is_authenticated", False):
        fields["actor_id"] = actor.pk
    return fields


@receiver(post_log, dispatch_uid="nongthon_accounts_audit_origin")
def add_origin(sender, instance, log_entry=None, **kwargs):
    if log_entry is None:
        return
    fields = entry_fields(instance, current_origin(), log_entry.additional_data)
    if log_entry.actor_id is not None:
        fields.pop("actor_id", None)
    type(log_entry).objects.filter(pk=log_entry.pk).update(**fields)
    log_entry.additional_data = fields["additional_data"]
