"""nongthon backup FILE: write the whole database to FILE (JSON; .json.gz compressed)."""

from django.core.management.base import BaseCommand, CommandError

from nongthon.ops.backup import BackupError, dump


class Command(BaseCommand):
    help = "Sao lưu toàn bộ cơ sở dữ liệu ra một tệp JSON (nén nếu tên kết thúc bằng .gz)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            dump(options["file"])
        except BackupError as err:
            raise CommandError(str(err)) from err
        self.stdout.write(f"Đã sao lưu vào {options['file']}.")
