import datetime

from nongthon.accounts.authz import can_write
from nongthon.accounts.choices import Action

Y2019 = datetime.date(2019, 12, 31)
Y2026 = datetime.date(2026, 3, 1)


def test_a_district_officer_may_edit_2019_data_of_a_commune_of_the_district(people, places):
    assert can_write(people.district_officer, places.nhat_tien, Y2019, Action.EDIT_MONITORING).allowed


def test_a_district_officer_may_not_edit_data_of_another_district(people, places):
    decision = can_write(people.district_officer, places.binh_xa, Y2019, Action.EDIT_MONITORING)
    assert not decision.allowed
    assert "không thuộc địa bàn" in decision.reason and "Bính Xá" in decision.reason


def test_a_district_officer_may_not_edit_post_reform_data_under_the_province(people, places):
    assert not can_write(people.district_officer, places.bac_son_xa, Y2026, Action.EDIT_MONITORING).allowed


def test_a_province_officer_of_todays_province_reaches_the_old_communes(people, places):
    assert can_write(people.province_officer, places.nhat_tien, Y2019, Action.EDIT_MONITORING).allowed
    assert can_write(people.province_officer, places.bac_son_xa, Y2026, Action.EDIT_MONITORING).allowed
    assert not can_write(people.province_officer, places.cam_giang, Y2019, Action.EDIT_MONITORING).allowed


def test_an_officer_of_a_merged_commune_acts_for_the_communes_it_continues(places):
    from nongthon.accounts.choices import Role
    from tests.db.accounts.people import person

    officer = person("can_bo_xa_bac_son_moi", Role.COMMUNE_OFFICER, places.bac_son_xa)
    assert can_write(officer, places.bac_son_xa, Y2026, Action.EDIT_MONITORING).allowed
    assert can_write(officer, places.tan_lap, Y2019, Action.EDIT_MONITORING).allowed
    assert not can_write(officer, places.binh_xa, Y2019, Action.EDIT_MONITORING).allowed


def test_a_commune_officer_may_not_edit_the_district(people, places):
    assert not can_write(people.commune_officer, places.bac_son, Y2019, Action.EDIT_MONITORING).allowed


def test_national_data_is_for_national_roles_only(people):
    assert can_write(people.administrator, None, Y2019, Action.MANAGE_CRITERIA).allowed
    assert not can_write(people.province_officer, None, Y2019, Action.MANAGE_CRITERIA).allowed


def test_a_superuser_and_a_server_command_may_write(places, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="mat-khau-dai-va-kho-doan-9")
    assert can_write(root, places.cam_giang, Y2019, Action.DOSSIER_REVOKE).allowed
    assert can_write(None, places.cam_giang, Y2019, Action.DOSSIER_REVOKE).allowed


def test_a_locked_out_account_may_not_write(people, places):
    people.district_officer.is_active = False
    assert not can_write(people.district_officer, places.nhat_tien, Y2019, Action.EDIT_MONITORING).allowed
