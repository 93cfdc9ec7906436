"""nongthon dossiers pending: which recognition dossiers wait on whom."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from nongthon.dossiers.operations import pending


class Command(BaseCommand):
    help = "Hồ sơ công nhận nông thôn mới: `pending` liệt kê hồ sơ đang chờ ai xử lý."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("pending", help="Hồ sơ đang chờ xử lý và chờ ai")

    def handle(self, *args, **options):
        waiting = pending()
        for item in waiting:
            self.stdout.write(item.line())
        self.stdout.write(f"{len(waiting)} hồ sơ đang chờ xử lý.")
