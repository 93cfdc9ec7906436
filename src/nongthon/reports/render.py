"""One entry point for both formats, shared by the views and the `report` command."""

from __future__ import annotations

from nongthon.reports.content import Report

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(report: Report, fmt: str) -> bytes:
    if fmt == "pdf":
        from nongthon.reports.pdf import render_pdf

        return render_pdf(report)
    if fmt == "xlsx":
        from nongthon.reports.xlsx import render_xlsx

        return render_xlsx(report)
    raise ValueError(f"Định dạng báo cáo là pdf hoặc xlsx, không phải {fmt!r}.")
