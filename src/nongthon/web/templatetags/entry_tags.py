"""`{% may_enter unit as allowed %}`: whether the signed-in user may enter data of the unit (`accounts.authz`)."""

from __future__ import annotations

import datetime

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def may_enter(context, unit) -> bool:
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or unit is None:
        return False
    from nongthon.accounts.authz import can_write
    from nongthon.accounts.choices import Action

    on = datetime.date.today()
    if unit.valid_to is not None and unit.valid_to <= on:
        on = unit.valid_to - datetime.timedelta(days=1)
    return can_write(user, unit, on, Action.EDIT_MONITORING).allowed
