"""`nongthon workbook template|import|export`: the office Excel forms from the command line."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from nongthon.workbooks import operations
from nongthon.workbooks.build import WorkbookRequestError, template_for_province


class Command(BaseCommand):
    help = "Biểu mẫu Excel: tạo biểu trống cho một tỉnh, nhập biểu đã điền, xuất số liệu đã duyệt."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        template = sub.add_parser("template", help="Biểu trống (.xlsx), điền sẵn các xã có hiệu lực trong năm.")
        export = sub.add_parser("export", help="Số liệu đã duyệt của tỉnh trong năm, ra .xlsx hoặc .csv.")
        for p in (template, export):
            p.add_argument("--province", required=True, help="Mã tỉnh, ví dụ 20.")
            p.add_argument("--year", required=True, type=int)
            p.add_argument("--set", default=None, help="Mã bộ tiêu chí (mặc định: bộ xã quốc gia của năm).")
            p.add_argument("--out", required=True, help="Tệp ra (.xlsx; export nhận cả .csv).")
        imp = sub.add_parser("import", help="Nhập một biểu đã điền: toàn bộ hoặc không dòng nào.")
        imp.add_argument("file")
        imp.add_argument("--user", default=None,
                         help="Tên đăng nhập của người chịu trách nhiệm; quyền của người này được kiểm tra "
                              "(bỏ trống: quản trị viên trên máy chủ).")

    def handle(self, *args, action, **options):
        if action == "import":
            return self._import(options["file"], options["user"])
        out = Path(options["out"])
        suffix = out.suffix.lower()
        try:
            if action == "template":
                if suffix != ".xlsx":
                    raise CommandError("Biểu mẫu ghi ra tệp .xlsx.")
                template_for_province(options["province"], options["year"], options["set"]).save(out)
            elif suffix == ".csv":
                out.write_text(operations.export_csv(options["province"], options["year"], options["set"]),
                               encoding="utf-8")
            elif suffix == ".xlsx":
                out.write_bytes(operations.export_workbook(options["province"], options["year"], options["set"]))
            else:
                raise CommandError("Tệp xuất phải là .xlsx hoặc .csv.")
        except WorkbookRequestError as err:
            raise CommandError(str(err)) from err
        self.stdout.write(f"Đã ghi {out}")

    def _import(self, path: str, username: str | None):
        user = None
        if username:
            from django.contrib.auth import get_user_model

            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"Không có người dùng {username!r}.")
        result = operations.import_workbook(path, user)
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(result.summary())
        self.stdout.write(result.summary())
