"""The malformed workbooks of tests/data/workbooks are refused with their sheet, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from nongthon.monitoring.models import CriterionStatus, Observation
from nongthon.workbooks.operations import import_workbook

DATA = Path(__file__).resolve().parents[2] / "data" / "workbooks"


@pytest.mark.parametrize(("name", "where", "words"), [
    ("empty.xlsx", (None, None, None), "Tệp rỗng"),
    ("csv-renamed.xlsx", (None, None, None), "không phải là bảng tính Excel .xlsx"),
    ("formula.xlsx", ("Chỉ tiêu", 4, "D"), "công thức"),
    ("merged.xlsx", ("Chỉ tiêu", 3, "A"), "A3:A4 bị gộp"),
    ("no-key-row.xlsx", ("Chỉ tiêu", 2, "A"), "thiếu mã cột"),
    ("headers-only.xlsx", (None, None, None), "không có dòng số liệu nào"),
])
def test_a_committed_malformed_workbook_is_refused_and_nothing_is_written(places, people, name, where, words):
    result = import_workbook(DATA / name, people.province_officer)
    assert not result.ok
    first = result.errors[0]
    assert (first.file, first.sheet, first.row, first.column) == (name, *where)
    assert words in first.message
    assert not Observation.objects.exists() and not CriterionStatus.objects.exists()


def test_an_old_excel_97_file_is_told_to_be_saved_as_xlsx(places, people, tmp_path):
    path = tmp_path / "bieu-cu.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    result = import_workbook(path, people.province_officer)
    assert "Excel 97–2003 (.xls)" in result.errors[0].message


def test_a_missing_file_is_named(db, tmp_path):
    result = import_workbook(tmp_path / "khong-co.xlsx", None)
    assert result.errors[0].file == "khong-co.xlsx" and "Không tìm thấy tệp" in result.errors[0].message
