"""`nongthon demo`: prepare the embedded database with demo data and serve the application."""

import threading
import webbrowser

from django.core.management import call_command
from django.core.management.base import BaseCommand

from nongthon.web.demo import prepare_demo


class Command(BaseCommand):
    help = "Tạo cơ sở dữ liệu mẫu (SQLite), nạp danh mục và dữ liệu từ các bài báo mẫu, rồi chạy ứng dụng."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-browser", action="store_true", help="không mở trình duyệt")
        parser.add_argument("--prepare-only", action="store_true", help="chỉ chuẩn bị dữ liệu, không chạy máy chủ")

    def handle(self, *args, port, no_browser, prepare_only, **options):
        prepare_demo(stdout=self.stdout)
        if prepare_only:
            return
        url = f"http://127.0.0.1:{port}/"
        self.stdout.write(f"nongthon: {url}")
        if not no_browser:
            threading.Timer(1.5, webbrowser.open, args=(url,)).start()
        call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, use_threading=True)
