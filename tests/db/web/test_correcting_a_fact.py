"""Correcting a proposed fact in the review queue: the corrected fact is accepted, the proposal kept."""

from __future__ import annotations

from decimal import Decimal

import pytest
from auditlog.models import LogEntry

from nongthon.documents.models import Fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation

TEXT = "Năm 2019, tỷ lệ hộ nghèo xã Nhất Tiến còn 4,5%."


@pytest.fixture
def fact(tree):
    from nongthon.documents.operations import ingest_text

    summary = ingest_text(TEXT, doc_id="bai-nhat-tien", facts=[{
        "type": "poverty_rate", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
        "unit_key": tree.nhat_tien.key, "value": 4.5, "period": 2019, "evidence": TEXT, "span": [0, len(TEXT)]}])
    return summary.document.facts.get()


def test_the_review_page_offers_the_correction_with_its_shortcut(client, staff, fact):
    client.force_login(staff.reviewer)
    page = client.get(f"/review/?fact={fact.pk}").content.decode()
    assert f'action="/review/{fact.pk}/correct/"' in page
    assert 'data-shortcut="correct"' in page and "<kbd>c</kbd>" in page
    assert 'name="fix-value" value="4,5"' in page


def test_a_corrected_fact_is_accepted_and_the_proposal_is_kept(client, tree, staff, fact):
    span = (fact.span_start, fact.span_end, fact.evidence)
    client.force_login(staff.reviewer)
    response = client.post(f"/review/{fact.pk}/correct/", {
        "fix-value": "3,8", "fix-period": "2020", "fix-standard": "", "fix-unit_key": tree.nhat_tien.key})
    assert response.status_code == 302, response.content[:400]
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED and fact.reviewed_by == staff.reviewer
    assert (fact.original_payload["value"], fact.original_payload["period"]) == (4.5, 2019)
    assert (fact.payload["value"], fact.payload["period"]) == (3.8, 2020)
    assert (fact.span_start, fact.span_end, fact.evidence) == span
    row = Observation.objects.get(source_fact=fact)
    assert (row.value, row.year, row.unit, row.status) == (Decimal("3.8"), 2020, tree.nhat_tien, ReviewStatus.ACCEPTED)
    audited = LogEntry.objects.filter(content_type__model="fact", object_pk=str(fact.pk)).latest("id")
    assert audited.changes_dict["payload"][0] != audited.changes_dict["payload"][1]
    assert audited.additional_data["origin"] == "page"


def test_a_correction_can_move_the_fact_to_another_unit(client, tree, staff, fact):
    client.force_login(staff.province_officer)
    response = client.post(f"/review/{fact.pk}/correct/", {
        "fix-value": "4,5", "fix-period": "2019", "fix-unit_key": tree.tan_lap.key})
    assert response.status_code == 302
    assert Observation.objects.get(source_fact=fact).unit == tree.tan_lap
    fact.refresh_from_db()
    assert fact.payload["unit_key"] == tree.tan_lap.key and fact.unit == tree.tan_lap


def test_a_correction_with_errors_shows_them_and_accepts_nothing(client, staff, fact):
    client.force_login(staff.reviewer)
    response = client.post(f"/review/{fact.pk}/correct/", {
        "fix-value": "140", "fix-period": "năm ngoái", "fix-unit_key": "00000@2000-01-01"})
    assert response.status_code == 400
    errors = response.context["correction"].errors
    assert errors["value"] == ["Giá trị: tỷ lệ hộ nghèo phải từ 0 đến 100%, không phải 140."]
    assert errors["period"][0].startswith("Thời kỳ: “năm ngoái” không đọc được")
    assert errors["unit_key"] == ["Khóa đơn vị: không có đơn vị khóa 00000@2000-01-01."]
    assert 'details class="correct" open' in response.content.decode()
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED and fact.original_payload is None
    assert not Observation.objects.exists()


def test_an_officer_out_of_scope_may_not_correct(client, tree, staff, fact):
    client.force_login(staff.commune_officer)  # commune officers do not review facts
    response = client.post(f"/review/{fact.pk}/correct/", {"fix-value": "3", "fix-period": "2019"})
    assert response.status_code == 403
    assert Fact.objects.get(pk=fact.pk).status == ReviewStatus.PROPOSED
    assert not Observation.objects.exists()


def test_through_htmx_a_correction_answers_with_the_queue_part(client, staff, fact):
    client.force_login(staff.reviewer)
    headers = {"HX-Request": "true"}
    wrong = client.post(f"/review/{fact.pk}/correct/", {"fix-value": "-1", "fix-period": "2019"}, headers=headers)
    assert wrong.status_code == 200  # htmx swaps no 4xx answer into the page
    assert [t.name for t in wrong.templates][0] == "web/partials/review_body.html"
    assert 'details class="correct" open' in wrong.content.decode()
    assert Fact.objects.get(pk=fact.pk).status == ReviewStatus.PROPOSED
    done = client.post(f"/review/{fact.pk}/correct/", {"fix-value": "4", "fix-period": "2019"}, headers=headers)
    assert done.status_code == 200 and done["HX-Push-Url"] == "/review/"
    assert "Đã sửa và chấp nhận dữ kiện" in done.content.decode() and "sửa: value" in done.content.decode()
    assert Observation.objects.get(source_fact=fact).value == Decimal("4")


def test_a_correction_reads_numbers_as_an_office_writes_them(client, tree, staff):
    from nongthon.documents.operations import ingest_text

    text = "Năm 2020, xã Nhất Tiến có diện tích gieo trồng 1.180 ha."
    summary = ingest_text(text, doc_id="bai-gieo-trong", facts=[{
        "type": "indicator", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
        "unit_key": tree.nhat_tien.key, "key": "sown_area", "value": 1180, "measure": "ha", "period": 2020,
        "modality": "achieved", "evidence": text, "span": [0, len(text)]}])
    fact = summary.document.facts.get()
    client.force_login(staff.reviewer)

    response = client.post(f"/review/{fact.pk}/correct/", {
        "fix-key": "sown_area", "fix-value": "11.800,5", "fix-total": "", "fix-period": "2020",
        "fix-modality": "achieved", "fix-unit_key": tree.nhat_tien.key})

    assert response.status_code == 302, response.content[:600]
    fact.refresh_from_db()
    assert fact.payload["value"] == 11800.5
    assert Observation.objects.get(source_fact=fact).value == Decimal("11800.5")
