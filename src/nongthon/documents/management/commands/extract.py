"""`nongthon extract FILE_OR_DIR...`: print the facts a document states, without storing anything."""

import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from nongthon.extraction.records import ReadError
from nongthon.extraction.runner import count_inputs, run, run_dask


class _Progress:
    """A one-line progress bar on stderr, shown only on a terminal and only for long runs."""

    def __init__(self, total: int, stream):
        self.total, self.stream = total, stream
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int) -> None:
        if not self.stream.isatty() or self.total < 2:
            return
        if not self.shown and time.monotonic() - self.started < 1.0:
            return
        self.shown = True
        width = 30
        filled = int(width * done / max(self.total, 1))
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")


def _table_row(fact: dict) -> str:
    unit = fact.get("unit") or fact.get("parent") or {}
    subject = fact.get("helper") or fact.get("number") or unit.get("name") or f"({unit.get('level', '')})"
    value = next((str(fact[k]) for k in ("status", "state", "value", "achieved", "kind", "count") if k in fact), "")
    when = fact.get("year") or fact.get("period") or fact.get("date") or ""
    evidence = fact["evidence"] if len(fact["evidence"]) <= 70 else fact["evidence"][:67] + "..."
    return f"{fact['doc'][:24]:24}  {fact['type']:14}  {str(subject)[:28]:28}  {value[:14]:14}  {str(when):10}  {evidence}"


class Command(BaseCommand):
    help = ("Trích xuất dữ kiện (theo spec/facts.md) từ tệp .txt, .html, .docx, .pdf hoặc kho văn bản "
            ".jsonl/.parquet và in ra; không lưu gì vào cơ sở dữ liệu.")
    # Reading touches no database and no URL: Django's system checks (which import every view) would be
    # most of the start-up of a one-file run.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="tệp, thư mục hoặc kho văn bản")
        parser.add_argument("--format", choices=["jsonl", "table"], default="jsonl", help="dạng in ra")
        parser.add_argument("--workers", type=int, default=1, help="số tiến trình song song")
        parser.add_argument("--dask-scheduler", metavar="ADDRESS",
                            help="chạy trên cụm Dask (địa chỉ scheduler) với một kho .parquet/.jsonl")
        parser.add_argument("--out", metavar="FACTS.parquet", help="tệp Parquet nhận dữ kiện (cùng --dask-scheduler)")

    def handle(self, *args, paths, format, workers, dask_scheduler, out, **options):
        if dask_scheduler:
            if not out or len(paths) != 1:
                raise CommandError("--dask-scheduler cần đúng một kho văn bản và --out FACTS.parquet")
            try:
                count = run_dask(paths[0], out, scheduler=dask_scheduler)
            except ReadError as err:
                raise CommandError(str(err)) from err
            self.stderr.write(f"{count} dữ kiện đã ghi vào {out}")
            return
        if workers < 1:
            raise CommandError("--workers phải từ 1 trở lên")
        progress = _Progress(count_inputs(paths), sys.stderr)
        failed = 0
        if format == "table":
            self.stdout.write(f"{'doc':24}  {'type':14}  {'unit / subject':28}  {'value':14}  {'when':10}  evidence")
        for outcome in run(paths, workers=workers, on_progress=progress):
            if outcome.error:
                failed += 1
                progress.close()
                self.stderr.write(f"nongthon extract: lỗi: {outcome.error}")
                continue
            for fact in outcome.facts:
                if format == "table":
                    self.stdout.write(_table_row(fact))
                else:
                    self.stdout.write(json.dumps(fact, ensure_ascii=False))
        progress.close()
        if failed:
            raise CommandError(f"{failed} tệp không đọc được")
