"""nongthon evaluate --set SET --unit CODE --year YEAR [--values FILE] — judge one unit against a criteria set."""

from __future__ import annotations

import json
import re

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
    read_known_data,
    render_text,
)

_COUNT = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class Command(BaseCommand):
    help = "Đánh giá một đơn vị theo một bộ tiêu chí trong một năm, kèm lý do từng tiêu chí."

    def add_arguments(self, parser):
        parser.add_argument("--set", required=True, help="mã bộ tiêu chí hoặc đường dẫn tệp .yaml")
        parser.add_argument("--unit", required=True, help="mã đơn vị hành chính (đơn vị còn hiệu lực trong năm)")
        parser.add_argument("--year", required=True, type=int)
        parser.add_argument("--values", help="tệp số liệu .csv (indicator,value hoặc criterion,status) hoặc .json")
        parser.add_argument("--count", help="số tiêu chí đạt theo báo cáo, ví dụ 19/19")
        parser.add_argument("--source", help="nguồn của số liệu/báo cáo, hiện trong lý do")
        parser.add_argument("--region", choices=sorted(REGIONS), help="chỉ định vùng (thay cho bảng vùng)")
        parser.add_argument("--group", type=int, choices=[1, 2, 3], help="chỉ định nhóm xã (51/2025)")
        parser.add_argument("--flag", action="append", choices=sorted(FLAGS), default=[], help="dbkk, atk")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **o):
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
