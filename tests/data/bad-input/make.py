"""Write the malformed workbooks of tests/data/bad-input/workbooks/ and their expected errors.

    .venv/bin/python tests/data/bad-input/make.py

Each case starts from a correct upload of Lạng Sơn's 2024 data (the template's header row, its
key row, rows from row 3) and breaks one thing: the file, a sheet, a header or one cell. The
expected first error names the place (sheet, row, column letter; None where the whole file is
wrong) and words its message must hold. `tests/db/workbooks/test_the_bad_input_corpus_is_refused.py`
imports every file and checks the error and that the database is unchanged. openpyxl stamps the
time into each file, so the bytes differ from run to run; the cases do not.
"""

from __future__ import annotations

import datetime
import gzip
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.formula import ArrayFormula

OUT = Path(__file__).resolve().parent / "workbooks"
IND, CRIT = "Chỉ tiêu", "Tiêu chí"
IND_HEADERS = ["Mã đơn vị", "Tên đơn vị", "Năm", "Tỷ lệ hộ nghèo (đa chiều) (%)",
               "Thu nhập bình quân đầu người (triệu đồng/người/năm)"]
IND_KEYS = ["unit_code", "unit_name", "year", "indicator:poverty_rate", "indicator:income_per_capita"]
IND_ROWS = [["06100", "Xã Nhất Tiến", 2024, 3.5, 52], ["06101", "Xã Tân Lập", 2024, 4.25, 48.5],
            ["06200", "Xã Bính Xá", 2024, 12, 31], ["06100", "Xã Nhất Tiến", 2023, 4.1, 49],
            ["06101", "Xã Tân Lập", 2023, 5, 45]]
CRIT_HEADERS = ["Mã đơn vị", "Tên đơn vị", "Năm", "TC 1. Quy hoạch", "TC 2. Giao thông"]
CRIT_KEYS = ["unit_code", "unit_name", "year", "criterion:qd-318-2022-xa:1", "criterion:qd-318-2022-xa:2"]
CRIT_ROWS = [["06100", "Xã Nhất Tiến", 2024, "Đạt", "Chưa đạt"], ["06101", "Xã Tân Lập", 2024, "Đạt", "Đạt"],
             ["06200", "Xã Bính Xá", 2024, "Chưa đạt", "Đạt"]]
COLUMNS = "ABCDE"

CASES: list[dict] = []


def case(name: str, where: tuple, words: str, what: str):
    """Register a builder `() -> bytes` for `name` with its expected first error."""

    def register(build: Callable[[], bytes]):
        CASES.append({"file": name, "sheet": where[0], "row": where[1], "column": where[2], "words": words,
                      "what": what, "build": build})
        return build

    return register


def workbook(ind=True, crit=False, edit: Callable | None = None) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    if ind:
        ws = wb.create_sheet(IND)
        for row in [IND_HEADERS, IND_KEYS, *IND_ROWS]:
            ws.append(list(row))
    if crit:
        ws = wb.create_sheet(CRIT)
        for row in [CRIT_HEADERS, CRIT_KEYS, *CRIT_ROWS]:
            ws.append(list(row))
    if edit is not None:
        edit(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def set_cell(sheet: str, coord: str, value):
    def edit(wb):
        wb[sheet][coord] = value
    return edit


def cell_case(name, sheet, coord, value, words, what):
    row, column = int(coord[1:]), coord[0]
    case(name, (sheet, row, column), words, what)(
        lambda: workbook(crit=sheet == CRIT, ind=sheet == IND, edit=set_cell(sheet, coord, value)))


# --- the file as a whole -----------------------------------------------------------------------

XLSX = workbook()
FILES = {
    "empty.xlsx": (b"", "Tệp rỗng", "0 byte"),
    "csv-text.xlsx": ("Mã đơn vị,Năm\n06100,2024\n".encode(), "không phải là bảng tính Excel .xlsx", "a CSV renamed"),
    "csv-utf16.xlsx": ("Mã đơn vị;Năm\n06100;2024\n".encode("utf-16"), "không phải là bảng tính Excel .xlsx",
                       "UTF-16 text renamed"),
    "csv-cp1258.xlsx": ("Mã đơn vị,Năm\n".encode("cp1258", errors="replace"), "không phải là bảng tính Excel .xlsx",
                        "Windows-1258 text renamed"),
    "excel-97.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, "Excel 97–2003", "an old .xls renamed"),
    "pdf.xlsx": (b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "không phải là bảng tính Excel .xlsx", "a PDF renamed"),
    "html.xlsx": (b"<html><body><table><tr><td>06100</td></tr></table></body></html>",
                  "không phải là bảng tính Excel .xlsx", "an HTML table saved as .xlsx"),
    "noise.xlsx": (bytes((i * 97 + 13) % 256 for i in range(4096)), "không phải là bảng tính Excel .xlsx",
                   "binary noise"),
    "gzip.xlsx": (gzip.compress(XLSX, mtime=0), "không phải là bảng tính Excel .xlsx", "a gzip of a workbook"),
    "truncated-half.xlsx": (XLSX[: len(XLSX) // 2], "không phải là bảng tính Excel .xlsx", "cut in half"),
    "truncated-head.xlsx": (XLSX[:64], "không phải là bảng tính Excel .xlsx", "only the first 64 bytes"),
    "csv-bom.xlsx": ("\ufeffMã đơn vị,Năm\n06100,2024\n".encode(), "không phải là bảng tính Excel .xlsx",
                     "a UTF-8 CSV with a byte-order mark renamed"),
    "json.xlsx": (b'{"unit_code": "06100", "year": 2024}', "không phải là bảng tính Excel .xlsx", "JSON renamed"),
    "nul-padded.xlsx": (b"\0" * 2048, "không phải là bảng tính Excel .xlsx", "zeros"),
}
for _name, (_data, _words, _what) in FILES.items():
    case(_name, (None, None, None), _words, _what)(lambda data=_data: data)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in entries.items():
            archive.writestr(path, content)
    return buffer.getvalue()


case("zip-without-workbook.xlsx", (None, None, None), "Không đọc được tệp", "a zip with no workbook inside")(
    lambda: _zip({"readme.txt": b"khong co gi"}))
case("docx-renamed.xlsx", (None, None, None), "Không đọc được tệp", "a Word document renamed")(
    lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))


def _broken_xml() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(XLSX))
    entries = {n: source.read(n) for n in source.namelist()}
    entries["xl/worksheets/sheet1.xml"] = entries["xl/worksheets/sheet1.xml"][:200]
    return _zip(entries)


case("sheet-xml-cut.xlsx", (None, None, None), "Không đọc được tệp", "the sheet's XML cut short")(_broken_xml)

# --- sheets and headers ------------------------------------------------------------------------

case("no-form-sheet.xlsx", ("Sheet1", None, None), "Trang tính không thuộc biểu mẫu", "only a sheet named Sheet1")(
    lambda: workbook(ind=False, edit=lambda wb: wb.create_sheet("Sheet1").append(["06100", 2024, 3.5])))
case("extra-sheet.xlsx", ("Ghi chú", None, None), "Trang tính không thuộc biểu mẫu", "a notes sheet with data")(
    lambda: workbook(edit=lambda wb: wb.create_sheet("Ghi chú").append(["do not import"])))
case("headers-only.xlsx", (None, None, None), "không có dòng số liệu nào", "the two header rows, no data")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_rows(3, 10)))
case("empty-sheet.xlsx", (IND, 1, None), "Trang tính trống", "the form sheet is empty")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_rows(1, 10)))
case("no-key-row.xlsx", (IND, 2, "A"), "Tiêu đề sai", "the hidden key row deleted (row 3 becomes the keys)")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_rows(2, 1)))
for _col, _label in zip("DE", IND_HEADERS[3:], strict=True):
    _i = COLUMNS.index(_col) + 1
    case(f"wrong-header-{_col}.xlsx", (IND, 1, _col), "Tiêu đề sai", f"column {_col} retitled")(
        lambda i=_i: workbook(edit=lambda wb: wb[IND].cell(row=1, column=i, value="Cột khác")))
    case(f"unknown-key-{_col}.xlsx", (IND, 2, _col), "không có chỉ tiêu mã", f"column {_col} keyed to no indicator")(
        lambda i=_i: workbook(edit=lambda wb: wb[IND].cell(row=2, column=i, value="indicator:khong_co")))
    case(f"criterion-key-on-indicators-{_col}.xlsx", (IND, 2, _col), "không thuộc trang",
         f"a criterion column on the indicators sheet, column {_col}")(
        lambda i=_i: workbook(edit=lambda wb: wb[IND].cell(row=2, column=i, value="criterion:qd-318-2022-xa:1")))
case("duplicate-column.xlsx", (IND, 1, "E"), "lặp lại", "the poverty column twice")(
    lambda: workbook(edit=lambda wb: (wb[IND].cell(row=1, column=5, value=IND_HEADERS[3]),
                                      wb[IND].cell(row=2, column=5, value=IND_KEYS[3]))))
case("no-code-column.xlsx", (IND, 1, None), "thiếu cột “Mã đơn vị”", "the unit code column removed")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_cols(1, 1)))
case("no-year-column.xlsx", (IND, 1, None), "thiếu cột “Năm”", "the year column removed")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_cols(3, 1)))
case("no-value-columns.xlsx", (IND, 1, None), "không có cột số liệu nào", "only code, name and year")(
    lambda: workbook(edit=lambda wb: wb[IND].delete_cols(4, 2)))
case("unknown-set.xlsx", (CRIT, 2, "D"), "không có bộ tiêu chí", "a criteria column of a set that does not exist")(
    lambda: workbook(ind=False, crit=True, edit=set_cell(CRIT, "D2", "criterion:khong-co-bo:1")))
case("unknown-criterion.xlsx", (CRIT, 2, "E"), "không có tiêu chí", "criterion 99 of the 19-criterion set")(
    lambda: workbook(ind=False, crit=True, edit=set_cell(CRIT, "E2", "criterion:qd-318-2022-xa:99")))
case("bad-criterion-key.xlsx", (CRIT, 2, "D"), "không đúng dạng", "a criteria key without its set")(
    lambda: workbook(ind=False, crit=True, edit=set_cell(CRIT, "D2", "criterion:1")))

# --- merged cells and formulas -----------------------------------------------------------------

for _range, _where in (("A3:A4", (IND, 3, "A")), ("D5:E5", (IND, 5, "D")), ("B6:C7", (IND, 6, "B")),
                       ("D3:D7", (IND, 3, "D"))):
    case(f"merged-{_range.replace(':', '-')}.xlsx", _where, "bị gộp", f"cells {_range} merged")(
        lambda r=_range: workbook(edit=lambda wb: wb[IND].merge_cells(r)))
for _coord, _formula in (("D3", "=1+2.5"), ("E4", "=SUM(E3:E3)"), ("D7", "=D6*0.9"), ("E5", "=VLOOKUP(A5,A:E,5,0)"),
                         ("C6", "=2020+3")):
    cell_case(f"formula-{_coord}.xlsx", IND, _coord, _formula, "công thức", f"a formula {_formula} in {_coord}")
case("array-formula-E6.xlsx", (IND, 6, "E"), "công thức", "an array formula in E6")(
    lambda: workbook(edit=set_cell(IND, "E6", ArrayFormula("E6", "=SUM(E3:E5*1)"))))
cell_case("formula-criteria-E4.xlsx", CRIT, "E4", '=IF(1,"Đạt","Chưa đạt")', "công thức", "a formula giving Đạt")

# --- cell values -------------------------------------------------------------------------------

BAD_NUMBERS = [
    ("text", "ba phẩy năm", "không phải là số"),
    ("letters-and-digits", "3.5a", "không phải là số"),
    ("two-commas", "3,5,6", "không phải là số"),
    ("date-text-dmy", "12/05/2024", "Ngày tháng nhập dạng chữ"),
    ("date-text-iso", "2024-05-12", "Ngày tháng nhập dạng chữ"),
    ("date-text-dots", "1.1.2024", "Ngày tháng nhập dạng chữ"),
    ("date-cell", datetime.datetime(2024, 5, 12), "ngày tháng, không phải là số"),
    ("boolean", True, "không phải là số"),
    ("huge", 10 ** 25, "quá lớn"),
]
for _col in "DE":
    for _label, _value, _words in BAD_NUMBERS:
        _row = 3 + (len(CASES) % 5)
        cell_case(f"{_label}-{_col}{_row}.xlsx", IND, f"{_col}{_row}", _value, _words,
                  f"{_value!r} in {_col}{_row}")
for _value, _row in ((-3.5, 3), (-0.01, 5), ("-7", 7), (-100, 4), ("-5%", 6)):
    cell_case(f"negative-percent-D{_row}.xlsx", IND, f"D{_row}", _value, "Tỷ lệ phần trăm âm",
              f"a negative percentage {_value!r}")
for _value, _row in ((150, 4), ("100,5", 6), (1000, 3)):
    cell_case(f"percent-over-100-D{_row}.xlsx", IND, f"D{_row}", _value, "lớn hơn 100",
              f"a percentage {_value!r} above 100")
for _value, _row in ((-52, 3), ("-1,5", 6)):
    cell_case(f"negative-income-E{_row}.xlsx", IND, f"E{_row}", _value, "Số âm", f"a negative income {_value!r}")
for _value, _words, _row in (("hai nghìn", "không phải là số", 3), (1850, "không hợp lệ", 4),
                             (2200, "không hợp lệ", 5), ("24", "không hợp lệ", 6), (2024.5, "không hợp lệ", 7),
                             (None, "Thiếu năm", 5), (datetime.datetime(2024, 1, 1), "ngày tháng", 4)):
    cell_case(f"year-{str(_value).replace(' ', '-').replace(':', '')[:16]}-C{_row}.xlsx", IND, f"C{_row}", _value,
              _words, f"year {_value!r}")
for _value, _row in (("Có", 3), ("x", 4), (1, 5), ("dat", 3), ("Không", 5), (0.5, 4)):
    cell_case(f"criterion-{str(_value).replace('.', '_')}-D{_row}.xlsx", CRIT, f"D{_row}", _value,
              "không hợp lệ; chỉ nhận", f"criterion status {_value!r}")
cell_case("data-outside-columns-G4.xlsx", IND, "G4", "ghi chú", "nằm ngoài các cột", "a note right of the form")
cell_case("data-outside-columns-H7.xlsx", IND, "H7", 12, "nằm ngoài các cột", "a stray number right of the form")

# --- units and rows ----------------------------------------------------------------------------

for _code, _row, _words, _what in (
        ("99999", 3, "Không có đơn vị hành chính mã 99999", "a code in no registry"),
        ("06999", 5, "Không có đơn vị hành chính mã 06999", "a Lạng Sơn-looking code that does not exist"),
        ("06150", 4, "không có đơn vị nào còn hiệu lực trong năm 2024", "xã Vũ Lễ, which ended in 2019, for 2024"),
        ("01900", 6, "Không được ghi số liệu", "xã Cẩm Giàng of Bắc Kạn, outside the officer's province"),
        ("0610O", 7, "0610O", "a letter O for a zero")):
    cell_case(f"unit-{_code}-A{_row}.xlsx", IND, f"A{_row}", _code, _words, _what)
cell_case("unit-as-number-A3.xlsx", IND, "A3", 6100, "mất số 0 ở đầu", "the code typed as a number, its 0 lost")
cell_case("unit-missing-A5.xlsx", IND, "A5", None, "Thiếu mã đơn vị", "a row without its code")
cell_case("unit-date-A4.xlsx", IND, "A4", datetime.datetime(2024, 6, 1), "không được là ngày tháng",
          "a date in the code column")
cell_case("unit-district-on-criteria-A3.xlsx", CRIT, "A3", "181", "là cấp", "a district on the commune criteria")
for _copy, _of in ((6, 3), (7, 4), (6, 5)):
    case(f"duplicate-row-{_copy}-of-{_of}.xlsx", (IND, _copy + 2, "A"), "Trùng dòng",
         f"row {_copy + 2} repeats the unit and year of row {_of}")(
        lambda c=_copy, o=_of: workbook(edit=lambda wb: [wb[IND].cell(row=c + 2, column=i + 1, value=v)
                                                         for i, v in enumerate(IND_ROWS[o - 3])]))
case("duplicate-row-criteria.xlsx", (CRIT, 6, "A"), "Trùng dòng", "a criteria row repeated")(
    lambda: workbook(ind=False, crit=True, edit=lambda wb: wb[CRIT].append(CRIT_ROWS[0])))


def write() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.xlsx"):
        old.unlink()
    manifest = []
    for item in CASES:
        (OUT / item["file"]).write_bytes(item["build"]())
        manifest.append({k: v for k, v in item.items() if k != "build"})
    (OUT / "expected.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} malformed workbooks in {OUT}")


if __name__ == "__main__":
    names = [c["file"] for c in CASES]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    write()
