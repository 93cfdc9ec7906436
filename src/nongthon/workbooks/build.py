"""Writing the office workbooks with openpyxl: a blank form for a province, or the accepted data.

`build_workbook(layouts, rows_by_sheet)` writes the sheets of `layout.py` (header row, hidden key
row, data validation lists, frozen panes) and the rows given; `template_for_province` fills the
unit columns with the province's communes valid in the year.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from nongthon.workbooks import layout as L

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _validation(column: L.Column, letter: str, last_row: int) -> DataValidation | None:
    cells = f"{letter}{L.FIRST_DATA_ROW}:{letter}{last_row}"
    if column.kind == "met":
        dv = DataValidation(type="list", formula1=f'"{L.MET},{L.NOT_MET}"', allow_blank=True)
        dv.error = f"Chỉ nhập {L.MET} hoặc {L.NOT_MET}."
    elif column.kind == "percent":
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
        dv.error = "Tỷ lệ phần trăm phải từ 0 đến 100."
    elif column.kind == "number":
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        dv.error = "Nhập một số không âm."
    elif column.kind == "year":
        dv = DataValidation(type="whole", operator="between", formula1="1990", formula2="2100", allow_blank=True)
        dv.error = "Năm là một số nguyên, ví dụ 2024."
    else:
        return None
    dv.errorTitle = "Giá trị không hợp lệ"
    dv.showErrorMessage = True
    dv.add(cells)
    return dv


def write_sheet(ws, sheet: L.SheetLayout, rows: Iterable[dict], extra_rows: int = 200) -> None:
    """Headers on row 1, machine keys on hidden row 2, then one row per dict (values by column key)."""
    for index, column in enumerate(sheet.columns, start=1):
        header = ws.cell(row=L.HEADER_ROW, column=index, value=column.label)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=L.KEY_ROW, column=index, value=column.key)
        ws.column_dimensions[L.column_letter(index)].width = 14 if index != 2 else 28
    ws.row_dimensions[L.KEY_ROW].hidden = True
    ws.row_dimensions[L.HEADER_ROW].height = 60
    ws.freeze_panes = ws.cell(row=L.FIRST_DATA_ROW, column=4)
    row_number = L.FIRST_DATA_ROW - 1
    for row_number, values in enumerate(rows, start=L.FIRST_DATA_ROW):
        for index, column in enumerate(sheet.columns, start=1):
            value = values.get(column.key)
            if value is not None and value != "":
                cell = ws.cell(row=row_number, column=index, value=value)
                if column.kind == "code":
                    cell.number_format = "@"
    last_row = max(row_number, L.FIRST_DATA_ROW) + extra_rows
    for index, column in enumerate(sheet.columns, start=1):
        dv = _validation(column, L.column_letter(index), last_row)
        if dv is not None:
            ws.add_data_validation(dv)


HELP_LINES = [
    "Biểu mẫu nhập số liệu nông thôn mới (nongthon).",
    "",
    "Mỗi trang tính là một biểu, mỗi dòng là một đơn vị trong một năm.",
    "Dòng 1 là tiêu đề; dòng 2 (đã ẩn) là mã cột máy đọc — không sửa, không xóa.",
    "Trang \"Chỉ tiêu\": nhập giá trị số; tỷ lệ phần trăm từ 0 đến 100, không kèm dấu %.",
    "Trang \"Tiêu chí\": chọn Đạt hoặc Chưa đạt cho từng tiêu chí.",
    "Ô để trống nghĩa là chưa có số liệu. Không dùng công thức, không gộp ô, không nhập ngày tháng.",
    "Khi tải lên, tệp được kiểm tra toàn bộ: chỉ cần một lỗi là không dòng nào được ghi; "
    "báo cáo lỗi nêu trang, dòng và cột.",
]


def build_workbook(sheets: list[tuple[L.SheetLayout, list[dict]]], title: str = "", extra_rows: int = 200) -> Workbook:
    wb = Workbook()
    help_ws = wb.active
    help_ws.title = L.SHEET_HELP
    for row, line in enumerate([title, *HELP_LINES] if title else HELP_LINES, start=1):
        help_ws.cell(row=row, column=1, value=line)
    help_ws["A1"].font = Font(bold=True)
    help_ws.column_dimensions["A"].width = 110
    for sheet, rows in sheets:
        write_sheet(wb.create_sheet(sheet.name), sheet, rows, extra_rows=extra_rows)
    wb.active = 1 if len(wb.sheetnames) > 1 else 0
    return wb


def to_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def unit_rows(units, year: int) -> list[dict]:
    return [{L.UNIT_CODE: u.code, L.UNIT_NAME: f"{u.get_kind_display()} {u.name}", L.YEAR: year} for u in units]


class WorkbookRequestError(Exception):
    """The province, year or set asked for a workbook is unknown; the message says why, in Vietnamese."""


def resolve_request(province_code: str, year: int, set_id: str | None = None):
    """(province, communes, criteria set) for a template or an export, or `WorkbookRequestError`."""
    from nongthon.workbooks.places import communes_in_year, province_in_year

    province = province_in_year(province_code, year)
    if province is None:
        raise WorkbookRequestError(f"Không có tỉnh, thành phố mã {province_code} còn hiệu lực trong năm {year}.")
    criteria_set = L.load_criteria_set(set_id) if set_id else L.default_set(year)
    if set_id and criteria_set is None:
        raise WorkbookRequestError(f"Không có bộ tiêu chí {set_id!r}.")
    return province, communes_in_year(province, year), criteria_set


def scope_units(province, year: int, criteria_set) -> list:
    """The units a set's criteria are about: the province's communes, districts or villages of the year."""
    from nongthon.workbooks.places import units_in_year

    return units_in_year(province, year, str(criteria_set.scope))


def template_for_province(province_code: str, year: int, set_id: str | None = None) -> Workbook:
    """A blank form for the province's communes valid in `year`: "Chỉ tiêu" and "Tiêu chí" sheets."""
    province, communes, criteria_set = resolve_request(province_code, year, set_id)
    sheets = [(L.indicators_layout(), unit_rows(communes, year))]
    if criteria_set is not None:
        sheets.append((L.criteria_layout(criteria_set), unit_rows(scope_units(province, year, criteria_set), year)))
    title = f"{province.get_kind_display()} {province.name} — năm {year}"
    if criteria_set is not None:
        title += f" — bộ tiêu chí {criteria_set.id}"
    return build_workbook(sheets, title)
