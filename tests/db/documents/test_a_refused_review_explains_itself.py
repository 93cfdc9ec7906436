"""A reviewer outside the fact's scope is told why, with a 403 page (or the htmx part), and nothing changes."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from nongthon.accounts.choices import Role
from nongthon.accounts.models import Membership
from nongthon.documents.operations import ingest_text
from nongthon.monitoring.choices import ReviewStatus


def _fact(places):
    text = "Năm 2021, tỷ lệ hộ nghèo xã Cẩm Giàng còn 6,2%."
    summary = ingest_text(text, doc_id="cam-giang-2021", facts=[{
        "type": "poverty_rate", "unit": {"name": "Cẩm Giàng", "level": "xa", "parent": "Bạch Thông"},
        "unit_key": places.cam_giang.key, "value": 6.2, "period": 2021, "evidence": text, "span": [0, len(text)]}])
    return summary.document.facts.get()


def _lang_son_officer(places):
    user = get_user_model().objects.create_user("can_bo_lang_son")
    Membership.objects.create(user=user, role=Role.PROVINCE_OFFICER, unit=places.lang_son)
    return user


def test_a_page_post_out_of_scope_answers_403_with_the_reason(client, places):
    fact = _fact(places)
    client.force_login(_lang_son_officer(places))
    response = client.post(f"/review/{fact.pk}/accept/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Không được duyệt dữ kiện" in page and "không thuộc địa bàn" in page and "Cẩm Giàng" in page
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED


def test_an_htmx_post_out_of_scope_gets_the_part_with_the_reason(client, places):
    fact = _fact(places)
    client.force_login(_lang_son_officer(places))
    response = client.post(f"/review/{fact.pk}/reject/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "không thuộc địa bàn" in response.content.decode()
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED


def test_the_province_officer_of_the_fact_may_accept_it(client, places, province_officer):
    fact = _fact(places)
    client.force_login(province_officer)
    assert client.post(f"/review/{fact.pk}/accept/").status_code == 302
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED
