"""A report as an .xlsx workbook: a summary sheet, then one sheet per table of the report."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
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
    ws.title = _("Tổng hợp")
    ws.append([report.title])
    ws["A1"].font = Font(bold=True, size=14)
    lines = [
        (pgettext("report", "Đơn vị"), report.unit_label),
        (_("Mã"), report.unit.code),
        (_("Địa bàn"), " › ".join(report.path)),
        (_("Năm"), report.year),
        (_("Mức nông thôn mới"), report.tier),
        (_("Quyết định"), report.tier_decision),
    ]
    for verdict in report.verdicts:
        lines.append((_("Tiêu chí đạt (%(set)s)") % {"set": verdict.set_id}, verdict.count_label))
    lines.append((_("Lập ngày"), report.made_on.strftime("%d/%m/%Y")))
    for label, value in lines:
        ws.append([label, value])
    for note in report.notes:
        ws.append([_("Ghi chú"), note])
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90
    for verdict in report.verdicts:
        rows = [(c.id, c.name, c.status, c.reason) for c in verdict.criteria]
        rows += [("", _("Điều kiện công nhận"), "", line) for line in verdict.eligibility]
        _sheet(wb, (_("Tiêu chí %(set)s") % {"set": verdict.set_id})[:31],
               [_("TC"), _("Tiêu chí"), _("Kết quả"), _("Lý do")], rows, [6, 36, 14, 90])
    if report.communes:
        _sheet(wb, _("Các xã"), [_("Mã"), _("Xã"), _("Thuộc"), _("Mức công nhận"), _("Tiêu chí đạt")],
               [(c.code, c.name, c.parent, c.tier, c.criteria) for c in report.communes], [10, 30, 26, 30, 12])
    _sheet(wb, _("Chỉ tiêu"), [_("Chỉ tiêu"), _("Giá trị"), _("Kỳ"), _("Nguồn")], report.indicators, [44, 16, 12, 50])
    _sheet(wb, _("Công nhận"), [_("Mức"), _("Năm"), _("Quyết định"), _("Tình trạng")], report.recognitions,
           [34, 8, 44, 16])
    _sheet(wb, _("Mục tiêu"), [_("Mục tiêu"), _("Năm cần đạt"), _("Hiện nay"), _("Tiến độ")], report.targets,
           [50, 12, 14, 40])
    _sheet(wb, _("Nguồn"), [_("Nguồn")], [(s,) for s in report.sources], [100])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
