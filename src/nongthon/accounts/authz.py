"""The one place that decides whether a user may write.

`can_write(user, unit, on, action) -> Decision` answers with a Vietnamese reason;
`require_write(...)` raises `PermissionDenied` with that reason. A user may act on the subtree
of the unit of a membership whose role the action's rule lists, **as the tree stood on the date
the data is about** (`on`): the parents of the target unit are walked as valid on that date, so
a district officer of huyện Bắc Sơn may edit 2019 data of xã Nhất Tiến but not data of a commune
formed in 2025 under the province. Rows of a unit and year whose recognition dossier is
recognised are locked: changing them needs `Action.CHANGE_RECOGNISED` as well.

`user=None` means a trusted operator at the server (management commands); web and API callers
always pass `request.user`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from nongthon.accounts.choices import Action, Role

ALL_OFFICERS = frozenset({Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})


@dataclass(frozen=True)
class Rule:
    """Who may take an action; `strict`: only from a unit above the target (no self-verification)."""

    roles: frozenset
    strict: bool = False


RULES: dict[str, Rule] = {
    Action.EDIT_MONITORING: Rule(ALL_OFFICERS),
    Action.IMPORT_DATA: Rule(ALL_OFFICERS),
    Action.REVIEW_FACT: Rule(frozenset({Role.REVIEWER, Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})),
    Action.EDIT_UNIT_ATTRIBUTE: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})),
    Action.MANAGE_CRITERIA: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})),
    Action.MANAGE_USERS: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})),
    Action.DOSSIER_CREATE: Rule(ALL_OFFICERS),
    Action.DOSSIER_SURVEY: Rule(ALL_OFFICERS),
    Action.DOSSIER_SUBMIT: Rule(frozenset({Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER, Role.ADMINISTRATOR})),
    Action.DOSSIER_VERIFY: Rule(frozenset({Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER, Role.ADMINISTRATOR}),
                                strict=True),
    Action.DOSSIER_APPRAISE: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR}), strict=True),
    Action.DOSSIER_RECOGNISE: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR}), strict=True),
    Action.DOSSIER_RETURN: Rule(frozenset({Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER, Role.ADMINISTRATOR}),
                                strict=True),
    Action.DOSSIER_REVOKE: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR}), strict=True),
    Action.CHANGE_RECOGNISED: Rule(frozenset({Role.PROVINCE_OFFICER, Role.ADMINISTRATOR})),
    Action.MANAGE_UNITS: Rule(frozenset({Role.ADMINISTRATOR})),
    Action.MANAGE_DOCUMENTS: Rule(frozenset({Role.REVIEWER, Role.ADMINISTRATOR})),
    Action.MANAGE_SYSTEM: Rule(frozenset({Role.ADMINISTRATOR})),
}

#: Actions on data that a recognition locks (see `register_lock`).
LOCKABLE = frozenset({Action.EDIT_MONITORING, Action.IMPORT_DATA, Action.REVIEW_FACT, Action.EDIT_UNIT_ATTRIBUTE})

#: Functions `(unit, on) -> str | None` naming why data of a unit on a date is locked; apps add theirs.
_LOCKS: list[Callable] = []


def register_lock(check: Callable) -> None:
    if check not in _LOCKS:
        _LOCKS.append(check)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str

    def __bool__(self) -> bool:
        return self.allowed


def can_write(user, unit, on: datetime.date | None = None, action: str = Action.EDIT_MONITORING) -> Decision:
    """May `user` take `action` on data of `unit` (a `units.Unit`, or None for national data) about `on`?"""
    action = _known(action)
    on = on or datetime.date.today()
    label = Action(action).label
    if user is None:
        return Decision(True, _("Thao tác từ lệnh quản trị trên máy chủ."))
    if not getattr(user, "is_authenticated", False):
        return Decision(False, _("Cần đăng nhập để thực hiện: %(action)s.") % {"action": label})
    if not user.is_active:
        return Decision(False, _("Tài khoản đã bị khóa."))
    decision = _by_role(user, unit, on, action)
    if not decision.allowed or action not in LOCKABLE or unit is None:
        return decision
    lock = next((why for why in (check(unit, on) for check in _LOCKS) if why), None)
    if lock is None:
        return decision
    override = _by_role(user, unit, on, Action.CHANGE_RECOGNISED)
    if override.allowed:
        return Decision(True, _("%(lock)s; cán bộ tỉnh được sửa, thay đổi được ghi nhật ký.") % {"lock": lock})
    return Decision(False, _("%(lock)s: chỉ cán bộ tỉnh được sửa.") % {"lock": lock})


def require_write(user, unit, on: datetime.date | None = None, action: str = Action.EDIT_MONITORING) -> Decision:
    """`can_write`, raising `PermissionDenied` (its message the Vietnamese reason) when refused."""
    decision = can_write(user, unit, on, action)
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    return decision


def target_of(obj) -> tuple[object, datetime.date | None]:
    """The unit and date a row is about: `unit` (or `parent` for tallies) and its date or year."""
    unit = getattr(obj, "unit", None)
    if unit is None and hasattr(obj, "child_level"):
        unit = getattr(obj, "parent", None)
    when = getattr(obj, "date", None) or getattr(obj, "decision_date", None)
    if isinstance(when, datetime.datetime):
        when = when.date()
    if not isinstance(when, datetime.date):
        when = None
    year = getattr(obj, "year", None)
    if when is None and isinstance(getattr(obj, "payload", None), dict):
        year = year or obj.payload.get("year")
        document = getattr(obj, "document", None)
        when = getattr(document, "date", None)
    if when is None and isinstance(year, int) and 1900 < year < 2200:
        when = datetime.date(year, 12, 31)
    return unit, when


def require_write_on(user, obj, action: str = Action.EDIT_MONITORING) -> Decision:
    """`require_write` for a row: its unit and the date it is about come from `target_of`."""
    unit, on = target_of(obj)
    return require_write(user, unit, on, action)


# --- scope -----------------------------------------------------------------------------------


def _known(action: str) -> str:
    if action not in RULES:
        raise ValueError(f"Thao tác không có quy tắc phân quyền: {action!r}.")
    return action


def _by_role(user, unit, on: datetime.date, action: str) -> Decision:
    rule = RULES[action]
    label = Action(action).label
    if user.is_superuser:
        return Decision(True, _("Tài khoản quản trị cao nhất."))
    memberships = [m for m in _memberships(user) if m.role in rule.roles]
    if not memberships:
        return Decision(False, _("Vai trò của bạn không được phép: %(action)s.") % {"action": label})
    chain = None
    for membership in memberships:
        if membership.unit_id is None:
            if membership.role in (Role.ADMINISTRATOR, Role.REVIEWER):
                return Decision(True, _("%(role)s toàn quốc.") % {"role": membership.get_role_display()})
            continue
        if unit is None:
            continue
        chain = chain if chain is not None else _cached(user, "chains", (unit.pk, on), lambda: _chain(unit, on))
        depth = _position(membership.unit, chain, _continued_of(user, membership.unit))
        if depth is None or (rule.strict and depth == 0):
            continue
        return Decision(True, f"{membership.get_role_display()} {membership.unit}.")
    if unit is None:
        return Decision(False, _("Chỉ quản trị toàn quốc được phép: %(action)s.") % {"action": label})
    where = ", ".join(str(m.unit) for m in memberships if m.unit_id)
    if rule.strict and chain and any(_position(m.unit, chain, _continued_of(user, m.unit)) == 0
                                     for m in memberships if m.unit_id):
        return Decision(False, _("%(action)s: phải do cấp trên của %(unit)s thực hiện.") % {"action": label, "unit": unit})
    return Decision(False, _("%(unit)s (ngày %(date)s) không thuộc địa bàn của bạn (%(where)s): %(action)s.") % {
        "unit": unit, "date": f"{on:%d/%m/%Y}", "where": where, "action": label})


def _cached(user, name: str, key, compute):
    """A value kept on the user object for the rest of the request (a page asks about many rows)."""
    store = getattr(user, f"_nongthon_{name}", None)
    if store is None:
        store = {}
        setattr(user, f"_nongthon_{name}", store)
    if key not in store:
        store[key] = compute()
    return store[key]


def _continued_of(user, unit) -> set:
    return _cached(user, "continued", unit.pk, lambda: _continued(unit))


def _memberships(user) -> list:
    cached = getattr(user, "_nongthon_memberships", None)
    if cached is None:
        from nongthon.accounts.models import Membership

        cached = list(Membership.objects.filter(user=user).select_related("unit"))
        user._nongthon_memberships = cached
    return cached


def _valid_on(unit, on: datetime.date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= on) and (unit.valid_to is None or on < unit.valid_to)


def _chain(unit, on: datetime.date) -> list:
    """The unit and its parents as they stood on `on`, nearest first."""
    from nongthon.units.models import Unit

    chain, seen, current = [], set(), unit
    while current is not None and current.pk not in seen and len(chain) < 8:
        seen.add(current.pk)
        chain.append(current)
        parent = current.parent
        if parent is not None and not _valid_on(parent, on):
            same = [u for u in Unit.objects.filter(code=parent.code, level=parent.level).select_related("parent")
                    if _valid_on(u, on)]
            parent = same[0] if same else parent
        current = parent
    return chain


def _position(member_unit, chain: list, continued: set | None = None) -> int | None:
    """Where the member's unit (or a unit it continues) stands in the chain; None when outside."""
    from nongthon.units.models import Level

    continued = continued if continued is not None else _continued(member_unit)
    for depth, link in enumerate(chain):
        if link.pk in continued:
            return depth
        if link.level in (Level.TINH, Level.HUYEN) and link.level == member_unit.level and link.code == member_unit.code:
            return depth
    return None


def _continued(unit) -> set:
    """The unit and every unit it took over through lineage (a merged commune acts for its old communes)."""
    from nongthon.units.models import predecessors_of

    found, todo = {unit.pk}, [unit]
    while todo and len(found) < 200:
        for previous in predecessors_of(todo.pop()):
            if previous.pk not in found:
                found.add(previous.pk)
                todo.append(previous)
    return found
