"""`nongthon report --unit KEY --year Y --out FILE.pdf|.xlsx` (or `--province CODE`)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from nongthon.reports import content
from nongthon.reports.render import CONTENT_TYPES, render


class Command(BaseCommand):
    help = "Báo cáo năm của một đơn vị hoặc một tỉnh, ra PDF hoặc .xlsx."

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--unit", help="Khóa đơn vị, ví dụ 06208@2008-01-01.")
        who.add_argument("--province", help="Mã tỉnh, ví dụ 20.")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--out", required=True, help="Tệp ra, .pdf hoặc .xlsx.")
        parser.add_argument("--lang", choices=[code for code, _name in settings.LANGUAGES], default="vi",
                            help="Ngôn ngữ của báo cáo (vi mặc định, en).")

    def handle(self, *args, unit, province, year, out, lang="vi", **options):
        with translation.override(lang):
            self._write(unit, province, year, out)

    def _write(self, unit, province, year, out):
        path = Path(out)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in CONTENT_TYPES:
            raise CommandError("Tệp ra phải là .pdf hoặc .xlsx.")
        try:
            if unit:
                report = content.unit_report(content.find_unit(unit), year)
            else:
                report = content.province_report(content.find_province(province, year), year)
        except content.ReportError as err:
            raise CommandError(str(err)) from err
        path.write_bytes(render(report, fmt))
        self.stdout.write(f"Đã ghi {path}")
