"""A plain-text report of an evaluation, as `nongthon evaluate` prints it."""

from __future__ import annotations

from nongthon.evaluation.model import Status
from nongthon.evaluation.reasons import vn_date
from nongthon.evaluation.regions import FLAGS, region_name
from nongthon.evaluation.results import Evaluation

_MARK = {Status.MET: "[đạt]", Status.NOT_MET: "[chưa đạt]", Status.UNKNOWN: "[?]"}


def describe_set(cset) -> str:
    law = cset.legal_basis
    return f"{cset.title} ({law.number} ngày {vn_date(law.date)}, {law.issuer})"


def render_text(evaluation: Evaluation, show_indicators: bool = True) -> str:
    ev, attrs = evaluation, evaluation.attributes
    lines = []
    who = " ".join(x for x in (attrs.name, f"(mã {attrs.code})" if attrs.code else None) if x) or "Đơn vị"
    lines.append(f"{who} — năm {ev.year}")
    facts = []
    if attrs.region:
        facts.append(f"vùng {region_name(attrs.region)}")
    if attrs.commune_group:
        facts.append(f"nhóm xã {attrs.commune_group}")
    facts += [FLAGS.get(f, f) for f in sorted(attrs.flags)]
    if facts:
        lines.append("Thuộc tính: " + ", ".join(facts))
    lines.append(f"Bộ tiêu chí: {ev.criteria_set.id} — {describe_set(ev.criteria_set)}")
    lines.append(f"Kết quả: {ev.count_text} tiêu chí đạt — {ev.status.label}")
    lines.append("")
    for c in ev.criteria:
        lines.append(f"{_MARK[c.status]} {c.reason}")
        if show_indicators and c.basis == "values":
            for r in c.indicators:
                lines.append(f"    {_MARK[r.status]} {r.id}: {r.reason}")
    if ev.conditions:
        lines.append("")
        lines.append("Điều kiện công nhận:")
        for r in ev.conditions:
            lines.append(f"{_MARK[r.status]} {r.reason}")
    lines.append("")
    lines.append("Đủ điều kiện theo hạng:")
    for e in ev.eligibility:
        lines.append(f"{_MARK[e.status]} {e.tier.label}: {e.reason}")
    if ev.conflicts:
        lines.append("")
        lines.append("Mâu thuẫn giữa báo cáo và số liệu:")
        lines += [f"  ! {c.text}" for c in ev.conflicts]
    if ev.missing:
        lines.append("")
        lines.append("Còn thiếu để kết luận:")
        lines += [f"  - {m.text}" for m in ev.missing]
    if ev.notes:
        lines.append("")
        lines += [f"Ghi chú: {n}" for n in ev.notes]
    return "\n".join(lines)
