"""The data-entry page refuses what it must: bad values, other units, stale forms. Nothing is written then."""

from __future__ import annotations

from decimal import Decimal

from nongthon.monitoring.models import CriterionStatus, Observation
from tests.db.web.test_entry_page import SET, YEAR, form_data, url


def _nothing_written():
    return not Observation.objects.exists() and not CriterionStatus.objects.exists()


def test_a_percentage_above_100_is_refused_naming_the_field(client, tree, staff):
    client.force_login(staff.commune_officer)
    page = client.get(url(tree.nhat_tien))
    response = client.post(url(tree.nhat_tien), form_data(page, i_9_2="120", c_1="met"))
    assert response.status_code == 400
    errors = response.context["form"].errors["i_9_2"]
    assert errors == ["9.2. Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố: tỷ lệ phần trăm phải từ 0 đến 100, "
                      "không phải 120."]
    assert _nothing_written()


def test_negative_money_and_a_fractional_count_are_refused(client, tree, staff):
    client.force_login(staff.province_officer)
    page = client.get(url(tree.nhat_tien, set_id="qd-319-2022-xa-kieu-mau"))
    data = form_data(page, criteria_set="qd-319-2022-xa-kieu-mau", i_2_1="-5", i_3_1="1,5")
    response = client.post(url(tree.nhat_tien, set_id="qd-319-2022-xa-kieu-mau"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "số tiền không được âm" in errors["i_2_1"][0] and errors["i_2_1"][0].startswith("2.1. Thu nhập")
    assert "phải là số nguyên không âm" in errors["i_3_1"][0]
    assert _nothing_written()


def test_a_year_outside_the_sets_period_is_refused(client, tree, staff):
    client.force_login(staff.commune_officer)
    response = client.get(url(tree.nhat_tien, year=2019))
    assert response.status_code == 400
    assert response.context["period"].errors["year"] == [
        "Năm: 2019 nằm ngoài giai đoạn 2021–2025 của bộ tiêu chí “Bộ tiêu chí quốc gia về xã nông thôn mới "
        "giai đoạn 2021–2025”."]
    assert response.context["form"] is None


def test_a_year_when_the_unit_did_not_exist_is_refused(client, tree, staff):
    client.force_login(staff.province_officer)
    response = client.post(url(tree.bac_son_xa), {"criteria_set": SET, "year": 2024, "c_1": "met"})
    assert response.status_code == 400
    assert "không có hiệu lực trong năm 2024" in response.context["period"].errors["year"][0]
    assert _nothing_written()


def test_an_officer_of_another_district_is_refused_with_403(client, tree, staff):
    client.force_login(staff.district_officer)  # of huyện Bắc Sơn; Cẩm Giàng lies in Bắc Kạn
    assert client.get(url(tree.cam_giang)).status_code == 403
    response = client.post(url(tree.cam_giang), {"criteria_set": SET, "year": YEAR, "c_1": "met"})
    assert response.status_code == 403
    assert "không thuộc địa bàn của bạn" in response.context["refused"]
    assert _nothing_written()


def test_a_user_without_a_role_is_refused_with_403(client, tree, staff):
    client.force_login(staff.outsider)
    response = client.post(url(tree.nhat_tien), {"criteria_set": SET, "year": YEAR, "i_11_1": "3"})
    assert response.status_code == 403
    assert _nothing_written()


def test_a_second_officer_saving_over_a_newly_entered_value_is_told_and_nothing_is_overwritten(client, tree, staff):
    client.force_login(staff.commune_officer)
    first = client.get(url(tree.nhat_tien))
    client.force_login(staff.district_officer)
    second = client.get(url(tree.nhat_tien))
    client.force_login(staff.commune_officer)
    assert client.post(url(tree.nhat_tien), form_data(first, i_11_1="4,5")).status_code == 302
    client.force_login(staff.district_officer)
    response = client.post(url(tree.nhat_tien), form_data(second, i_11_1="6", c_1="met"))
    assert response.status_code == 409
    assert "Người khác đã nhập 4,5%" in response.context["form"].errors["i_11_1"][0]
    assert [r.value for r in Observation.objects.all()] == [Decimal("4.5")]
    assert not CriterionStatus.objects.exists()  # the other cells of the refused form were not saved either


def test_a_second_officer_saving_over_a_changed_value_is_told(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="4,5"))
    first = client.get(url(tree.nhat_tien))
    client.force_login(staff.district_officer)
    second = client.get(url(tree.nhat_tien))
    client.force_login(staff.commune_officer)
    assert client.post(url(tree.nhat_tien), form_data(first, i_11_1="3")).status_code == 302
    client.force_login(staff.district_officer)
    response = client.post(url(tree.nhat_tien), form_data(second, i_11_1="6"))
    assert response.status_code == 409
    assert "sau khi bạn mở nó; không ghi đè" in response.context["form"].errors["i_11_1"][0]
    assert [r.value for r in Observation.objects.all()] == [Decimal("3")]


def test_a_year_no_set_covers_names_the_nearest_sets_period(client, tree, staff):
    client.force_login(staff.commune_officer)
    response = client.get(f"/units/{tree.nhat_tien.key}/entry/?year=2012")
    assert response.status_code == 400
    assert response.context["period"].errors["year"][0].startswith("Năm: 2012 nằm ngoài giai đoạn 2016–2020")


def test_a_province_has_no_set_to_enter(client, tree, staff):
    client.force_login(staff.province_officer)
    response = client.get(f"/units/{tree.lang_son_new.key}/entry/")
    assert response.status_code == 200 and response.context["form"] is None
    assert "Chưa có bộ tiêu chí nào cho cấp đơn vị này." in response.content.decode()
