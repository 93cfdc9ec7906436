"""nongthon criteria list|show|check — the criteria sets the system knows, and checking an office's own file."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from nongthon.evaluation import SetFileError, list_sets, load_set, load_set_file
from nongthon.evaluation.report import render_set, set_summary, set_to_dict


def resolve_set(ref: str):
    """A shipped set by id, or a set file by path."""
    if ref.endswith((".yaml", ".yml")):
        return load_set_file(ref)
    try:
        return load_set(ref)
    except KeyError:
        known = ", ".join(s.id for s in list_sets())
        raise CommandError(f"Không có bộ tiêu chí {ref!r}. Các bộ hiện có: {known}") from None


class Command(BaseCommand):
    help = "Bộ tiêu chí: list (danh sách), show SET (chi tiết), check FILE (kiểm tra tệp của văn phòng)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        p_list = sub.add_parser("list", help="liệt kê các bộ tiêu chí")
        p_list.add_argument("--json", action="store_true")
        p_show = sub.add_parser("show", help="xem một bộ tiêu chí (mã hoặc đường dẫn tệp .yaml)")
        p_show.add_argument("set")
        p_show.add_argument("--json", action="store_true")
        p_check = sub.add_parser("check", help="kiểm tra một tệp bộ tiêu chí; lỗi ghi tệp:dòng: trường")
        p_check.add_argument("file")

    def handle(self, *args, action: str, **options):
        try:
            if action == "list":
                self._list(options["json"])
            elif action == "show":
                self._show(options["set"], options["json"])
            else:
                self._check(options["file"])
        except SetFileError as err:
            for error in err.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(err.errors)} lỗi trong tệp bộ tiêu chí") from None

    def _list(self, as_json: bool) -> None:
        sets = list_sets()
        if as_json:
            self.stdout.write(json.dumps([set_summary(s) for s in sets], ensure_ascii=False, indent=2))
            return
        for s in sets:
            total = s.total if s.total is not None else "?"
            unverified = "" if all(c.indicators_complete for c in s.criteria) else ", danh mục chỉ tiêu chưa xác minh"
            self.stdout.write(f"{s.id:28} {s.legal_basis.number:16} {s.scope.value:5} {s.tier.value:9} "
                              f"{s.period_from}–{s.period_to}  {total:>2} tiêu chí  {s.title} "
                              f"({len(s.gaps())} ngưỡng còn trống{unverified})")

    def _show(self, ref: str, as_json: bool) -> None:
        cset = resolve_set(ref)
        if as_json:
            self.stdout.write(json.dumps(set_to_dict(cset), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render_set(cset))

    def _check(self, path: str) -> None:
        cset = load_set_file(path)
        gaps = len(cset.gaps())
        self.stdout.write(f"{path}: hợp lệ — {cset.id}, {len(cset.criteria)} tiêu chí, "
                          f"{sum(len(c.indicators) for c in cset.criteria)} chỉ tiêu đã liệt kê, {gaps} ngưỡng còn trống")
