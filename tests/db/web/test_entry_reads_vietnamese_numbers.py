"""The data-entry page reads amounts typed the Vietnamese way and names the field it cannot read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nongthon.monitoring.models import Observation
from tests.db.web.test_entry_page import YEAR, form_data, url


def _values(unit) -> dict:
    return dict(Observation.objects.filter(unit=unit, year=YEAR)
                .values_list("indicator__criteria_indicator_id", "value"))


@pytest.mark.parametrize(("typed", "stored"), [
    ("3.600.000", Decimal("3600000")),
    ("1.234,5", Decimal("1234.5")),
    ("32,29", Decimal("32.29")),
    ("58", Decimal("58")),
    (" 4.5 ", Decimal("4.5")),
])
def test_an_amount_written_with_dots_for_thousands_and_a_comma_for_decimals_is_read(client, tree, staff,
                                                                                      typed, stored):
    client.force_login(staff.commune_officer)
    response = client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_10_1=typed))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert _values(tree.nhat_tien) == {"10.1": stored}


def test_a_saved_amount_is_shown_the_vietnamese_way_and_sending_the_page_back_changes_nothing(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_10_1="1.234,5", i_11_1="32,29"))
    for language in ("vi", "en"):
        client.cookies["django_language"] = language
        page = client.get(url(tree.nhat_tien))
        html = page.content.decode()
        assert 'name="i_10_1" value="1.234,5"' in html and 'name="i_11_1" value="32,29"' in html
        raw = {name: value for name, value in form_data(page).items()}
        raw.update(i_10_1="1.234,5", i_11_1="32,29")
        again = client.post(url(tree.nhat_tien), raw)
        assert again.status_code == 302
    assert _values(tree.nhat_tien) == {"10.1": Decimal("1234.5"), "11.1": Decimal("32.29")}


@pytest.mark.parametrize("typed", ["3,600,000", "12a", "1.23.4", "4,5%", "--3", "1.234.567.890.123.456"])
def test_an_unreadable_amount_is_refused_in_vietnamese_naming_the_field(client, tree, staff, typed):
    client.force_login(staff.commune_officer)
    page = client.get(url(tree.nhat_tien))
    response = client.post(url(tree.nhat_tien), form_data(page, i_10_1=typed, i_11_1="4,5", c_1="met"))
    assert response.status_code == 400
    [message] = response.context["form"].errors["i_10_1"]
    assert message.startswith("10.1. Thu nhập bình quân đầu người khu vực nông thôn: ")
    assert f"“{typed}”" in message
    assert not Observation.objects.exists()


def test_a_refused_amount_is_quoted_the_way_it_was_typed(client, tree, staff):
    client.force_login(staff.commune_officer)
    response = client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_9_2="100,5"))
    assert response.status_code == 400
    [message] = response.context["form"].errors["i_9_2"]
    assert message.endswith("tỷ lệ phần trăm phải từ 0 đến 100, không phải 100,5.")
