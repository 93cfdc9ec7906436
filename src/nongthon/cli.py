"""The `nongthon` console script: a thin front for Django management commands.

`nongthon units find ...` runs the `units` management command, and so on; `nongthon
manage ...` passes anything through to Django's own commands (migrate, createsuperuser).
"""

from __future__ import annotations

import os
import sys

COMMANDS = [
    ("demo", "chuẩn bị dữ liệu mẫu và chạy ứng dụng web"),
    ("units", "danh mục đơn vị hành chính: load, find, show, attributes"),
    ("criteria", "bộ tiêu chí: list, show, check"),
    ("evaluate", "đánh giá một đơn vị theo bộ tiêu chí"),
    ("extract", "trích xuất dữ kiện từ tài liệu (JSONL)"),
    ("ingest", "lưu tài liệu và dữ kiện đề xuất"),
    ("review", "duyệt dữ kiện: liệt kê, chấp nhận, bác bỏ"),
    ("workbook", "biểu mẫu Excel: template, import, export"),
    ("report", "báo cáo năm (PDF, Excel)"),
    ("dossiers", "hồ sơ xét công nhận"),
    ("audit", "nhật ký thay đổi"),
    ("backup", "sao lưu cơ sở dữ liệu"),
    ("restore", "khôi phục cơ sở dữ liệu"),
    ("synth", "dữ liệu tổng hợp quy mô quốc gia (để đo hiệu năng)"),
    ("manage", "các lệnh Django khác (migrate, createsuperuser, ...)"),
]


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    from django.core.management import execute_from_command_line

    if argv and argv[0] == "manage":
        argv = argv[1:]
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__.strip())
        print("\ncommands:")
        for name, what in COMMANDS:
            print(f"  {name:10} {what}")
        print("\n`nongthon COMMAND --help` describes each.")
        return
    execute_from_command_line(["nongthon", *argv])


if __name__ == "__main__":
    main()
