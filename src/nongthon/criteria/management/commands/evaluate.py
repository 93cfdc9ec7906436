"""nongthon evaluate --set SET --unit CODE --year YEAR [--values FILE] — judge one unit against a criteria set.

nongthon evaluate --all [--year YEAR ...] — judge every commune with accepted data against the year's
commune criteria set, as its page does (`criteria.cases`), and say per year how many meet it.
"""

from __future__ import annotations

import gc
import json
import re
import time

from django.core.management.base import BaseCommand, CommandError

from nongthon.criteria.attributes import UnitLookupError, unit_context
from nongthon.criteria.management.commands.criteria import resolve_set
from nongthon.evaluation import (
    FLAGS,
    REGIONS,
    KnownData,
    SetFileError,
    UnitAttributes,
    evaluate,
    format_number,
    read_known_data,
    render_text,
)

_COUNT = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class Command(BaseCommand):
    help = "Đánh giá một đơn vị theo một bộ tiêu chí trong một năm, kèm lý do từng tiêu chí."

    def add_arguments(self, parser):
        parser.add_argument("--set", help="mã bộ tiêu chí hoặc đường dẫn tệp .yaml")
        parser.add_argument("--unit", help="mã đơn vị hành chính (đơn vị còn hiệu lực trong năm)")
        parser.add_argument("--year", type=int, action="append",
                            help="năm đánh giá; với --all có thể lặp lại (mặc định: mọi năm có dữ liệu đã duyệt)")
        parser.add_argument("--all", action="store_true",
                            help="đánh giá lại mọi xã có dữ liệu đã duyệt theo bộ tiêu chí xã của từng năm")
        # One process by default: where the database shares the machine's cores, forked workers
        # cost more than they save (bench/README.md, "Full re-evaluation").
        parser.add_argument("--workers", type=int, default=1,
                            help="với --all: số tiến trình cùng đánh giá (mặc định 1; nên tăng khi máy còn lõi CPU rảnh)")
        parser.add_argument("--values", help="tệp số liệu .csv (indicator,value hoặc criterion,status) hoặc .json")
        parser.add_argument("--count", help="số tiêu chí đạt theo báo cáo, ví dụ 19/19")
        parser.add_argument("--source", help="nguồn của số liệu/báo cáo, hiện trong lý do")
        parser.add_argument("--region", choices=sorted(REGIONS), help="chỉ định vùng (thay cho bảng vùng)")
        parser.add_argument("--group", type=int, choices=[1, 2, 3], help="chỉ định nhóm xã (51/2025)")
        parser.add_argument("--flag", action="append", choices=sorted(FLAGS), default=[], help="dbkk, atk")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **o):
        if o["all"]:
            self.evaluate_all(o)
            return
        missing = [name for name in ("set", "unit", "year") if not o[name]]
        if missing:
            raise CommandError("cần " + ", ".join(f"--{name}" for name in missing) + " (hoặc --all)")
        if len(o["year"]) > 1:
            raise CommandError("một đơn vị được đánh giá cho một năm: chỉ cho một --year (nhiều năm: dùng --all)")
        o["year"] = o["year"][0]
        try:
            cset = resolve_set(o["set"])
        except SetFileError as err:
            for error in err.errors:
                self.stderr.write(str(error))
            raise CommandError("bộ tiêu chí có lỗi") from None
        try:
            ctx = unit_context(o["unit"], o["year"])
        except UnitLookupError as err:
            raise CommandError(str(err)) from None
        attrs = ctx.attributes
        if o["region"] or o["group"] or o["flag"]:
            attrs = UnitAttributes(region=o["region"] or attrs.region, commune_group=o["group"] or attrs.commune_group,
                                   flags=attrs.flags | frozenset(o["flag"]), name=attrs.name, code=attrs.code)
        if o["values"]:
            try:
                known = read_known_data(o["values"], o["year"], cset, source=o["source"])
            except SetFileError as err:
                for error in err.errors:
                    self.stderr.write(str(error))
                raise CommandError(f"{len(err.errors)} lỗi trong tệp số liệu") from None
        else:
            known = KnownData(year=o["year"], source=o["source"])
        if o["count"]:
            match = _COUNT.match(o["count"])
            if not match:
                raise CommandError(f"--count {o['count']!r}: cần dạng 19/19")
            known = KnownData(year=known.year, values=known.values, criterion_status=known.criterion_status,
                              asserted_count=(int(match.group(1)), int(match.group(2))),
                              recognition=known.recognition, source=known.source)
        notes = list(ctx.notes)
        if ctx.unit.level != cset.scope.value:
            notes.append(f"Bộ {cset.id} dành cho cấp {cset.scope.label}, còn đơn vị thuộc cấp {ctx.unit.get_level_display()}")
        result = evaluate(cset, attrs, known)
        if o["json"]:
            data = result.to_dict()
            data["unit"]["full_name"] = ctx.full_name
            data["unit"]["key"] = ctx.unit.key
            data["notes"] = notes + data["notes"]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{ctx.full_name} (khóa {ctx.unit.key})")
        self.stdout.write(render_text(result))
        for note in notes:
            self.stdout.write(f"Ghi chú: {note}")

    def evaluate_all(self, o) -> None:
        from nongthon.criteria.cases import evaluate_years, load_cases
        from nongthon.rollups.hierarchy import commune_set_for
        from nongthon.rollups.operations import all_data_years

        others = [name for name in ("set", "unit", "values", "count", "source", "region", "group") if o[name]]
        if others or o["flag"]:
            names = ", ".join(f"--{name}" for name in others + (["flag"] if o["flag"] else []))
            raise CommandError(f"--all đánh giá theo bộ tiêu chí xã của từng năm và dữ liệu đã duyệt: không dùng cùng {names}")
        years = sorted(set(o["year"] or [y for y in all_data_years() if commune_set_for(y)]))
        without = [y for y in years if not commune_set_for(y)]
        if without:
            raise CommandError("không có bộ tiêu chí xã cho năm " + ", ".join(map(str, without)))
        started = time.perf_counter()
        work = load_cases(years)
        loaded = time.perf_counter() - started
        # The cases live until the end: the collector need not walk them after each evaluation.
        gc.freeze()
        try:
            # A few thousand evaluations take less time than forking the workers would.
            workers = min(o["workers"], max(1, sum(len(w.cases) for w in work) // 5000))
            summaries = evaluate_years(work, workers)
        finally:
            gc.unfreeze()
        if o["json"]:
            self.stdout.write(json.dumps({"load_seconds": round(loaded, 3), "years": [
                {"year": s.year, "set": s.set_id, "evaluated": s.evaluated, "met": s.met, "eligible": s.eligible,
                 "seconds": round(s.seconds, 3)} for s in summaries]}, ensure_ascii=False, indent=2))
            return
        for s in summaries:
            self.stdout.write(f"Năm {s.year} (bộ {s.set_id}): đánh giá {format_number(s.evaluated)} xã, "
                              f"{format_number(s.met)} xã đạt đủ tiêu chí, {format_number(s.eligible)} xã đủ điều kiện "
                              f"công nhận; {_seconds(s.seconds)}")
        evaluated = sum(s.evaluated for s in summaries)
        self.stdout.write(f"Tổng cộng {format_number(evaluated)} lượt xã-năm: đọc dữ liệu {_seconds(loaded)}, "
                          f"đánh giá {_seconds(sum(s.seconds for s in summaries))}")


def _seconds(value: float) -> str:
    return f"{format_number(round(value, 2))} giây"
