"""A report as PDF with reportlab, in DejaVu Sans (shipped in `fonts/`) so Vietnamese letters print.

The fonts are embedded in the file, so it reads the same on any machine, offline.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _

from nongthon.reports.content import Report

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor="#555555"),
    }


def _p(text, style):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(str(text)), style)


def _table(headers: list[str], rows: list, widths: list[float], styles):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data = [[_p(h, styles["head"]) for h in headers]]
    data += [[_p(cell, styles["cell"]) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def render_pdf(report: Report) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{report.title} — {report.unit_label}", author="nongthon")
    width = A4[0] - 30 * mm
    story = [
        _p(report.title, styles["title"]),
        _p(report.unit_label, styles["h2"]),
        _p(_("Địa bàn: %(path)s") % {"path": " › ".join(report.path)}, styles["body"]),
        _p(_("Mức nông thôn mới: %(tier)s") % {"tier": report.tier}
           + (f" ({report.tier_decision})" if report.tier_decision else ""), styles["body"]),
        _p(report.headline, styles["body"]),
        Spacer(1, 4),
    ]
    for verdict in report.verdicts:
        story.append(_p(_("Tiêu chí — %(title)s: đạt %(count)s (%(set)s)")
                        % {"title": verdict.title, "count": verdict.count_label, "set": verdict.set_id}, styles["h2"]))
        story.append(_table([_("TC"), _("Tiêu chí"), _("Kết quả"), _("Lý do")],
                            [(c.id, c.name, c.status, c.reason) for c in verdict.criteria],
                            [0.1 * width, 0.26 * width, 0.11 * width, 0.53 * width], styles))
        story.append(Spacer(1, 3))
        for line in verdict.eligibility:
            story.append(_p(line, styles["muted"]))
        if verdict.missing:
            story.append(_p(_("Còn thiếu số liệu: ") + "; ".join(verdict.missing[:12])
                            + (" …" if len(verdict.missing) > 12 else ""), styles["muted"]))
    if report.communes:
        story.append(_p(_("Các xã (%(n)s)") % {"n": len(report.communes)}, styles["h2"]))
        story.append(_table([_("Mã"), _("Xã"), _("Thuộc"), _("Mức công nhận"), _("Tiêu chí đạt")],
                            [(c.code, c.name, c.parent, c.tier, c.criteria) for c in report.communes],
                            [0.1 * width, 0.28 * width, 0.22 * width, 0.25 * width, 0.15 * width], styles))
    story.append(_p(_("Chỉ tiêu"), styles["h2"]))
    if report.indicators:
        story.append(_table([_("Chỉ tiêu"), _("Giá trị"), _("Kỳ"), _("Nguồn")], report.indicators,
                            [0.4 * width, 0.15 * width, 0.1 * width, 0.35 * width], styles))
    else:
        story.append(_p(_("Chưa có số liệu chỉ tiêu đã duyệt cho năm %(year)s.") % {"year": report.year},
                        styles["body"]))
    story.append(_p(_("Công nhận"), styles["h2"]))
    if report.recognitions:
        story.append(_table([_("Mức"), _("Năm"), _("Quyết định"), _("Tình trạng")], report.recognitions,
                            [0.3 * width, 0.1 * width, 0.4 * width, 0.2 * width], styles))
    else:
        story.append(_p(_("Chưa có quyết định công nhận đã duyệt."), styles["body"]))
    story.append(_p(_("Mục tiêu và tiến độ"), styles["h2"]))
    if report.targets:
        story.append(_table([_("Mục tiêu"), _("Năm cần đạt"), _("Hiện nay"), _("Tiến độ")], report.targets,
                            [0.4 * width, 0.12 * width, 0.13 * width, 0.35 * width], styles))
    else:
        story.append(_p(_("Chưa có mục tiêu đã duyệt."), styles["body"]))
    story.append(_p(_("Nguồn"), styles["h2"]))
    for source in report.sources or [_("Chưa có bản ghi nào đã duyệt.")]:
        story.append(_p(f"• {source}", styles["cell"]))
    for note in report.notes:
        story.append(_p(note, styles["muted"]))
    story.append(Spacer(1, 6))
    story.append(_p(_("Lập ngày %(date)s bằng nongthon; chỉ tính các bản ghi đã duyệt.")
                    % {"date": f"{report.made_on:%d/%m/%Y}"}, styles["muted"]))
    footer = f"{report.unit_label} · {report.title}"
    page_label = _("Trang %(n)s")  # translated once: pages are drawn after the story is built

    def number_pages(canvas, document):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, page_label % {"n": document.page})
        canvas.restoreState()

    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return buffer.getvalue()
