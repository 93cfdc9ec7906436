"""`{% office_links as links %}`: the office pages the signed-in user may open, for the site menu.

Who may open what is read from `accounts.authz.RULES`, the rules the pages themselves apply:
- the dossier dashboard (`/dossiers/`) for every officer (the roles that may open a dossier);
- the data-entry page of each unit where the user holds a role that may enter monitoring data;
- the audit log of each unit where the user holds a role that may manage users (province officers,
  administrators of a province); a national administrator or a staff account, who may read any
  person's log, gets their own.

A visitor who is not signed in gets none, without a query. Pages with these links are never
stored by the anonymous page cache (`web.views.cache` skips signed-in users).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

register = template.Library()


@dataclass(frozen=True)
class NavLink:
    url: str
    label: str
    title: str
    current: bool


@register.simple_tag(takes_context=True)
def office_links(context) -> list[NavLink]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    cached = getattr(request, "_nongthon_office_links", None)
    if cached is None:
        cached = _links(user, request.path, context.get("nav"))
        request._nongthon_office_links = cached
    return cached


def _links(user, path: str, nav: str | None) -> list[NavLink]:
    from nongthon.accounts.authz import ALL_OFFICERS, RULES
    from nongthon.accounts.choices import Action
    from nongthon.accounts.models import Membership

    memberships = list(Membership.objects.filter(user=user).select_related("unit").order_by("role", "unit__code"))
    roles = {m.role for m in memberships}
    links = []
    if user.is_superuser or roles & ALL_OFFICERS:
        links.append(NavLink(reverse("dossiers:list"), _("Hồ sơ công nhận"), _("Hồ sơ công nhận nông thôn mới"),
                             nav == "dossiers"))
    entry_units = _units(memberships, RULES[Action.EDIT_MONITORING].roles)
    for unit in entry_units:
        url = reverse("web:unit-entry", args=[unit.key])
        label = (_("Nhập số liệu") if len(entry_units) == 1
                 else _("Nhập số liệu %(unit)s") % {"unit": unit})
        links.append(NavLink(url, label, _("Nhập số liệu giám sát của %(unit)s") % {"unit": unit}, path == url))
    audit_units = _units(memberships, RULES[Action.MANAGE_USERS].roles)
    for unit in audit_units:
        url = reverse("accounts:audit-unit", args=[unit.key])
        label = _("Nhật ký") if len(audit_units) == 1 else _("Nhật ký %(unit)s") % {"unit": unit}
        links.append(NavLink(url, label, _("Nhật ký thay đổi dữ liệu của %(unit)s") % {"unit": unit}, path == url))
    national = any(m.unit_id is None and m.role in RULES[Action.MANAGE_USERS].roles for m in memberships)
    if not audit_units and (national or user.is_superuser or user.is_staff):
        url = reverse("accounts:audit-user", args=[user.get_username()])
        links.append(NavLink(url, _("Nhật ký"), _("Nhật ký các thay đổi của bạn"), path == url))
    return links


def _units(memberships, roles) -> list:
    """The distinct units of the memberships holding one of `roles`, in order."""
    units = {}
    for membership in memberships:
        if membership.role in roles and membership.unit_id is not None:
            units.setdefault(membership.unit_id, membership.unit)
    return list(units.values())
