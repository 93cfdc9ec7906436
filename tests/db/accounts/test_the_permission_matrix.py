"""Every write action × role × in/out of scope, against a table written here independently of authz.RULES.

Adding an action to `Action` without a rule in `authz.RULES` and a row here fails this file.
"""

import datetime

import pytest

from nongthon.accounts.authz import RULES, can_write
from nongthon.accounts.choices import Action, Role

C, D, P, R, A = (Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER, Role.REVIEWER,
                 Role.ADMINISTRATOR)

#: Who may take each action on xã Nhất Tiến's 2019 data (in scope of every persona but the outsider).
EXPECTED_IN_SCOPE = {
    Action.EDIT_MONITORING: {C, D, P, A},
    Action.IMPORT_DATA: {C, D, P, A},
    Action.REVIEW_FACT: {R, P, A},
    Action.EDIT_UNIT_ATTRIBUTE: {P, A},
    Action.MANAGE_CRITERIA: {P, A},
    Action.MANAGE_USERS: {P, A},
    Action.DOSSIER_CREATE: {C, D, P, A},
    Action.DOSSIER_SURVEY: {C, D, P, A},
    Action.DOSSIER_SUBMIT: {C, D, A},
    Action.DOSSIER_VERIFY: {D, P, A},  # never the commune itself
    Action.DOSSIER_APPRAISE: {P, A},
    Action.DOSSIER_RECOGNISE: {P, A},
    Action.DOSSIER_RETURN: {D, P, A},
    Action.DOSSIER_REVOKE: {P, A},
    Action.CHANGE_RECOGNISED: {P, A},
    Action.MANAGE_UNITS: {A},
    Action.MANAGE_DOCUMENTS: {R, A},
    Action.MANAGE_SYSTEM: {A},
}
#: National roles keep their rights outside Lạng Sơn; the others have none there.
NATIONAL = {R, A}
PERSONA = {C: "commune_officer", D: "district_officer", P: "province_officer", R: "reviewer", A: "administrator"}
ON = datetime.date(2019, 6, 30)


def test_every_action_has_a_rule_and_a_row_in_this_table():
    assert set(RULES) == set(Action.values) == set(EXPECTED_IN_SCOPE)


def test_an_action_without_a_rule_is_refused_loudly(people, places):
    with pytest.raises(ValueError, match="không có quy tắc"):
        can_write(people.province_officer, places.nhat_tien, ON, "monitoring.delete_everything")


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(PERSONA))
def test_the_matrix_inside_and_outside_the_scope(people, places, action, role):
    user = getattr(people, PERSONA[role])
    inside = can_write(user, places.nhat_tien, ON, action)
    outside = can_write(user, places.cam_giang, ON, action)
    assert inside.allowed == (role in EXPECTED_IN_SCOPE[action]), inside.reason
    assert outside.allowed == (role in EXPECTED_IN_SCOPE[action] and role in NATIONAL), outside.reason


@pytest.mark.parametrize("action", list(Action))
def test_an_outsider_and_an_anonymous_visitor_may_write_nothing(people, places, action):
    from django.contrib.auth.models import AnonymousUser

    assert not can_write(people.outsider, places.nhat_tien, ON, action).allowed
    assert not can_write(AnonymousUser(), places.nhat_tien, ON, action).allowed
