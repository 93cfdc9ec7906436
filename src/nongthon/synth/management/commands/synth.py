"""nongthon synth --scale national|province [--province CODE] [--seed N] [--database URL] — a synthetic country."""

from __future__ import annotations

import re

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from nongthon.synth.choices import Scale

_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def use_database(url: str) -> None:
    """Point the default connection at `url` (sqlite:///… or postgres://…) for this process."""
    import dj_database_url
    from django.db import connections

    config = dj_database_url.parse(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {"timeout": 20}
    connections["default"].close()
    databases = dict(connections.settings)
    databases["default"] = config
    connections.__dict__["settings"] = connections.configure_settings(databases)
    del connections["default"]


class Command(BaseCommand):
    help = ("Dựng bộ dữ liệu TỔNG HỢP (giả lập) trên danh mục đơn vị thật: tiêu chí, số liệu, công nhận, "
            "mục tiêu, tài liệu; mọi dòng mang nhãn synthetic:…")

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=Scale.values, default=Scale.PROVINCE)
        parser.add_argument("--province", help="mã tỉnh (bắt buộc với --scale province), ví dụ 20 (Lạng Sơn)")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--years", default="2016-2026", help="năm hoặc khoảng năm, ví dụ 2016-2026")
        parser.add_argument("--database", help="URL cơ sở dữ liệu (mặc định DATABASE_URL); được migrate trước")
        parser.add_argument("--remove", action="store_true",
                            help="chỉ xóa bộ dữ liệu tổng hợp (và bảng tổng hợp theo năm), không dựng lại")
        parser.add_argument("--force", action="store_true",
                            help="vẫn dựng khi cơ sở dữ liệu đã có số liệu thật đã duyệt")

    def handle(self, *args, scale, province=None, seed=1, years="2016-2026", database=None, force=False,
               remove=False, **opts):
        from nongthon.synth.builder import Options, RealDataPresent, build, remove_synthetic

        if remove:
            if database:
                use_database(database)
            from nongthon.rollups.operations import rebuild_rollups

            with transaction.atomic():
                removed = remove_synthetic()
                rebuilt = rebuild_rollups()
            self.stdout.write(f"Đã xóa {removed} dòng tổng hợp; tổng hợp lại {rebuilt.rows} dòng theo đơn vị và năm "
                              "từ số liệu còn lại.")
            return

        if scale == Scale.PROVINCE and not province:
            raise CommandError("--scale province cần --province MÃ_TỈNH")
        match = _YEARS.match(years)
        if not match:
            raise CommandError(f"--years: «{years}» không phải năm hay khoảng năm (2016-2026)")
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if database:
            use_database(database)
            call_command("migrate", verbosity=0, interactive=False)
        options = Options(scale=scale, province=province or "" if scale == Scale.PROVINCE else "", seed=seed,
                          first_year=first, last_year=last, force=force)
        verbose = opts.get("verbosity", 1) >= 1
        try:
            report = build(options, log=(lambda m: self.stdout.write(m)) if verbose else (lambda _m: None))
        except RealDataPresent as err:
            raise CommandError(str(err)) from None
        total = sum(v for k, v in report.rows.items() if not k.startswith("rollups."))
        self.stdout.write(f"Dữ liệu tổng hợp {report.label}: {total} dòng trong {report.seconds:.1f} giây.")
        for name, count in sorted(report.rows.items()):
            self.stdout.write(f"  {name}: {count}")
