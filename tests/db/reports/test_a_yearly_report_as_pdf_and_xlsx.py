"""A unit's and a province's yearly report, as PDF (Vietnamese text, embedded fonts) and as .xlsx."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from nongthon.reports.content import province_report, unit_report
from nongthon.reports.render import render
from tests.db.workbooks.places import open_xlsx


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_unit_report_gathers_status_criteria_indicators_recognitions_targets_and_sources(reported):
    report = unit_report(reported.nhat_tien, 2024)
    assert report.path == ["Tỉnh Lạng Sơn", "Huyện Bắc Sơn", "Xã Nhất Tiến"]
    assert report.tier == "Đạt chuẩn nông thôn mới" and "1234/QĐ-UBND" in report.tier_decision
    verdict = next(v for v in report.verdicts if v.set_id == "qd-318-2022-xa")
    assert verdict.count_label == "18/19"
    assert next(c for c in verdict.criteria if c.id == "17").status == "chưa đạt"
    assert report.indicators == [("Tỷ lệ hộ nghèo (đa chiều)", "2,75%", "2024", "bao-cao-2024.xlsx [Tiêu chí]:4")]
    assert report.recognitions == [("Đạt chuẩn nông thôn mới", "2019", "1234/QĐ-UBND UBND tỉnh Lạng Sơn",
                                    "còn hiệu lực")]
    goal, deadline, now, state = report.targets[0]
    assert (goal, deadline, now) == ("Tỷ lệ hộ nghèo (đa chiều) 2", "2025", "2,75")
    assert state.startswith("chưa đạt (73%)") and "quá hạn" not in state  # not overdue as of 2024
    assert report.sources[:2] == ["bao-cao-2024.xlsx [Tiêu chí]:3", "bao-cao-2024.xlsx [Tiêu chí]:4"]
    assert "bao-cao-2024.xlsx [Tiêu chí]:6" in report.sources


def test_the_pdf_report_is_a_pdf_whose_text_keeps_the_vietnamese_diacritics(reported):
    data = render(unit_report(reported.nhat_tien, 2024), "pdf")
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for words in ("Báo cáo nông thôn mới năm 2024", "Xã Nhất Tiến", "Tiêu chí", "đạt", "18/19",
                  "Quốc phòng và An ninh", "Tỷ lệ hộ nghèo", "1234/QĐ-UBND"):
        assert words in text, words
    assert b"DejaVuSans" in data  # the font travels with the file
    assert "Trang 1" in text


def test_the_xlsx_report_has_a_summary_and_one_sheet_per_table(reported):
    wb = open_xlsx(render(unit_report(reported.nhat_tien, 2024), "xlsx"))
    assert wb.sheetnames[:2] == ["Tổng hợp", "Tiêu chí qd-318-2022-xa"]
    summary = {row[0]: row[1] for row in wb["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Đơn vị"] == "Xã Nhất Tiến" and summary["Mức nông thôn mới"] == "Đạt chuẩn nông thôn mới"
    assert summary["Tiêu chí đạt (qd-318-2022-xa)"] == "18/19"
    criteria = list(wb["Tiêu chí qd-318-2022-xa"].iter_rows(min_row=2, values_only=True))
    assert criteria[16][0] == "17"
    assert criteria[16][2] == "chưa đạt" and criteria[16][3]
    assert list(wb["Chỉ tiêu"].iter_rows(min_row=2, values_only=True)) == [
        ("Tỷ lệ hộ nghèo (đa chiều)", "2,75%", "2024", "bao-cao-2024.xlsx [Tiêu chí]:4")]
    assert wb["Công nhận"]["C2"].value == "1234/QĐ-UBND UBND tỉnh Lạng Sơn"


def test_the_province_report_lists_its_communes_with_criteria_met(reported):
    report = province_report(reported.lang_son, 2024)
    lines = {c.code: c for c in report.communes}
    assert set(lines) == {"06100", "06101", "06200"}
    assert lines["06100"].criteria == "18/19" and lines["06100"].tier == "Đạt chuẩn nông thôn mới"
    assert lines["06101"].tier == "Chưa được công nhận"
    text = _pdf_text(render(report, "pdf"))
    assert "Các xã (3)" in text and "Xã Bính Xá" in text


def test_the_report_urls_serve_pdf_and_xlsx(client, reported):
    pdf = client.get(f"/reports/unit/{reported.nhat_tien.key}/2024.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    xlsx = client.get("/reports/province/20/2024.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get("/reports/unit/khong-co/2024.pdf").status_code == 404
    assert client.get("/reports/province/20/2024.doc").status_code == 404


def test_the_report_command_writes_the_file(reported, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    call_command("report", "--unit", reported.nhat_tien.key, "--year", "2024", "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(CommandError, match="Không có đơn vị khóa"):
        call_command("report", "--unit", "khong-co", "--year", "2024", "--out", str(out))
    with pytest.raises(CommandError, match=r"\.pdf hoặc \.xlsx"):
        call_command("report", "--province", "20", "--year", "2024", "--out", str(tmp_path / "x.doc"))


def test_a_unit_without_accepted_rows_gets_a_report_that_says_so(places):
    report = unit_report(places.binh_xa, 2024)
    assert report.tier == "Chưa được công nhận" and not report.indicators and not report.sources
    text = _pdf_text(render(report, "pdf"))
    assert "Chưa có số liệu chỉ tiêu đã duyệt cho năm 2024" in text


def test_a_reader_asking_for_english_gets_the_report_in_english(client, reported):
    pdf = client.get(f"/reports/unit/{reported.nhat_tien.key}/2024.pdf", HTTP_ACCEPT_LANGUAGE="en")
    text = _pdf_text(pdf.content)
    for words in ("New Rural Development report 2024", "Commune Nhất Tiến", "Criteria —", "18/19 met", "Page 1",
                  "1234/QĐ-UBND"):
        assert words in text, words
    assert "Báo cáo nông thôn mới năm" not in text
    wb = open_xlsx(client.get("/reports/province/20/2024.xlsx", HTTP_ACCEPT_LANGUAGE="en").content)
    assert wb.sheetnames[0] == "Summary" and "Communes" in wb.sheetnames
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Location"] == "Province Lạng Sơn"  # names stay as written, the level word is translated


def test_the_report_command_writes_english_on_request(reported, tmp_path):
    out = tmp_path / "report.xlsx"
    call_command("report", "--unit", reported.nhat_tien.key, "--year", "2024", "--out", str(out), "--lang", "en")
    wb = open_xlsx(out.read_bytes())
    assert wb.sheetnames[0] == "Summary"
    assert {row[0] for row in wb["Summary"].iter_rows(min_row=2, values_only=True)} >= {"Unit", "Year", "Made on"}
    call_command("report", "--unit", reported.nhat_tien.key, "--year", "2024", "--out", str(out))
    assert open_xlsx(out.read_bytes()).sheetnames[0] == "Tổng hợp"
