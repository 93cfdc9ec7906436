"""Export of a province's accepted data for a year, to .xlsx (re-uploadable) and CSV."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriterionStatus, Indicator, Observation
from nongthon.workbooks.operations import export_csv, export_workbook, import_workbook
from tests.db.workbooks.places import open_xlsx


@pytest.fixture
def data(places, people):
    poverty = Indicator.objects.get(key="poverty_rate")
    accepted = {"status": ReviewStatus.ACCEPTED, "source_kind": SourceKind.IMPORT, "source_file": "bc.xlsx [Chỉ tiêu]"}
    Observation.objects.create(unit=places.nhat_tien, indicator=poverty, year=2024, value="3.25", source_row=3,
                               **accepted)
    Observation.objects.create(unit=places.tan_lap, indicator=poverty, year=2024, value=9, source_row=4,
                               status=ReviewStatus.PROPOSED, source_kind=SourceKind.IMPORT, source_file="x")
    Observation.objects.create(unit=places.cam_giang, indicator=poverty, year=2024, value=7, source_row=5,
                               **accepted)
    CriterionStatus.objects.create(unit=places.binh_xa, criteria_set_id="qd-318-2022-xa", criterion_id="19",
                                   year=2024, met=True, source_row=6, **accepted)
    return places


def test_the_xlsx_export_has_accepted_values_only_for_the_province(data):
    wb = open_xlsx(export_workbook("20", 2024))
    ws = wb["Chỉ tiêu"]
    keys = [c.value for c in ws[2]]
    poverty = keys.index("indicator:poverty_rate") + 1
    values = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=poverty).value for r in range(3, ws.max_row + 1)}
    assert values == {"20": None, "06100": 3.25, "06101": None, "06200": None}  # proposed 9 not shown
    criteria = wb["Tiêu chí"]
    column = [c.value for c in criteria[2]].index("criterion:qd-318-2022-xa:19") + 1
    met = {criteria.cell(row=r, column=1).value: criteria.cell(row=r, column=column).value
           for r in range(3, criteria.max_row + 1)}
    assert met == {"06100": None, "06101": None, "06200": "Đạt"}


def test_the_xlsx_export_can_be_uploaded_again_and_updates_the_imported_rows_in_place(data, people):
    result = import_workbook(io.BytesIO(export_workbook("20", 2024)), people.province_officer, file_name="xuat.xlsx")
    assert result.ok, [str(e) for e in result.errors]
    assert (result.observations, result.statuses, result.updated) == (0, 0, 2)
    rows = Observation.objects.filter(unit=data.nhat_tien, year=2024, status=ReviewStatus.ACCEPTED)
    assert [(r.value, r.source_file) for r in rows] == [(Decimal("3.25"), "xuat.xlsx [Chỉ tiêu]")]


def test_the_csv_export_has_one_line_per_value_with_its_source(data):
    text = export_csv("20", 2024)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Trang", "Mã đơn vị", "Tên đơn vị", "Năm", "Mã cột", "Tên cột", "Giá trị", "Nguồn"]
    assert rows[1:] == [
        ["Chỉ tiêu", "06100", "Xã Nhất Tiến", "2024", "indicator:poverty_rate", "Tỷ lệ hộ nghèo (đa chiều) (%)",
         "3,25", "bc.xlsx [Chỉ tiêu]:3"],
        ["Tiêu chí", "06200", "Xã Bính Xá", "2024", "criterion:qd-318-2022-xa:19", "TC 19. Quốc phòng và An ninh",
         "Đạt", "bc.xlsx [Chỉ tiêu]:6"],
    ]
