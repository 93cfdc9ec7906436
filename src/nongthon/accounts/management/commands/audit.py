"""nongthon audit export [--unit KEY] [--user NAME] [-o FILE]: the audit log as CSV."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from nongthon.accounts import queries
from nongthon.units.models import Unit


class Command(BaseCommand):
    help = "Xuất nhật ký thay đổi (ai, khi nào, trước, sau, từ đâu) ra CSV, theo đơn vị hoặc người dùng."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="subcommand", required=True)
        export = sub.add_parser("export", help="Xuất CSV")
        export.add_argument("--unit", help="Khóa đơn vị (ví dụ 06100@2008-01-01)")
        export.add_argument("--user", help="Tên đăng nhập")
        export.add_argument("-o", "--output", help="Tệp CSV (mặc định: màn hình)")

    def handle(self, *args, **options):
        unit = user = None
        if options["unit"]:
            unit = Unit.objects.filter(key=options["unit"]).first()
            if unit is None:
                raise CommandError(f"Không có đơn vị với khóa {options['unit']!r}.")
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Không có người dùng {options['user']!r}.")
        qs = queries.entries(unit=unit, user=user)
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8", newline="") as stream:
                count = queries.write_csv(stream, qs)
            self.stderr.write(f"Đã ghi {count} dòng nhật ký vào {options['output']}.")
        else:
            queries.write_csv(self.stdout, qs)
