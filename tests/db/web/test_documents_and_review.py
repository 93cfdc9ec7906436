import pytest

from nongthon.monitoring.choices import ReviewStatus

pytestmark = pytest.mark.django_db


def test_the_library_finds_a_phrase_typed_without_accents(client, article, django_assert_max_num_queries):
    with django_assert_max_num_queries(7):  # 3 write the folded copies, 3 list, 1 asks for a synthetic dataset
        response = client.get("/documents/?q=nong+thon+moi")
    page = response.content.decode()
    assert "1 tài liệu có" in page
    assert "<mark>nông thôn mới</mark>" in page


def test_the_library_says_when_nothing_matches(client, article):
    page = client.get("/documents/?q=cao+toc").content.decode()
    assert "Không có tài liệu nào chứa cụm từ này." in page


def test_a_document_page_marks_each_fact_in_its_text(client, article, django_assert_max_num_queries):
    fact = article.facts.get(type="poverty_rate")
    with django_assert_max_num_queries(6):
        page = client.get(f"/documents/{article.pk}/").content.decode()
    assert f'<mark id="fact-{fact.pk}"' in page
    assert "hết năm 2018 tỷ lệ hộ nghèo trên địa bàn xã giảm xuống còn 11,65%</mark>" in page


def test_anyone_can_look_at_the_review_queue_but_only_signed_in_users_see_the_buttons(client, article):
    page = client.get("/review/").content.decode()
    assert "3 dữ kiện chờ duyệt" in page
    assert "Đăng nhập để chấp nhận" in page and "data-shortcut=\"accept\"" not in page


def test_an_anonymous_decision_is_sent_to_the_login_page(client, article):
    fact = article.facts.first()
    response = client.post(f"/review/{fact.pk}/accept/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED


def test_an_officer_accepts_a_fact_and_the_unit_page_shows_the_recognition(client, places, article, province_officer):
    client.force_login(province_officer)
    fact = article.facts.get(type="ntm_status")
    response = client.post(f"/review/{fact.pk}/accept/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "2 dữ kiện chờ duyệt" in response.content.decode()
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED and fact.reviewed_by == province_officer
    page = client.get("/units/06382@-/").content.decode()
    assert "Đạt chuẩn nông thôn mới" in page and f"#fact-{fact.pk}" in page


def test_an_officer_rejects_a_fact_and_it_leaves_the_queue(client, article, province_officer):
    client.force_login(province_officer)
    fact = article.facts.get(type="criteria_count")
    response = client.post(f"/review/{fact.pk}/reject/")
    assert response.status_code == 302
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.REJECTED
    assert f"?fact={fact.pk}\"" not in client.get("/review/").content.decode()


def test_the_review_page_needs_a_bounded_number_of_queries(client, article, province_officer, django_assert_max_num_queries):
    client.force_login(province_officer)
    with django_assert_max_num_queries(10):
        response = client.get("/review/")
    assert "data-shortcut=\"accept\"" in response.content.decode()


def test_a_reviewer_names_the_unit_of_a_fact_the_extractor_could_not_resolve(client, places, province_officer):
    from nongthon.documents.operations import ingest_text

    text = "Năm 2021, xã Vô Danh đạt chuẩn nông thôn mới."
    fact = {"type": "ntm_status", "unit": {"name": "Vô Danh", "level": "xa", "parent": None},
            "status": "dat_chuan", "year": 2021, "evidence": text, "span": [0, len(text)]}
    document = ingest_text(text, doc_id="vo-danh", facts=[fact]).document
    proposed = document.facts.get()
    assert proposed.unit is None
    client.force_login(province_officer)
    assert 'name="unit_key"' in client.get(f"/review/?fact={proposed.pk}").content.decode()
    client.post(f"/review/{proposed.pk}/accept/", {"unit_key": "nope"})
    proposed.refresh_from_db()
    assert proposed.status == ReviewStatus.PROPOSED
    client.post(f"/review/{proposed.pk}/accept/", {"unit_key": places.tan_thanh.key})
    proposed.refresh_from_db()
    assert proposed.status == ReviewStatus.ACCEPTED and proposed.unit == places.tan_thanh


def test_a_signed_in_user_without_a_role_cannot_decide(client, article):
    from django.apps import apps
    from django.contrib.auth import get_user_model

    if not apps.is_installed("nongthon.accounts"):
        pytest.skip("roles come with the accounts app")
    outsider = get_user_model().objects.create_user("nguoi_ngoai", password="mat-khau-dai-va-kho-doan-2")
    client.force_login(outsider)
    fact = article.facts.get(type="ntm_status")
    response = client.post(f"/review/{fact.pk}/accept/", HTTP_HX_REQUEST="true")
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED
    assert 'class="msg-error"' in response.content.decode()


def test_a_document_stored_after_a_search_is_found_by_the_next_one(client, article):
    from nongthon.documents.operations import ingest_text

    assert "1 tài liệu có" in client.get("/documents/?q=nong+thon+moi").content.decode()
    ingest_text("Xã Tân Lập hoàn thành 19/19 tiêu chí nông thôn mới.", doc_id="tan-lap", facts=[])
    page = client.get("/documents/?q=NONG+THON+MOI").content.decode()
    assert "2 tài liệu có" in page
