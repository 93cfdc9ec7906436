"""Download the template of a province, fill it in, upload it: every value becomes an accepted record."""

from __future__ import annotations

import io
from decimal import Decimal

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriterionStatus, Observation
from nongthon.workbooks.build import template_for_province, to_bytes
from nongthon.workbooks.operations import import_workbook
from tests.db.workbooks.places import open_xlsx


def _column(ws, key: str) -> int:
    return next(c.column for c in ws[2] if c.value == key)


def _row(ws, code: str) -> int:
    return next(c.row for c in ws["A"] if c.value == code)


def test_the_template_lists_the_communes_valid_in_the_year_with_headers_and_keys(places):
    wb = open_xlsx(to_bytes(template_for_province("20", 2024)))
    assert wb.sheetnames == ["Hướng dẫn", "Chỉ tiêu", "Tiêu chí"]
    ws = wb["Chỉ tiêu"]
    assert [c.value for c in ws[1]][:3] == ["Mã đơn vị", "Tên đơn vị", "Năm"]
    assert [c.value for c in ws[2]][:3] == ["unit_code", "unit_name", "year"]
    assert "indicator:poverty_rate" in [c.value for c in ws[2]]
    assert ws.row_dimensions[2].hidden
    codes = [ws.cell(row=r, column=1).value for r in range(3, ws.max_row + 1)]
    assert codes == ["06100", "06101", "06200"]  # not Vũ Lễ (ended 2019) nor Bắc Kạn's Cẩm Giàng
    assert ws["B3"].value == "Xã Nhất Tiến" and ws["C3"].value == 2024
    criteria = wb["Tiêu chí"]
    assert criteria["D2"].value == "criterion:qd-318-2022-xa:1"
    assert criteria["D1"].value == "TC 1. Quy hoạch"
    lists = [dv.formula1 for dv in criteria.data_validations.dataValidation]
    assert '"Đạt,Chưa đạt"' in lists


def test_the_template_after_the_reform_lists_the_new_communes(places):
    ws = open_xlsx(to_bytes(template_for_province("20", 2026)))["Chỉ tiêu"]
    assert [ws.cell(row=r, column=2).value for r in range(3, ws.max_row + 1)] == ["Xã Bắc Sơn"]


def test_a_filled_template_is_written_as_accepted_rows_citing_file_sheet_and_row(places, people):
    wb = open_xlsx(to_bytes(template_for_province("20", 2024)))
    ws = wb["Chỉ tiêu"]
    row = _row(ws, "06101")
    ws.cell(row=row, column=_column(ws, "indicator:poverty_rate"), value=3.5)
    ws.cell(row=row, column=_column(ws, "indicator:income_per_capita"), value=52)
    criteria = wb["Tiêu chí"]
    crow = _row(criteria, "06100")
    criteria.cell(row=crow, column=_column(criteria, "criterion:qd-318-2022-xa:1"), value="Đạt")
    criteria.cell(row=crow, column=_column(criteria, "criterion:qd-318-2022-xa:2"), value="Chưa đạt")
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "bieu-lang-son-2024.xlsx"

    result = import_workbook(buffer, people.province_officer)

    assert result.ok, [str(e) for e in result.errors]
    assert (result.observations, result.statuses) == (2, 2)
    poverty = Observation.objects.get(indicator__key="poverty_rate")
    assert poverty.unit == places.tan_lap and poverty.year == 2024 and poverty.value == Decimal("3.5")
    assert poverty.status == ReviewStatus.ACCEPTED and poverty.reviewed_by == people.province_officer
    assert poverty.source_kind == SourceKind.IMPORT
    assert poverty.source_file == "bieu-lang-son-2024.xlsx [Chỉ tiêu]" and poverty.source_row == row
    poverty.full_clean()
    statuses = dict(CriterionStatus.objects.filter(unit=places.nhat_tien, year=2024)
                    .values_list("criterion_id", "met"))
    assert statuses == {"1": True, "2": False}


def test_a_commune_code_in_2026_goes_to_the_unit_valid_that_year(places, people, tmp_path):
    wb = open_xlsx(to_bytes(template_for_province("20", 2026)))
    ws = wb["Chỉ tiêu"]
    ws.cell(row=3, column=_column(ws, "indicator:poverty_rate"), value=1.2)
    path = tmp_path / "bieu-2026.xlsx"
    wb.save(path)
    result = import_workbook(path, people.province_officer)
    assert result.ok, [str(e) for e in result.errors]
    assert Observation.objects.get().unit == places.bac_son_xa


def test_an_empty_template_uploads_without_errors_but_writes_nothing_and_says_so(places, people):
    result = import_workbook(io.BytesIO(to_bytes(template_for_province("20", 2024))), people.province_officer,
                             file_name="trong.xlsx")
    assert result.ok
    assert result.written == 0 and result.rows_without_values == result.rows == 6
    assert "chưa có số liệu" in result.summary()


def test_percentages_typed_with_a_sign_or_formatted_as_percent_and_decimal_commas_are_read(places, people):
    from tests.db.workbooks.places import indicator_workbook

    wb = indicator_workbook([["06100", "", 2024, "46,4 %", "52,5"], ["06101", "", 2024, 0.125, 40.000000000000006]])
    wb.active["D4"].number_format = "0.0%"
    buffer = io.BytesIO()
    wb.save(buffer)
    result = import_workbook(buffer, people.province_officer, file_name="phan-tram.xlsx")
    assert result.ok, [str(e) for e in result.errors]
    values = {(o.unit.code, o.indicator.key): o.value for o in Observation.objects.select_related("unit", "indicator")}
    assert values == {("06100", "poverty_rate"): Decimal("46.4"), ("06100", "income_per_capita"): Decimal("52.5"),
                      ("06101", "poverty_rate"): Decimal("12.5"), ("06101", "income_per_capita"): Decimal("40")}


def test_a_template_for_a_district_set_lists_the_districts_on_its_criteria_sheet(places, people):
    wb = open_xlsx(to_bytes(template_for_province("20", 2024, "qd-320-2022-huyen")))
    criteria = wb["Tiêu chí"]
    assert [criteria.cell(row=r, column=1).value for r in range(3, criteria.max_row + 1)] == ["181", "182"]
    assert criteria["D2"].value == "criterion:qd-320-2022-huyen:1"
    criteria["D3"] = "Đạt"
    buffer = io.BytesIO()
    wb.save(buffer)
    result = import_workbook(buffer, people.province_officer, file_name="huyen.xlsx")
    assert result.ok, [str(e) for e in result.errors]
    assert CriterionStatus.objects.get().unit == places.bac_son
