"""A report as an .xlsx workbook: a summary sheet, then one sheet per table of the report."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from nongthon.reports.content import Report

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _sheet(wb: Workbook, title: str, headers: list[str], rows, widths: list[int]):
    ws = wb.create_sheet(title)
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
    for row in rows:
        ws.append(list(row))
    for index, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    return ws


def render_xlsx(report: Report) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append([report.title])
    ws["A1"].font = Font(bold=True, size=14)
    lines = [
        ("Đơn vị", report.unit_label),
        ("Mã", report.unit.code),
        ("Địa bàn", " › ".join(report.path)),
        ("Năm", report.year),
        ("Mức nông thôn mới", report.tier),
        ("Quyết định", report.tier_decision),
    ]
    for verdict in report.verdicts:
        lines.append((f"Tiêu chí đạt ({verdict.set_id})", verdict.count_label))
    lines.append(("Lập ngày", report.made_on.strftime("%d/%m/%Y")))
    for label, value in lines:
        ws.append([label, value])
    for note in report.notes:
        ws.append(["Ghi chú", note])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90
    for verdict in report.verdicts:
        rows = [(c.id, c.name, c.status, c.reason) for c in verdict.criteria]
        rows += [("", "Điều kiện công nhận", "", line) for line in verdict.eligibility]
        _sheet(wb, f"Tiêu chí {verdict.set_id}"[:31], ["TC", "Tiêu chí", "Kết quả", "Lý do"], rows, [6, 36, 14, 90])
    if report.communes:
        _sheet(wb, "Các xã", ["Mã", "Xã", "Thuộc", "Mức công nhận", "Tiêu chí đạt"],
               [(c.code, c.name, c.parent, c.tier, c.criteria) for c in report.communes], [10, 30, 26, 30, 12])
    _sheet(wb, "Chỉ tiêu", ["Chỉ tiêu", "Giá trị", "Kỳ", "Nguồn"], report.indicators, [44, 16, 12, 50])
    _sheet(wb, "Công nhận", ["Mức", "Năm", "Quyết định", "Tình trạng"], report.recognitions, [34, 8, 44, 16])
    _sheet(wb, "Mục tiêu", ["Mục tiêu", "Năm cần đạt", "Hiện nay", "Tiến độ"], report.targets, [50, 12, 14, 40])
    _sheet(wb, "Nguồn", ["Nguồn"], [(s,) for s in report.sources], [100])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
