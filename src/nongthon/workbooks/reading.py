"""Reading an uploaded workbook into typed rows, and every problem found, cell by cell.

Nothing here writes to the database. Each problem is a `WorkbookError` naming file, sheet, row and
column, in Vietnamese; the reader goes on after a problem so that one upload reports them all.
A sheet whose headers cannot be read reports the headers and none of its rows.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from nongthon.workbooks import layout as L

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
DATE_TEXT_RE = re.compile(r"^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(\s.*)?$")
NUMBER_TEXT_RE = re.compile(r"^(-?\d+)(?:,(\d+))?$")
YEAR_RANGE = (1990, 2100)
LARGEST = Decimal(10) ** 20
FOUR_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class WorkbookError:
    """One problem of an uploaded workbook; `sheet`, `row`, `column` are None when not about a cell."""

    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # the column letter
    header: str = ""  # the column's Vietnamese header, when known

    @property
    def where(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(_("trang “%(sheet)s”") % {"sheet": self.sheet})
        if self.row is not None:
            parts.append(_("dòng %(row)s") % {"row": self.row})
        if self.column is not None:
            parts.append(_("cột %(column)s") % {"column": self.column} + (f" ({self.header})" if self.header else ""))
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column,
                "header": self.header, "message": self.message}


@dataclass
class ParsedRow:
    """A data row: its unit code and year, and the values by column key (only non-empty cells)."""

    sheet: str
    row: int
    code: str
    code_was_number: bool
    year: int
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class ParsedWorkbook:
    file: str
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[WorkbookError] = field(default_factory=list)
    columns: dict[str, dict[str, L.Column]] = field(default_factory=dict)  # sheet → key → column
    sheets_read: list[str] = field(default_factory=list)


class ColumnCatalogue:
    """The columns an upload may use: indicator keys of the catalogue, criteria of the shipped sets."""

    def __init__(self, indicators: dict[str, L.Column], set_loader=L.load_criteria_set):
        self.indicators = indicators
        self._set_loader = set_loader
        self._sets: dict[str, object] = {}

    def criterion(self, key: str) -> tuple[L.Column | None, str | None]:
        parts = key.split(":")
        if len(parts) != 3:
            return None, _("mã cột “%(key)s” không đúng dạng criterion:<bộ tiêu chí>:<tiêu chí>") % {"key": key}
        _prefix, set_id, criterion_id = parts
        if set_id not in self._sets:
            self._sets[set_id] = self._set_loader(set_id)
        criteria_set = self._sets[set_id]
        if criteria_set is None:
            return None, _("không có bộ tiêu chí “%(set)s”") % {"set": set_id}
        try:
            criterion = criteria_set.criterion(criterion_id)
        except KeyError:
            return None, _("bộ tiêu chí %(set)s không có tiêu chí “%(criterion)s”") % {"set": set_id, "criterion": criterion_id}
        return L.criterion_column(criteria_set, criterion), None

    def column(self, sheet: str, key: str) -> tuple[L.Column | None, str | None]:
        for base in L.BASE_COLUMNS:
            if key == base.key:
                return base, None
        if sheet == L.SHEET_INDICATORS:
            if key in self.indicators:
                return self.indicators[key], None
            if key.startswith("indicator:"):
                return None, _("không có chỉ tiêu mã “%(key)s” trong danh mục") % {"key": key.split(":", 1)[1]}
            return None, _("mã cột “%(key)s” không thuộc trang %(sheet)s") % {"key": key, "sheet": L.SHEET_INDICATORS}
        if key.startswith("criterion:"):
            return self.criterion(key)
        return None, _("mã cột “%(key)s” không thuộc trang %(sheet)s") % {"key": key, "sheet": L.SHEET_CRITERIA}


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


def _is_formula(cell) -> bool:
    if cell.data_type == "f":
        return True
    value = cell.value
    return isinstance(value, str) and value.startswith("=") or type(value).__name__ in {"ArrayFormula",
                                                                                         "DataTableFormula"}


def read_bytes(data: bytes, file_name: str, catalogue: ColumnCatalogue) -> ParsedWorkbook:
    """Every data row of the forms in `data`, and every problem found (see `WorkbookError`)."""
    result = ParsedWorkbook(file_name)
    if not data:
        result.errors.append(WorkbookError(file_name, _("Tệp rỗng (0 byte): không có gì để nhập.")))
        return result
    if data[:4] == OLE_MAGIC:
        result.errors.append(WorkbookError(
            file_name, _("Tệp là bảng tính Excel 97–2003 (.xls); hãy mở và lưu lại dưới dạng .xlsx rồi tải lên.")))
        return result
    if not zipfile.is_zipfile(io.BytesIO(data)):
        result.errors.append(WorkbookError(file_name, _("Tệp không phải là bảng tính Excel .xlsx.")))
        return result
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=False)
    except Exception as err:  # openpyxl raises many kinds for a zip that is not a workbook
        result.errors.append(WorkbookError(
            file_name, _("Không đọc được tệp như một bảng tính Excel .xlsx (%(error)s).") % {"error": type(err).__name__}))
        return result
    for ws in wb.worksheets:
        if ws.title == L.SHEET_HELP:
            continue
        if ws.title not in (L.SHEET_INDICATORS, L.SHEET_CRITERIA):
            if _has_content(ws):
                result.errors.append(WorkbookError(
                    file_name, _("Trang tính không thuộc biểu mẫu (chỉ nhận “%(first)s” và “%(second)s”); xóa trang này "
                      "hoặc đổi tên cho đúng.") % {"first": L.SHEET_INDICATORS, "second": L.SHEET_CRITERIA},
                    sheet=ws.title))
            continue
        _read_sheet(ws, file_name, catalogue, result)
    if not result.errors and not result.sheets_read:
        result.errors.append(WorkbookError(
            file_name, _("Tệp không có trang “%(first)s” hay “%(second)s” của biểu mẫu.") % {
                "first": L.SHEET_INDICATORS, "second": L.SHEET_CRITERIA}))
    elif not result.errors and not result.rows:
        result.errors.append(WorkbookError(file_name, _("Tệp không có dòng số liệu nào (từ dòng 3 trở đi).")))
    return result


def _has_content(ws) -> bool:
    return any(cell.value not in (None, "") for row in ws.iter_rows() for cell in row)


def _read_sheet(ws, file_name: str, catalogue: ColumnCatalogue, result: ParsedWorkbook) -> None:
    sheet = ws.title
    result.sheets_read.append(sheet)

    def error(message, row=None, column=None, header=""):
        result.errors.append(WorkbookError(file_name, message, sheet, row, column, header))

    for merged in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
        error(_("Các ô %(cells)s bị gộp; biểu mẫu không dùng ô gộp, hãy bỏ gộp ô.") % {"cells": merged.coord},
              row=merged.min_row, column=L.column_letter(merged.min_col))
    columns = _read_headers(ws, catalogue, error)
    if columns is None:
        return
    result.columns[sheet] = {c.key: c for c in columns.values()}
    seen: dict[tuple[str, int], int] = {}
    for row_cells in ws.iter_rows(min_row=L.FIRST_DATA_ROW):
        parsed = _read_row(sheet, row_cells, columns, error)
        if parsed is None:
            continue
        first = seen.get((parsed.code, parsed.year))
        if first is not None:
            error(_("Trùng dòng: đơn vị %(code)s năm %(year)s đã có ở dòng %(first)s.") % {
                "code": parsed.code, "year": parsed.year, "first": first},
                  row=parsed.row, column="A", header="Mã đơn vị")
            continue
        seen[(parsed.code, parsed.year)] = parsed.row
        result.rows.append(parsed)


def _read_headers(ws, catalogue: ColumnCatalogue, error) -> dict[int, L.Column] | None:
    """Column index → column, from the key row checked against the header row; None when unusable."""
    sheet = ws.title
    width = ws.max_column
    if ws.max_row < L.KEY_ROW or width < 1:
        error(_("Trang tính trống: thiếu dòng tiêu đề (dòng 1) và dòng mã cột (dòng 2)."), row=L.HEADER_ROW)
        return None
    columns: dict[int, L.Column] = {}
    ok = True
    keys_seen: dict[str, str] = {}
    any_key = False
    for index in range(1, width + 1):
        letter = L.column_letter(index)
        header_cell = ws.cell(row=L.HEADER_ROW, column=index)
        key_cell = ws.cell(row=L.KEY_ROW, column=index)
        header = "" if header_cell.value is None else str(header_cell.value).strip()
        key = "" if key_cell.value is None else str(key_cell.value).strip()
        if not key and not header:
            continue
        if not key:
            error(_("Cột “%(header)s” thiếu mã cột ở dòng %(row)s (dòng ẩn của biểu mẫu); "
                    "hãy dùng biểu mẫu tải về từ hệ thống.") % {"header": header, "row": L.KEY_ROW},
                  row=L.KEY_ROW, column=letter, header=header)
            ok = False
            continue
        any_key = True
        column, why = catalogue.column(sheet, key)
        if column is None:
            error(_("Tiêu đề sai: %(why)s.") % {"why": why}, row=L.KEY_ROW, column=letter, header=header)
            ok = False
            continue
        if _fold(header) != _fold(column.label):
            error(_("Tiêu đề sai: cột mã “%(key)s” phải có tiêu đề “%(label)s”, tệp ghi “%(header)s”.") % {
                "key": key, "label": column.label, "header": header},
                  row=L.HEADER_ROW, column=letter, header=header)
            ok = False
            continue
        if key in keys_seen:
            error(_("Cột “%(label)s” lặp lại (đã có ở cột %(other)s).") % {"label": column.label, "other": keys_seen[key]},
                  row=L.HEADER_ROW, column=letter, header=header)
            ok = False
            continue
        keys_seen[key] = letter
        columns[index] = column
    if not any_key and ok:
        error(_("Thiếu dòng mã cột (dòng %(row)s); hãy dùng biểu mẫu tải về từ hệ thống.") % {"row": L.KEY_ROW}, row=L.KEY_ROW)
        return None
    for required in (L.UNIT_CODE, L.YEAR):
        if ok and required not in keys_seen:
            label = next(c.label for c in L.BASE_COLUMNS if c.key == required)
            error(_("Tiêu đề sai: thiếu cột “%(label)s”.") % {"label": label}, row=L.HEADER_ROW)
            ok = False
    if ok and not any(c.kind in ("number", "percent", "met") for c in columns.values()):
        error(_("Trang tính không có cột số liệu nào."), row=L.HEADER_ROW)
        ok = False
    return columns if ok else None


def _read_row(sheet: str, cells, columns: dict[int, L.Column], error) -> ParsedRow | None:
    row_number = cells[0].row if cells else 0
    present = [c for c in cells if c.value not in (None, "") and not (isinstance(c.value, str) and not c.value.strip())]
    if not present:
        return None
    ok = True
    values: dict[str, object] = {}
    code, code_was_number, year = None, False, None
    for cell in present:
        column = columns.get(cell.column)
        letter = cell.column_letter
        if column is None:
            error(_("Ô có dữ liệu (%(value)r) nằm ngoài các cột của biểu mẫu.") % {"value": cell.value},
                  row=row_number, column=letter)
            ok = False
            continue
        if _is_formula(cell):
            error(_("Ô chứa công thức; hãy dán giá trị (Paste Values) thay cho công thức."),
                  row=row_number, column=letter, header=column.label)
            ok = False
            continue
        value, why = _cell_value(cell, column)
        if why is not None:
            error(why, row=row_number, column=letter, header=column.label)
            ok = False
            continue
        if column.key == L.UNIT_CODE:
            code, code_was_number = value
        elif column.key == L.YEAR:
            year = value
        elif column.kind != "text":
            values[column.key] = value
    code_column = next((i for i, c in columns.items() if c.key == L.UNIT_CODE), 1)
    year_column = next((i for i, c in columns.items() if c.key == L.YEAR), 3)
    if code is None and ok:
        error(_("Thiếu mã đơn vị."), row=row_number, column=L.column_letter(code_column), header="Mã đơn vị")
        ok = False
    if year is None and ok:
        error(_("Thiếu năm."), row=row_number, column=L.column_letter(year_column), header="Năm")
        ok = False
    if not ok:
        return None
    return ParsedRow(sheet, row_number, code, code_was_number, year, values)


def _cell_value(cell, column: L.Column) -> tuple[object, str | None]:
    """The typed value of a cell for its column, or (None, the Vietnamese reason it is refused)."""
    value = cell.value
    if isinstance(value, bool) and column.kind != "met":
        return None, _("Giá trị %(value)s không phải là số.") % {"value": "TRUE" if value else "FALSE"}
    if column.kind == "code":
        if isinstance(value, int | float):
            if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
                return None, _("Mã đơn vị “%(value)s” không hợp lệ.") % {"value": value}
            return (str(int(value)), True), None
        if isinstance(value, dt.date | dt.datetime | dt.time):
            return None, _("Mã đơn vị không được là ngày tháng.")
        return (str(value).strip(), False), None
    if column.kind == "text":
        return str(value), None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return None, _("Ô là ngày tháng, không phải là số; nhập số (không định dạng ngày).")
    if column.kind == "met":
        if isinstance(value, bool):
            return value, None
        folded = _fold(value)
        if folded == _fold(L.MET):
            return True, None
        if folded == _fold(L.NOT_MET):
            return False, None
        return None, _("Giá trị “%(value)s” không hợp lệ; chỉ nhận “%(met)s” hoặc “%(not_met)s”.") % {
            "value": value, "met": L.MET, "not_met": L.NOT_MET}
    number, why = _number(value, column.kind == "percent", cell.number_format or "")
    if why is not None:
        return None, why
    if column.kind == "year":
        if number != number.to_integral_value() or not YEAR_RANGE[0] <= number <= YEAR_RANGE[1]:
            return None, _("Năm “%(value)s” không hợp lệ; nhập năm bốn chữ số từ %(low)s đến %(high)s.") % {
                "value": value, "low": YEAR_RANGE[0], "high": YEAR_RANGE[1]}
        return int(number), None
    if abs(number) >= LARGEST:
        return None, _("Số %(value)s quá lớn (tối đa 20 chữ số phần nguyên).") % {"value": value}
    # Observations keep 4 decimals; more digits are the binary noise of Excel's floating point.
    number = number.quantize(FOUR_PLACES)
    if number < 0:
        if column.kind == "percent":
            return None, _("Tỷ lệ phần trăm âm (%(value)s); tỷ lệ phải từ 0 đến 100.") % {"value": value}
        return None, _("Số âm (%(value)s); chỉ tiêu này không nhận số âm.") % {"value": value}
    if column.kind == "percent" and number > 100:
        return None, _("Tỷ lệ phần trăm %(value)s lớn hơn 100.") % {"value": value}
    return number, None


def _number(value, percent: bool, number_format: str) -> tuple[Decimal | None, str | None]:
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            # A cell Excel shows as #NUM! or one at the edge of a double comes back as inf or nan.
            return None, _("“%(value)s” không phải là số.") % {"value": value}
        number = Decimal(str(value))
        if percent and "%" in number_format:
            number *= 100  # a cell formatted as a percentage holds 0.464 for 46,4%
        return number, None
    text = str(value).strip()
    if DATE_TEXT_RE.match(text):
        return None, _("Ngày tháng nhập dạng chữ (“%(text)s”) ở ô cần một số.") % {"text": text}
    if percent and text.endswith("%"):
        text = text[:-1].strip()
    match = NUMBER_TEXT_RE.match(text.replace(" ", ""))
    if not match:
        return None, _("“%(value)s” không phải là số.") % {"value": value}
    whole, frac = match.groups()
    try:
        return Decimal(f"{whole}.{frac}" if frac else whole), None
    except InvalidOperation:
        return None, _("“%(value)s” không phải là số.") % {"value": value}
