"""Each kind of error is reported by sheet, row and column, in Vietnamese, and the database is unchanged."""

from __future__ import annotations

import datetime
import io

import pytest

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriterionStatus, Indicator, Observation
from nongthon.workbooks.operations import import_workbook
from tests.db.workbooks.places import indicator_workbook, sheet_workbook, xlsx_bytes


@pytest.fixture
def earlier(places):
    """One accepted row already in the database, which no failed import may touch."""
    return Observation.objects.create(
        unit=places.nhat_tien, indicator=Indicator.objects.get(key="poverty_rate"), year=2023, value=4,
        source_kind=SourceKind.IMPORT, source_file="cu.xlsx [Chỉ tiêu]", source_row=3,
        status=ReviewStatus.ACCEPTED)


def _import(wb, user, name="bieu.xlsx"):
    return import_workbook(io.BytesIO(xlsx_bytes(wb)), user, file_name=name)


def _assert_unchanged(earlier):
    assert list(Observation.objects.all()) == [earlier]
    assert not CriterionStatus.objects.exists()


def _only(result):
    assert not result.ok and result.written == 0
    assert len(result.errors) == 1, [str(e) for e in result.errors]
    return result.errors[0]


GOOD_ROW = ["06100", "Xã Nhất Tiến", 2024, 3.1, 50]


@pytest.mark.parametrize(("bad_row", "column", "words"), [
    (["99999", "?", 2024, 2, 40], "A", "Không có đơn vị hành chính mã 99999"),
    (["06150", "Xã Vũ Lễ", 2024, 2, 40], "A", "không có đơn vị nào còn hiệu lực trong năm 2024"),
    (["06101", "Xã Tân Lập", 2024, "khoảng 3", 40], "D", "“khoảng 3” không phải là số"),
    (["06101", "Xã Tân Lập", 2024, -1.5, 40], "D", "Tỷ lệ phần trăm âm"),
    (["06101", "Xã Tân Lập", 2024, 104, 40], "D", "lớn hơn 100"),
    (["06101", "Xã Tân Lập", 2024, 3, -40], "E", "Số âm"),
    (["06101", "Xã Tân Lập", 2024, "=2+1", 40], "D", "công thức"),
    (["06101", "Xã Tân Lập", 2024, "12/05/2024", 40], "D", "Ngày tháng nhập dạng chữ"),
    (["06101", "Xã Tân Lập", 2024, datetime.datetime(2024, 5, 12), 40], "D", "ngày tháng"),
    (["06101", "Xã Tân Lập", "2024-05-12", 3, 40], "C", "Ngày tháng nhập dạng chữ"),
    (["06101", "Xã Tân Lập", 2024.5, 3, 40], "C", "Năm “2024.5” không hợp lệ"),
    (["06101", "Xã Tân Lập", None, 3, 40], "C", "Thiếu năm"),
    (["06100", "Xã Nhất Tiến", 2024, 1, 1], "A", "Trùng dòng: đơn vị 06100 năm 2024 đã có ở dòng 3"),
])
def test_a_bad_cell_is_reported_by_sheet_row_and_column_and_nothing_is_written(
        people, earlier, bad_row, column, words):
    result = _import(indicator_workbook([GOOD_ROW, bad_row]), people.province_officer)
    error = _only(result)
    assert (error.file, error.sheet, error.row, error.column) == ("bieu.xlsx", "Chỉ tiêu", 4, column)
    assert words in error.message
    assert str(error).startswith(f"bieu.xlsx, trang “Chỉ tiêu”, dòng 4, cột {column}")
    _assert_unchanged(earlier)


def test_every_error_of_a_workbook_is_reported_at_once(people, earlier):
    result = _import(indicator_workbook([["99999", "", 2024, 1, 1], ["06101", "", 2024, 101, -2]]),
                     people.province_officer)
    assert [(e.row, e.column) for e in result.errors] == [(3, "A"), (4, "D"), (4, "E")]
    _assert_unchanged(earlier)


def test_merged_cells_are_refused(people, earlier):
    wb = indicator_workbook([GOOD_ROW, ["06101", "Xã Tân Lập", 2024, 3, 40]])
    wb.active.merge_cells("D3:E3")
    error = _only(_import(wb, people.province_officer))
    assert (error.row, error.column) == (3, "D") and "D3:E3 bị gộp" in error.message
    _assert_unchanged(earlier)


def test_a_criterion_cell_other_than_dat_or_chua_dat_is_refused(people, earlier):
    wb = sheet_workbook("Tiêu chí", ["Mã đơn vị", "Năm", "TC 1. Quy hoạch"],
                        ["unit_code", "year", "criterion:qd-318-2022-xa:1"], [["06100", 2024, "Gần đạt"]])
    error = _only(_import(wb, people.province_officer))
    assert (error.sheet, error.row, error.column) == ("Tiêu chí", 3, "C")
    assert "chỉ nhận “Đạt” hoặc “Chưa đạt”" in error.message
    _assert_unchanged(earlier)


@pytest.mark.parametrize(("headers", "keys", "column", "words"), [
    (["Mã đơn vị", "Tên đơn vị", "Năm", "Tỷ lệ hộ nghèo (đa chiều) (%)"],
     ["unit_code", "unit_name", "year", "indicator:ty_le_sai"], "D", "không có chỉ tiêu mã “ty_le_sai”"),
    (["Mã đơn vị", "Tên đơn vị", "Năm", "Thu nhập"],
     ["unit_code", "unit_name", "year", "indicator:poverty_rate"], "D", "phải có tiêu đề “Tỷ lệ hộ nghèo"),
    (["Mã đơn vị", "Tên đơn vị", "Năm", "Tỷ lệ hộ nghèo (đa chiều) (%)"],
     ["unit_code", "unit_name", "year", None], "D", "thiếu mã cột"),
])
def test_wrong_headers_are_reported_by_column(people, earlier, headers, keys, column, words):
    error = _only(_import(sheet_workbook("Chỉ tiêu", headers, keys, [["06100", "", 2024, 3]]),
                          people.province_officer))
    assert (error.sheet, error.column) == ("Chỉ tiêu", column)
    assert words in error.message
    _assert_unchanged(earlier)


def test_a_sheet_without_the_unit_code_column_is_refused(people, earlier):
    wb = sheet_workbook("Chỉ tiêu", ["Năm", "Tỷ lệ hộ nghèo (đa chiều) (%)"], ["year", "indicator:poverty_rate"],
                        [[2024, 3]])
    error = _only(_import(wb, people.province_officer))
    assert error.row == 1 and "thiếu cột “Mã đơn vị”" in error.message


def test_a_sheet_that_is_not_a_form_is_reported_not_skipped(people, earlier):
    wb = indicator_workbook([GOOD_ROW])
    wb.create_sheet("Ghi chú").append(["số liệu bổ sung", 5])
    error = _only(_import(wb, people.province_officer))
    assert error.sheet == "Ghi chú" and "không thuộc biểu mẫu" in error.message
    _assert_unchanged(earlier)


def test_a_unit_of_the_wrong_level_for_the_criteria_set_is_refused(people, earlier):
    wb = sheet_workbook("Tiêu chí", ["Mã đơn vị", "Năm", "TC 1. Quy hoạch"],
                        ["unit_code", "year", "criterion:qd-318-2022-xa:1"], [["181", 2024, "Đạt"]])
    error = _only(_import(wb, people.province_officer))
    assert error.row == 3 and "cấp" in error.message


def test_an_outsider_may_not_import_and_nothing_is_written(people, earlier):
    pytest.importorskip("nongthon.accounts.authz")
    error = _only(_import(indicator_workbook([GOOD_ROW]), people.outsider))
    assert (error.row, error.column) == (3, "A") and "Không được ghi số liệu" in error.message
    _assert_unchanged(earlier)


def test_a_code_typed_as_a_number_hints_at_the_lost_leading_zero(people, earlier):
    error = _only(_import(indicator_workbook([[6100, "", 2024, 3, 40]]), people.province_officer))
    assert "mất số 0 ở đầu" in error.message


def test_a_value_outside_the_form_columns_is_reported_not_dropped(people, earlier):
    error = _only(_import(indicator_workbook([GOOD_ROW + [None, "ghi chú"]]), people.province_officer))
    assert (error.row, error.column) == (3, "G") and "nằm ngoài các cột" in error.message
    _assert_unchanged(earlier)


def test_a_totals_row_without_a_unit_code_is_reported(people, earlier):
    error = _only(_import(indicator_workbook([GOOD_ROW, [None, "Tổng cộng", 2024, 3, 40]]), people.province_officer))
    assert (error.row, error.column) == (4, "A") and "Thiếu mã đơn vị" in error.message
    _assert_unchanged(earlier)


def test_a_failure_while_writing_rolls_back_every_row_already_written(people, earlier, monkeypatch):
    from tests.db.workbooks.places import sheet_workbook

    wb = indicator_workbook([GOOD_ROW])
    criteria = sheet_workbook("Tiêu chí", ["Mã đơn vị", "Năm", "TC 1. Quy hoạch"],
                              ["unit_code", "year", "criterion:qd-318-2022-xa:1"], [["06100", 2024, "Đạt"]]).active
    ws = wb.create_sheet("Tiêu chí")
    for row in criteria.iter_rows(values_only=True):
        ws.append(row)

    def broken(*args, **kwargs):
        raise RuntimeError("mất kết nối cơ sở dữ liệu")

    monkeypatch.setattr(CriterionStatus.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        _import(wb, people.province_officer)
    _assert_unchanged(earlier)  # the observations written before the failure are gone too
