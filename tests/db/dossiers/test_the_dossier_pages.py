"""The dossier pages: the dashboard says whom each dossier waits on; the dossier page shows its steps, the
evaluator's verdict and the papers, and offers only the steps the user may take; refusals explain."""

from __future__ import annotations

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DocumentKind, DossierState
from nongthon.dossiers.models import Dossier
from tests.db.dossiers.papers import attach_papers


def test_the_dashboard_says_whom_each_dossier_waits_on(client, people, places):
    submitted = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(submitted)
    ops.submit(people.commune_officer, submitted)
    ops.create_dossier(None, places.binh_xa, 2024)
    client.force_login(people.district_officer)
    page = client.get("/dossiers/").content.decode()
    assert "cán bộ huyện Huyện Bắc Sơn: thẩm tra" in page
    assert "cán bộ xã Xã Bính Xá: hoàn thiện và trình" in page
    mine = client.get("/dossiers/?mine=on").content.decode()
    assert "Nhất Tiến" in mine and "Bính Xá" not in mine  # only the dossier this officer may move


def test_the_dashboard_needs_a_sign_in(client, places):
    response = client.get("/dossiers/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_the_dossier_page_offers_the_steps_of_the_users_role(client, people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    client.force_login(people.commune_officer)
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert 'id="step-verify"' not in page and "Bạn không có bước nào" in page
    client.force_login(people.district_officer)
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert 'id="step-verify"' in page and 'id="step-return"' in page and 'id="step-recognise"' not in page
    assert "qd-318-2022-xa" in page and "tiêu chí đạt" in page  # the evaluator's verdict at submission


def test_each_level_moves_the_dossier_through_its_forms(client, people, places):
    client.force_login(people.commune_officer)
    created = client.post("/dossiers/new/", {"unit": places.nhat_tien.key, "year": 2024, "tier": "dat_chuan"})
    dossier = Dossier.objects.get()
    assert created.status_code == 302 and created.url == f"/dossiers/{dossier.pk}/"
    attach_papers(dossier)
    assert client.post(f"/dossiers/{dossier.pk}/survey/", {"percent": "95", "note": "Phiếu 2024"}).status_code == 302
    assert client.post(f"/dossiers/{dossier.pk}/submit/", {"submit-note": "Đủ 19 tiêu chí"}).status_code == 302
    client.force_login(people.district_officer)
    assert client.post(f"/dossiers/{dossier.pk}/verify/", {"verify-note": ""}).status_code == 302
    client.force_login(people.province_officer)
    assert client.post(f"/dossiers/{dossier.pk}/appraise/", {}).status_code == 302
    done = client.post(f"/dossiers/{dossier.pk}/recognise/", {
        "recognise-number": "2150/QĐ-UBND", "recognise-date": "2024-12-20", "recognise-signer": "Chủ tịch UBND tỉnh"})
    assert done.status_code == 302
    dossier.refresh_from_db()
    assert dossier.state == DossierState.RECOGNISED and dossier.decision_date == datetime.date(2024, 12, 20)
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert "2150/QĐ-UBND" in page and "Đủ 19 tiêu chí" in page and 'id="step-revoke"' in page


def test_a_step_out_of_scope_is_refused_with_the_reason_and_changes_nothing(client, people, places):
    dossier = ops.create_dossier(None, places.binh_xa, 2024)
    attach_papers(dossier)
    ops.submit(None, dossier)
    client.force_login(people.district_officer)
    response = client.post(f"/dossiers/{dossier.pk}/verify/", {})
    assert response.status_code == 403
    assert "không thuộc địa bàn" in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.state == DossierState.SUBMITTED


def test_a_step_the_state_does_not_allow_answers_409_with_the_reason(client, people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    client.force_login(people.province_officer)
    response = client.post(f"/dossiers/{dossier.pk}/appraise/", {})
    assert response.status_code == 409 and "không thể thẩm định" in response.content.decode()


def test_returning_needs_reasons_and_the_form_says_so(client, people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    client.force_login(people.district_officer)
    response = client.post(f"/dossiers/{dossier.pk}/return/", {"return-reasons": ""})
    assert response.status_code == 400
    dossier.refresh_from_db()
    assert dossier.state == DossierState.SUBMITTED


def test_a_paper_is_attached_listed_against_the_checklist_and_downloaded(client, people, places, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    client.force_login(people.commune_officer)
    paper = SimpleUploadedFile("to-trinh.pdf", b"%PDF-1.4 to trinh", content_type="application/pdf")
    response = client.post(f"/dossiers/{dossier.pk}/documents/",
                           {"kind": DocumentKind.PROPOSAL, "title": "Tờ trình 12/TTr-UBND", "file": paper})
    assert response.status_code == 302
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert "Tờ trình 12/TTr-UBND" in page and page.count('class="missing"') == 6
    document = dossier.documents.get()
    download = client.get(f"/dossiers/{dossier.pk}/documents/{document.pk}/")
    assert b"".join(download.streaming_content) == b"%PDF-1.4 to trinh"


def test_a_file_of_the_wrong_kind_is_refused_by_name(client, people, places, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    client.force_login(people.commune_officer)
    script = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(f"/dossiers/{dossier.pk}/documents/", {"kind": DocumentKind.PHOTOS, "file": script})
    assert response.status_code == 400 and "exe" in response.content.decode()
    assert not dossier.documents.exists()


def test_an_outsider_may_not_open_a_dossier(client, people, places):
    client.force_login(people.outsider)
    response = client.post("/dossiers/new/", {"unit": places.nhat_tien.key, "year": 2024, "tier": "dat_chuan"})
    assert response.status_code == 403 and "Vai trò của bạn không được phép" in response.content.decode()
    assert not Dossier.objects.exists()


def test_a_step_without_its_papers_is_refused_naming_them(client, people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    dossier.documents.filter(kind__in=["to_trinh", "ket_qua_hai_long"]).delete()
    client.force_login(people.commune_officer)
    response = client.post(f"/dossiers/{dossier.pk}/submit/", {})
    assert response.status_code == 409
    text = response.content.decode()
    assert "còn thiếu Tờ trình đề nghị xét công nhận, Kết quả lấy ý kiến sự hài lòng của người dân" in text
    dossier.refresh_from_db()
    assert dossier.state == DossierState.DRAFT


def test_the_dashboard_needs_a_bounded_number_of_queries(client, people, places, django_assert_max_num_queries):
    for unit in (places.nhat_tien, places.tan_lap, places.binh_xa):
        for year in (2019, 2020, 2021, 2022):
            dossier = ops.create_dossier(None, unit, year)
            if year % 2:
                attach_papers(dossier, "submit")
                ops.submit(None, dossier)
    client.force_login(people.district_officer)
    with django_assert_max_num_queries(25):  # 21 at the time of writing, for 12 dossiers of 3 communes
        assert client.get("/dossiers/").status_code == 200
