"""How units, resolutions and lineage read in the console and in JSON (used by `nongthon units`)."""

from __future__ import annotations

import datetime as dt

from nongthon.registry import Registry, RegistryUnit, kind_name
from nongthon.registry.model import span

SHARE = {"whole": "toàn bộ", "part": "một phần", "unknown": "chưa xác định"}
KIND = {"merge": "nhập", "split": "chia tách", "rename": "đổi tên", "reparent": "chuyển đơn vị cấp trên",
        "reclassify": "đổi loại hình", "dissolve": "giải thể, địa bàn về"}


def unit_json(reg: Registry, u: RegistryUnit, on: dt.date | None = None) -> dict:
    return {
        "key": u.key, "code": u.code, "name": u.name, "kind": u.kind, "level": u.level,
        "label": kind_name(u), "path": reg.label(u.key, on), "parent_key": u.parent_key,
        "valid_from": u.valid_from.isoformat() if u.valid_from else None,
        "valid_to": u.valid_to.isoformat() if u.valid_to else None,
    }


def today_json(reg: Registry, u: RegistryUnit) -> list[dict]:
    return [{**unit_json(reg, t), "share": share} for t, share in reg.today_with_share(u.key)]


def event_json(reg: Registry, index: int) -> dict:
    ev = reg.event(index)
    return {
        "kind": ev.kind, "effective": ev.effective.isoformat(),
        "earliest": ev.earliest.isoformat() if ev.earliest else None,
        "latest": ev.latest.isoformat() if ev.latest else None,
        "legal_basis": ev.legal_basis, "inferred": ev.inferred, "note": ev.note,
    }


def lineage_json(reg: Registry, key: str, forward: bool, depth: int = 6) -> list[dict]:
    """The chain of events after (or before) a unit, each step with the units on the far side."""
    out = []
    links = reg.successors(key) if forward else reg.predecessors(key)
    for link in links:
        other = link.successor if forward else link.predecessor
        if other == key:
            continue
        u = reg[other]
        out.append({
            "event": event_json(reg, link.event), "share": link.share, "unit": unit_json(reg, u),
            "next": lineage_json(reg, other, forward, depth - 1) if depth > 1 else [],
        })
    return out


def event_line(ev: dict) -> str:
    when = ev["effective"]
    if ev["earliest"] and ev["latest"] and ev["legal_basis"] == "":
        when = f"{ev['effective']} (giữa {ev['earliest']} và {ev['latest']})"
    extra = f" — {ev['legal_basis']}" if ev["legal_basis"] else ""
    inferred = " [suy ra]" if ev["inferred"] else ""
    return f"{when} {KIND.get(ev['kind'], ev['kind'])}{inferred}{extra}"


def lineage_lines(steps: list[dict], forward: bool, indent: str = "  ") -> list[str]:
    lines = []
    arrow = "→" if forward else "←"
    for step in steps:
        u = step["unit"]
        lines.append(f"{indent}{arrow} {event_line(step['event'])}: {u['path']} ({u['key']}), "
                     f"{SHARE.get(step['share'], step['share'])}")
        lines += lineage_lines(step["next"], forward, indent + "  ")
    return lines


def unit_lines(reg: Registry, u: RegistryUnit, on: dt.date | None = None) -> list[str]:
    lines = [f"{reg.label(u.key, on)}  [mã {u.code}, khóa {u.key}]",
             f"  hiệu lực: {span(u)}"]
    if u.valid_from is None:
        lines[-1] += f" (có trong danh mục đầu tiên {reg.first_list.isoformat()}; hiệu lực trước đó là giả định)"
    today = reg.today_with_share(u.key)
    if today and not (len(today) == 1 and today[0][0].key == u.key):
        lines.append("  hôm nay: " + "; ".join(f"{reg.label(t.key)} ({t.key}, {SHARE[s]})" for t, s in today))
    elif not today:
        lines.append("  hôm nay: không có đơn vị kế thừa xác định")
    return lines
