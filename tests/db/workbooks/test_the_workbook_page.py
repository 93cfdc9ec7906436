"""The /workbooks/ page: template and export links, and an upload that shows its errors as a table."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from nongthon.monitoring.models import Observation
from tests.db.workbooks.places import indicator_workbook, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _upload(rows, name="bieu.xlsx"):
    return SimpleUploadedFile(name, xlsx_bytes(indicator_workbook(rows)), content_type=XLSX)


def test_the_page_offers_template_and_export_links_for_a_province_and_year(client, places):
    page = client.get("/workbooks/", {"province": "20", "year": "2024"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "/workbooks/template.xlsx?province=20&amp;year=2024" in html
    assert "/workbooks/export.csv?province=20&amp;year=2024" in html
    assert "/reports/province/20/2024.pdf" in html and '<option value="20">Lạng Sơn</option>' in html


def test_the_template_and_exports_download(client, places):
    template = client.get("/workbooks/template.xlsx", {"province": "20", "year": "2024"})
    assert template.status_code == 200 and template["Content-Type"] == XLSX
    assert template.content[:2] == b"PK"
    assert client.get("/workbooks/export.csv", {"province": "20", "year": "2024"}).status_code == 200
    assert client.get("/workbooks/export.xlsx", {"province": "99", "year": "2024"}).status_code == 404
    assert client.get("/workbooks/template.xlsx", {"province": "20"}).status_code == 400


def test_uploading_needs_a_signed_in_user(client, places):
    response = client.post("/workbooks/upload/", {"file": _upload([["06100", "", 2024, 3, 40]])})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Observation.objects.exists()


def test_an_upload_with_errors_shows_them_as_a_table_and_writes_nothing(client, places, people):
    client.force_login(people.province_officer)
    response = client.post("/workbooks/upload/", {"file": _upload([["06100", "", 2024, 3, 40],
                                                                   ["06101", "", 2024, 130, 40]])})
    html = response.content.decode()
    assert response.status_code == 422
    assert "không dòng nào được ghi" in html
    assert "<td>Chỉ tiêu</td><td>4</td>" in html and "lớn hơn 100" in html
    assert not Observation.objects.exists()


def test_a_good_upload_says_what_was_written(client, places, people):
    client.force_login(people.province_officer)
    response = client.post("/workbooks/upload/", {"file": _upload([["06100", "", 2024, 3, 40]])})
    assert response.status_code == 200
    assert "đã ghi 2 số liệu chỉ tiêu" in response.content.decode()
    assert Observation.objects.filter(source_user=people.province_officer).count() == 2
