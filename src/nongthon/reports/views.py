"""Yearly reports as downloads: `/reports/unit/<key>/<year>.pdf|.xlsx`, `/reports/province/<code>/<year>.…`."""

from __future__ import annotations

from django.http import Http404, HttpResponse

from nongthon.reports import content
from nongthon.reports.render import CONTENT_TYPES, render


def _respond(report: content.Report, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(render(report, fmt), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'inline; filename="{name}.{fmt}"'
    return response


def _check(fmt: str, year: int) -> None:
    if fmt not in CONTENT_TYPES or not 1990 <= year <= 2100:
        raise Http404("report format is pdf or xlsx, year 1990-2100")


def unit_report_view(request, key: str, year: int, fmt: str):
    _check(fmt, year)
    try:
        unit = content.find_unit(key)
    except content.ReportError as err:
        raise Http404(str(err)) from err
    return _respond(content.unit_report(unit, year), fmt, f"bao-cao-{unit.code}-{year}")


def province_report_view(request, code: str, year: int, fmt: str):
    _check(fmt, year)
    try:
        province = content.find_province(code, year)
    except content.ReportError as err:
        raise Http404(str(err)) from err
    return _respond(content.province_report(province, year), fmt, f"bao-cao-tinh-{code}-{year}")
