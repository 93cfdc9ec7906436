"""nongthon restore FILE: replace the database's rows and MEDIA_ROOT's files with a backup made by `nongthon backup`.

The whole archive is checked (members, checksums, rows) before anything is touched."""

from django.core.management.base import BaseCommand, CommandError

from nongthon.ops.backup import BackupError, load


class Command(BaseCommand):
    help = ("Khôi phục cơ sở dữ liệu và các tệp đính kèm từ tệp sao lưu (kiểm tra toàn bộ trước; "
            "xóa dữ liệu hiện có trước khi nạp).")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="Không hỏi lại")

    def handle(self, *args, **options):
        if not options["yes"] and options.get("interactive", True):
            answer = input("Khôi phục sẽ xóa toàn bộ dữ liệu và tệp đính kèm hiện có. Gõ 'yes' để tiếp tục: ")
            if answer.strip() != "yes":
                raise CommandError("Đã hủy khôi phục.")
        try:
            count = load(options["file"])
        except BackupError as err:
            raise CommandError(str(err)) from err
        self.stdout.write(f"Đã khôi phục {count} bản ghi từ {options['file']}.")
