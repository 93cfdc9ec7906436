"""`nongthon units load | find | show | attributes` — the registry of administrative units."""

from __future__ import annotations

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from nongthon.registry import LEVELS, load_registry
from nongthon.registry.attributes import AttributeFileError, parse_date
from nongthon.units import views_text as vt
from nongthon.units.models import Unit


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise CommandError(f"--on: «{text}» không phải ngày (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = "Đơn vị hành chính: nạp danh mục, tìm theo tên, xem một đơn vị và lịch sử, nạp thuộc tính."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="nạp danh mục đơn vị hành chính vào cơ sở dữ liệu")
        load.add_argument("--if-empty", action="store_true", help="bỏ qua nếu đã có đơn vị")
        find = sub.add_parser("find", help="tìm đơn vị theo tên vào một ngày")
        find.add_argument("name")
        find.add_argument("--level", choices=LEVELS)
        find.add_argument("--parent", help="tên (hoặc khóa) đơn vị cấp trên: huyện hoặc tỉnh")
        find.add_argument("--on", help="ngày YYYY-MM-DD (mặc định hôm nay)")
        find.add_argument("--json", action="store_true")
        show = sub.add_parser("show", help="một đơn vị theo mã (hoặc khóa), cấp trên và lịch sử")
        show.add_argument("code")
        show.add_argument("--on", help="ngày YYYY-MM-DD: chọn đơn vị mang mã này vào ngày đó")
        show.add_argument("--json", action="store_true")
        attrs = sub.add_parser("attributes", help="nạp thuộc tính xã từ CSV (code,name,value,valid_from,valid_to,source)")
        attrs.add_argument("file")

    def handle(self, *args, action, **opts):
        return getattr(self, f"do_{action}")(**opts) or None

    # ---- load -----------------------------------------------------------------------------

    def do_load(self, if_empty=False, **_):
        from nongthon.units.operations import load_units

        if if_empty and Unit.objects.filter(from_registry=True).exists():
            self.stdout.write("Đã có đơn vị hành chính trong cơ sở dữ liệu; bỏ qua.")
            return
        report = load_units()
        if not (report.created or report.updated or report.events):
            self.stdout.write(f"Danh mục trong cơ sở dữ liệu đã đầy đủ; không thay đổi gì ({report.seconds:.1f} giây).")
            return
        self.stdout.write(
            f"Nạp danh mục: {report.created} đơn vị mới, {report.updated} cập nhật, "
            f"{report.events} sự kiện, {report.links} liên kết trong {report.seconds:.1f} giây."
        )

    # ---- find -----------------------------------------------------------------------------

    def do_find(self, name, level=None, parent=None, on=None, json=False, **_):
        if level == "thon":
            return self._find_thon(name, parent, _date(on), json)
        reg = load_registry()
        day = _date(on)
        res = reg.resolve(name, level=level, parent=parent, on=day)
        day = day or dt.date.today()
        if json:
            doc = {
                "query": name, "on": day.isoformat(), "level": level, "parent": parent,
                "status": res.status, "notes": list(res.notes),
                "candidates": [{**vt.unit_json(reg, c.unit, day), "score": c.score, "why": c.why,
                                "today": vt.today_json(reg, c.unit)} for c in res.candidates],
                "elsewhere": [{**vt.unit_json(reg, u), "today": vt.today_json(reg, u)} for u in res.elsewhere],
            }
            self.stdout.write(_dumps(doc))
            return
        status = {"found": "tìm thấy", "ambiguous": "nhiều đơn vị khớp", "not_found": "không tìm thấy"}[res.status]
        self.stdout.write(f"«{name}» ngày {day.isoformat()}: {status} ({len(res.candidates)} ứng viên)")
        for note in res.notes:
            self.stdout.write(f"  ! {note}")
        for c in res.candidates:
            self.stdout.write("")
            for line in vt.unit_lines(reg, c.unit, day):
                self.stdout.write(line)
            self.stdout.write(f"  vì: {c.why} (điểm {c.score})")
        if res.elsewhere:
            self.stdout.write("\nCùng tên, ở thời điểm khác:")
            for u in res.elsewhere:
                for line in vt.unit_lines(reg, u):
                    self.stdout.write(line)

    def _find_thon(self, name, parent, on, as_json):
        from nongthon.registry.text import plain_key, split_level_word

        qs = Unit.objects.filter(level="thon", folded_name=plain_key(split_level_word(name)[2])).select_related("parent")
        if on:
            qs = [u for u in qs if (u.valid_from is None or u.valid_from <= on) and (u.valid_to is None or on < u.valid_to)]
        rows = [{"key": u.key, "code": u.code, "name": u.name, "kind": u.kind, "level": u.level,
                 "parent_key": u.parent.key if u.parent else None,
                 "path": ", ".join(str(x) for x in _chain(u))} for u in qs]
        if parent:
            want = plain_key(split_level_word(parent)[2])
            rows = [r for r, u in zip(rows, qs, strict=True) if any(x.folded_name == want for x in _chain(u)[1:])]
        if as_json:
            self.stdout.write(_dumps({"query": name, "level": "thon", "status": _status(rows), "candidates": rows}))
            return
        self.stdout.write(f"«{name}» (thôn): {len(rows)} đơn vị")
        for r in rows:
            self.stdout.write(f"  {r['path']}  [khóa {r['key']}]")

    # ---- show -----------------------------------------------------------------------------

    def do_show(self, code, on=None, json=False, **_):
        reg = load_registry()
        day = _date(on)
        unit = reg.get(code) or (reg.by_code(code, day) if day else reg.by_code(code))
        versions = reg.versions(unit.code if unit else code)
        if unit is None and versions and day is None:
            unit = versions[-1]
        if unit is None:
            if versions:
                spans = "; ".join(f"{v.key} {vt.kind_name(v)} ({vt.span(v)})" for v in versions)
                raise CommandError(f"Mã {code} không thuộc đơn vị nào vào ngày {day.isoformat()}; các đơn vị mang mã này: {spans}")
            raise CommandError(f"Không có đơn vị nào mang mã hoặc khóa «{code}».")
        before = vt.lineage_json(reg, unit.key, forward=False)
        after = vt.lineage_json(reg, unit.key, forward=True)
        ended = reg.ended_without_successor(unit.key)
        others = [v for v in versions if v.key != unit.key]
        if json:
            doc = {
                "unit": vt.unit_json(reg, unit, day),
                "ancestors": [vt.unit_json(reg, a) for a in reg.ancestors(unit.key, day)],
                "before": before, "after": after,
                "ended_without_successor": vt.event_json(reg, ended.index) if ended else None,
                "today": vt.today_json(reg, unit),
                "same_code": [vt.unit_json(reg, v) for v in others],
            }
            self.stdout.write(_dumps(doc))
            return
        for line in vt.unit_lines(reg, unit, day):
            self.stdout.write(line)
        anc = reg.ancestors(unit.key, day)
        if anc:
            self.stdout.write("  cấp trên: " + " › ".join(f"{vt.kind_name(a)} ({a.key})" for a in anc))
        self.stdout.write("  trước đó:" + ("" if before else " không có thay đổi trong các danh mục"))
        for line in vt.lineage_lines(before, forward=False, indent="    "):
            self.stdout.write(line)
        self.stdout.write("  sau đó:" + ("" if after or ended else " không đổi"))
        for line in vt.lineage_lines(after, forward=True, indent="    "):
            self.stdout.write(line)
        if ended:
            self.stdout.write(f"    → {vt.event_line(vt.event_json(reg, ended.index))}: {ended.note}")
        if others:
            self.stdout.write("  cùng mã, đơn vị khác: " + "; ".join(
                f"{vt.kind_name(v)} ({v.key}, {vt.span(v)})" for v in others))

    # ---- attributes ---------------------------------------------------------------------

    def do_attributes(self, file, **_):
        from nongthon.units.operations import import_attributes

        try:
            report = import_attributes(file)
        except AttributeFileError as exc:
            raise CommandError("Không nạp gì; sửa các lỗi sau:\n" + "\n".join(exc.errors)) from None
        self.stdout.write(f"Nạp thuộc tính từ {file}: {report.created} mới, {report.updated} cập nhật.")


def _chain(u):
    out = []
    while u is not None:
        out.append(u)
        u = u.parent
    return out


def _status(rows) -> str:
    return "found" if len(rows) == 1 else "ambiguous" if rows else "not_found"


def _dumps(doc) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)
