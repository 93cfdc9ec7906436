"""nongthon backup FILE.tar.gz: one archive of the database's rows and MEDIA_ROOT's files, with checksums."""

from django.core.management.base import BaseCommand, CommandError

from nongthon.ops.backup import BackupError, dump


class Command(BaseCommand):
    help = ("Sao lưu toàn bộ cơ sở dữ liệu và các tệp đính kèm (MEDIA_ROOT) vào một tệp lưu trữ .tar.gz, "
            "kèm mã kiểm tra SHA-256 của từng thành phần.")

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            manifest = dump(options["file"])
        except BackupError as err:
            raise CommandError(str(err)) from err
        self.stdout.write(f"Đã sao lưu vào {options['file']} (cơ sở dữ liệu và {len(manifest['files']) - 1} tệp đính kèm).")
