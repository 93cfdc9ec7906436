"""The data-entry page of a unit and year: values and statuses saved through the monitoring operation."""

from __future__ import annotations

from decimal import Decimal

from auditlog.models import LogEntry

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriterionStatus, Observation

SET = "qd-318-2022-xa"
YEAR = 2022


def url(unit, year=YEAR, set_id=SET):
    return f"/units/{unit.key}/entry/?criteria_set={set_id}&year={year}"


def form_data(response, **changes) -> dict:
    """The fields of the entry form as the page rendered them, with `changes` applied."""
    form = response.context["form"]
    data = {"criteria_set": SET, "year": YEAR}
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else str(value)
    data.update(changes)
    return data


def test_it_saves_a_value_and_a_status_sourced_to_the_officer(client, tree, staff):
    client.force_login(staff.commune_officer)
    page = client.get(url(tree.nhat_tien))
    assert page.status_code == 200
    assert "11.1. Tỷ lệ hộ nghèo đa chiều" in page.content.decode()
    response = client.post(url(tree.nhat_tien), form_data(page, i_11_1="4,5", c_11="met"))
    assert response.status_code == 302, response.content[:500]
    row = Observation.objects.get(unit=tree.nhat_tien, year=YEAR, indicator__criteria_indicator_id="11.1")
    assert row.value == Decimal("4.5")
    assert (row.source_kind, row.source_user, row.status) == (SourceKind.USER, staff.commune_officer,
                                                              ReviewStatus.ACCEPTED)
    status = CriterionStatus.objects.get(unit=tree.nhat_tien, year=YEAR, criteria_set_id=SET, criterion_id="11")
    assert status.met is True
    entries = LogEntry.objects.filter(object_pk=str(row.pk), content_type__model="observation")
    assert [e.additional_data["origin"] for e in entries] == ["page"]
    again = client.get(url(tree.nhat_tien))
    assert again.context["form"]["i_11_1"].value() == Decimal("4.5")


def test_saving_again_updates_the_officers_row_in_place(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="4,5"))
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="3,9"))
    rows = Observation.objects.filter(unit=tree.nhat_tien, year=YEAR, indicator__criteria_indicator_id="11.1")
    assert [r.value for r in rows] == [Decimal("3.9")]


def test_the_unit_page_links_the_entry_page_for_an_officer_only(client, tree, staff):
    client.force_login(staff.outsider)
    assert "/entry/" not in client.get(f"/units/{tree.nhat_tien.key}/?year=2022").content.decode()
    client.force_login(staff.commune_officer)
    page = client.get(f"/units/{tree.nhat_tien.key}/?year=2022").content.decode()
    assert f"/units/{tree.nhat_tien.key}/entry/?year=2022" in page
    entry = client.get(f"/units/{tree.nhat_tien.key}/entry/?year=2022")
    assert entry.status_code == 200
    assert entry.context["criteria_set"].id == SET


def test_an_anonymous_visitor_is_sent_to_sign_in(client, tree):
    response = client.get(url(tree.nhat_tien))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_saved_status_shows_in_the_roll_up_and_on_the_unit_page(client, tree, staff):
    from nongthon.rollups.models import UnitYearSummary

    client.force_login(staff.district_officer)
    page = client.get(url(tree.nhat_tien))
    client.post(url(tree.nhat_tien), form_data(page, c_1="met", c_2="met", c_3="not_met", i_11_1="2,5"))
    summary = UnitYearSummary.objects.get(unit=tree.nhat_tien, year=YEAR)
    assert summary.criteria_met == 2
    unit_page = client.get(f"/units/{tree.nhat_tien.key}/?year={YEAR}")
    evaluation = next(e for e in unit_page.context["evaluations"] if e["set_id"] == SET)
    statuses = {c["id"]: c["status"] for c in evaluation["criteria"]}
    assert (statuses["1"], statuses["3"]) == ("met", "not_met")
    reasons = {c["id"]: c["reason"] for c in evaluation["criteria"]}
    assert "2,5%" in reasons["11"]  # the poverty rate entered reaches the evaluator


def test_values_are_shown_as_an_officer_types_them(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="4,5", i_9_2="100"))
    page = client.get(url(tree.nhat_tien)).content.decode()
    assert 'name="i_11_1" value="4,5"' in page
    assert 'name="i_9_2" value="100"' in page


def test_a_yes_or_no_indicator_is_entered_as_a_choice_the_evaluator_reads(client, tree, staff):
    client.force_login(staff.commune_officer)
    page = client.get(url(tree.nhat_tien))
    assert [value for value, _label in page.context["form"].fields["i_9_1"].choices] == ["", "1", "0"]
    client.post(url(tree.nhat_tien), form_data(page, i_9_1="0", i_khong_no_dong="1"))
    values = dict(Observation.objects.values_list("indicator__criteria_indicator_id", "value"))
    assert values == {"9.1": Decimal("0"), "khong_no_dong": Decimal("1")}
    evaluation = next(e for e in client.get(f"/units/{tree.nhat_tien.key}/?year={YEAR}").context["evaluations"]
                      if e["set_id"] == SET)
    assert next(c["status"] for c in evaluation["criteria"] if c["id"] == "9") == "not_met"  # still a makeshift house


def test_clearing_a_value_withdraws_it_and_keeps_the_row(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="4,5", c_11="met"))
    page = client.get(url(tree.nhat_tien))
    assert page.context["form"]["i_11_1"].value() == Decimal("4.5")

    response = client.post(url(tree.nhat_tien), form_data(page, i_11_1="", c_11=""))

    assert response.status_code == 302, response.content[:500]
    row = Observation.objects.get(unit=tree.nhat_tien, year=YEAR, indicator__criteria_indicator_id="11.1")
    assert (row.value, row.status, row.reviewed_by) == (Decimal("4.5"), ReviewStatus.REJECTED, staff.commune_officer)
    status = CriterionStatus.objects.get(unit=tree.nhat_tien, year=YEAR, criteria_set_id=SET, criterion_id="11")
    assert status.status == ReviewStatus.REJECTED
    again = client.get(url(tree.nhat_tien))
    assert again.context["form"]["i_11_1"].value() is None and again.context["form"]["c_11"].value() in (None, "")
    changes = LogEntry.objects.filter(object_pk=str(row.pk), content_type__model="observation").latest("id")
    assert changes.changes_dict["status"] == ["accepted", "rejected"]


def test_clearing_a_value_someone_changed_meanwhile_is_refused(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="4,5"))
    stale_page = client.get(url(tree.nhat_tien))
    client.post(url(tree.nhat_tien), form_data(client.get(url(tree.nhat_tien)), i_11_1="3,9"))

    response = client.post(url(tree.nhat_tien), form_data(stale_page, i_11_1=""))

    assert response.status_code == 409
    row = Observation.objects.get(unit=tree.nhat_tien, year=YEAR, indicator__criteria_indicator_id="11.1")
    assert (row.value, row.status) == (Decimal("3.9"), ReviewStatus.ACCEPTED)
