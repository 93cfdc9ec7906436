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
    if ev.known.source:
        lines.append(f"Nguồn báo cáo, số liệu: {ev.known.source}")
    lines.append(f"Kết quả: {ev.count_text} tiêu chí đạt — {ev.status.label}")
    lines.append("")
    deduced = [c for c in ev.criteria if c.basis == "count"]
    for c in ev.criteria:
        if c.basis == "count":
            continue
        lines.append(f"{_MARK[c.status]} {c.reason}")
        if show_indicators and (c.basis == "values" or any(r.value is not None for r in c.indicators)):
            for r in c.indicators:
                lines.append(f"    {_MARK[r.status]} {r.id}: {r.reason}")
    if deduced:
        lines.append(f"Suy ra từ báo cáo {deduced[0].count_text} tiêu chí đạt, không kèm số liệu:")
        for c in deduced:
            lines.append(f"{_MARK[c.status]} Tiêu chí {c.id} ({c.name})")
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


def _threshold_dict(t) -> dict:
    return {"value": t.value, "region": t.region, "group": t.group, "flag": t.flag,
            "year_from": t.year_from, "year_to": t.year_to, "verified": t.verified.value,
            "gap": t.is_gap, "source": t.source, "note": t.note}


def _indicator_dict(i) -> dict:
    out = {"id": i.id, "name": i.name, "rule": i.rule.value, "unit": i.unit, "verified": i.verified.value,
           "source": i.source, "note": i.note, "thresholds": [_threshold_dict(t) for t in i.thresholds]}
    if i.relative_to:
        out["relative_to"] = {"set": i.relative_to.set_id, "indicator": i.relative_to.indicator_id,
                              "factor": i.relative_to.factor, "label": i.relative_to.label}
    if i.recognition_tier:
        out["recognition_tier"] = i.recognition_tier.value
    return out


def set_summary(cset) -> dict:
    law = cset.legal_basis
    return {
        "id": cset.id, "title": cset.title, "scope": cset.scope.value, "tier": cset.tier.value,
        "period": [cset.period_from, cset.period_to], "extends": cset.extends, "province": cset.province,
        "legal_basis": {"number": law.number, "date": law.date, "issuer": law.issuer, "in_force": law.in_force,
                        "source": law.source},
        "criteria_count": cset.total, "indicator_count": cset.declared_indicator_count,
        "listed_indicators": sum(len(c.indicators) for c in cset.criteria), "gaps": len(cset.gaps()),
        "criteria_verified": cset.criteria_complete,
        "indicator_lists_verified": all(c.indicators_complete for c in cset.criteria),
    }


def set_to_dict(cset) -> dict:
    """A JSON-ready description of a set, as `nongthon criteria show --json` prints it."""
    out = set_summary(cset)
    out["notes"] = cset.notes
    out["flag_regions"] = dict(cset.flag_regions)
    out["criteria_complete"] = cset.criteria_complete
    out["criteria"] = [
        {"id": c.id, "name": c.name, "group": c.group, "indicators_complete": c.indicators_complete,
         "note": c.note, "indicators": [_indicator_dict(i) for i in c.indicators]}
        for c in cset.criteria
    ]
    out["conditions"] = [_indicator_dict(i) for i in cset.conditions]
    return out


def render_set(cset) -> str:
    """The set as text: criteria, indicators, thresholds with their verification, gaps called out."""
    from nongthon.evaluation.reasons import with_unit
    from nongthon.evaluation.regions import COMMUNE_GROUPS

    lines = [f"{cset.id}: {describe_set(cset)}",
             f"Phạm vi: {cset.scope.label}; hạng: {cset.tier.label}; thời kỳ {cset.period_from}–{cset.period_to}"]
    if cset.extends:
        lines.append(f"Kế thừa: {cset.extends}")
    if cset.legal_basis.source:
        lines.append(f"Nguồn: {cset.legal_basis.source}")
    count = cset.total if cset.total is not None else "chưa xác minh"
    lines.append(f"Số tiêu chí: {count}"
                 + (f"; số chỉ tiêu theo văn bản: {cset.declared_indicator_count}" if cset.declared_indicator_count else ""))
    if cset.flag_regions:
        lines.append("Áp dụng ngưỡng vùng khác: " + "; ".join(
            f"{FLAGS[f]} → vùng {region_name(r)}" for f, r in cset.flag_regions.items()))
    if cset.notes:
        lines.append(f"Ghi chú: {cset.notes}")

    def indicator_lines(i, indent: str) -> list[str]:
        out = [f"{indent}{i.id}. {i.name} [{i.rule.value}{', ' + i.unit if i.unit else ''}]"]
        if i.relative_to:
            out.append(f"{indent}    = {format_percent(i.relative_to.factor)} {i.relative_to.label}")
        for t in i.thresholds:
            where = ", ".join(x for x in (
                f"vùng {region_name(t.region)}" if t.region else "",
                COMMUNE_GROUPS.get(t.group, "").split(" (")[0] if t.group else "",
                FLAGS.get(t.flag, "") if t.flag else "",
                _years(t)) if x) or "chung"
            value = "KHOẢNG TRỐNG (chưa có ngưỡng chính thức)" if t.is_gap else with_unit(t.value, i.unit)
            mark = {"verified": "", "partly": " (xác minh một phần)", "unverified": ""}[t.verified.value]
            out.append(f"{indent}    {where}: {value}{mark}")
        return out

    for c in cset.criteria:
        flag = "" if c.indicators_complete else " (danh mục chỉ tiêu chưa xác minh)"
        lines.append(f"Tiêu chí {c.id}. {c.name}{flag}")
        for i in c.indicators:
            lines += indicator_lines(i, "  ")
    if cset.conditions:
        lines.append("Điều kiện công nhận:")
        for i in cset.conditions:
            lines += indicator_lines(i, "  ")
    return "\n".join(lines)


def format_percent(factor: float) -> str:
    from nongthon.evaluation.reasons import format_number

    return f"{format_number(round(factor * 100, 4))}%"


def _years(t) -> str:
    if t.year_from is None and t.year_to is None:
        return ""
    if t.year_from == t.year_to:
        return f"năm {t.year_from}"
    return f"năm {t.year_from or '…'}–{t.year_to or '…'}"
