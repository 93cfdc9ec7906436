"""A set compiled for one kind of unit and one year: which threshold applies to each indicator.

Selecting thresholds is the slow part of an evaluation and depends only on (region, commune
group, flags, year), so a plan is built once per such key and cached on the set. The
evaluator then only compares numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from nongthon.evaluation import reasons
from nongthon.evaluation.model import (
    CriteriaSet,
    Criterion,
    Indicator,
    Rule,
    Threshold,
    UnitAttributes,
    Verification,
)
from nongthon.evaluation.regions import COMMUNE_GROUPS, FLAGS, region_name

# Comparison codes, kept as small ints so the evaluator's inner loop stays cheap.
GE, LE, EQ, BOOL, COUNT = 0, 1, 2, 3, 4
_OPS = {Rule.GE: GE, Rule.LE: LE, Rule.EQ: EQ, Rule.BOOL: BOOL, Rule.COUNT: COUNT}

# Indicator outcome codes.
MET, NOT_MET, NO_VALUE, GAP, NO_ATTRIBUTE, BAD_VALUE = 1, 0, -1, -2, -3, -4


@dataclass(frozen=True, slots=True)
class IndicatorPlan:
    indicator: Indicator
    id: str
    op: int
    threshold_value: float | None
    threshold: Threshold | None
    problem: int  # 0, GAP or NO_ATTRIBUTE
    context: str  # "vùng Trung du và miền núi phía Bắc, năm 2020"
    attribute: str | None = None  # the unit attribute whose absence blocks the threshold

    def gap_text(self) -> str:
        return reasons.gap(self.indicator, self.context)


@dataclass(frozen=True, slots=True)
class CriterionPlan:
    criterion: Criterion
    id: str
    complete: bool
    indicators: tuple[IndicatorPlan, ...]
    fast: tuple = ()  # (id, op, threshold value, problem, plan) per indicator, for the inner loop


def _fast(plans) -> tuple:
    return tuple((p.id, p.op, p.threshold_value, p.problem, p) for p in plans)


@dataclass(frozen=True, slots=True)
class Plan:
    criteria: tuple[CriterionPlan, ...]
    conditions: tuple  # in the fast form of CriterionPlan.fast
    recognition_ids: tuple[tuple[str, object], ...]  # (indicator id, tier) filled from a recognition
    via_flag: str | None
    region: str | None


def _effective_region(cset: CriteriaSet, attributes: UnitAttributes) -> tuple[str | None, str | None]:
    for flag in sorted(attributes.flags):
        if flag in cset.flag_regions:
            return cset.flag_regions[flag], flag
    return attributes.region, None


def _context(threshold: Threshold | None, region: str | None, via_flag: str | None, group: int | None,
             year: int, varies: dict[str, bool]) -> str:
    parts = []
    uses_region = varies["region"] or (threshold is not None and threshold.region is not None)
    if uses_region and region:
        if via_flag:
            parts.append(f"{FLAGS[via_flag]} áp dụng ngưỡng vùng {region_name(region)}")
        else:
            parts.append(f"vùng {region_name(region)}")
    if threshold is not None and threshold.flag:
        parts.append(FLAGS[threshold.flag])
    uses_group = varies["group"] or (threshold is not None and threshold.group is not None)
    if uses_group and group:
        parts.append(COMMUNE_GROUPS.get(group, f"nhóm {group}").split(" (")[0])
    if threshold is None or threshold.year_from is not None or threshold.year_to is not None or varies["year"]:
        parts.append(f"năm {year}")
    return ", ".join(parts)


def _select(thresholds: tuple[Threshold, ...], region, group, flags, year) -> Threshold | None:
    best = None
    for threshold in thresholds:
        if threshold.matches(region, group, flags, year) and (best is None or threshold.specificity > best.specificity):
            best = threshold
    return best


def _indicator_plan(cset: CriteriaSet, indicator: Indicator, attributes: UnitAttributes, year: int,
                    region: str | None, via_flag: str | None, resolve) -> IndicatorPlan:
    op = _OPS[indicator.rule]
    group = attributes.commune_group
    if indicator.rule is Rule.BOOL:
        return IndicatorPlan(indicator, indicator.id, op, None, None, 0, "")
    if indicator.relative_to is not None:
        return _relative_plan(cset, indicator, attributes, year, resolve)
    thresholds = indicator.thresholds
    varies = {
        "region": any(t.region for t in thresholds),
        "group": any(t.group for t in thresholds),
        "year": any(t.year_from or t.year_to for t in thresholds),
    }
    chosen = _select(thresholds, region, group, attributes.flags, year)
    if chosen is None:
        if varies["region"] and region is None:
            return IndicatorPlan(indicator, indicator.id, op, None, None, NO_ATTRIBUTE, "", "vùng kinh tế – xã hội")
        if varies["group"] and group is None:
            return IndicatorPlan(indicator, indicator.id, op, None, None, NO_ATTRIBUTE, "", "nhóm xã")
        context = _context(None, region, via_flag, group, year, varies)
        return IndicatorPlan(indicator, indicator.id, op, None, None, GAP, context)
    context = _context(chosen, region, via_flag, group, year, varies)
    if chosen.is_gap:
        return IndicatorPlan(indicator, indicator.id, op, None, chosen, GAP, context)
    context += reasons.verification_note(chosen.verified, chosen.note)
    return IndicatorPlan(indicator, indicator.id, op, chosen.value, chosen, 0, context)


def _relative_plan(cset, indicator: Indicator, attributes: UnitAttributes, year: int, resolve) -> IndicatorPlan:
    rel = indicator.relative_to
    percent = reasons.format_number(round(rel.factor * 100, 4))
    op = _OPS[indicator.rule]
    try:
        other = resolve(rel.set_id)
        target = other.indicator(rel.indicator_id)
    except KeyError:
        context = f"{percent}% {rel.label}: không tìm thấy {rel.set_id}/{rel.indicator_id}"
        return IndicatorPlan(indicator, indicator.id, op, None, None, GAP, context)
    region, via_flag = _effective_region(other, attributes)
    base = _indicator_plan(other, target, attributes, year, region, via_flag, resolve)
    if base.problem:
        where = f"{rel.label}" + (f", {base.context}" if base.context else "")
        if base.problem == NO_ATTRIBUTE:
            return IndicatorPlan(indicator, indicator.id, op, None, None, NO_ATTRIBUTE, where, base.attribute)
        return IndicatorPlan(indicator, indicator.id, op, None, base.threshold, GAP,
                             f"{where} (nên chưa tính được mức {percent}%)")
    derived = Threshold(value=base.threshold_value * rel.factor, verified=Verification.VERIFIED,
                        source=indicator.source, line=indicator.line)
    context = f"{percent}% {rel.label}" + (f", {base.context}" if base.context else "")
    return IndicatorPlan(indicator, indicator.id, op, derived.value, derived, 0, context)


def compile_plan(cset: CriteriaSet, attributes: UnitAttributes, year: int, resolve=None) -> Plan:
    """The plan for this kind of unit and year, built once and cached on the set."""
    key = (attributes.region, attributes.commune_group, attributes.flags, year)
    plan = cset._plans.get(key)
    if plan is not None:
        return plan
    if resolve is None:
        from nongthon.evaluation.loader import load_set as resolve
    region, via_flag = _effective_region(cset, attributes)
    criteria = []
    for c in cset.criteria:
        plans = tuple(_indicator_plan(cset, i, attributes, year, region, via_flag, resolve) for i in c.indicators)
        criteria.append(CriterionPlan(c, c.id, c.indicators_complete, plans, _fast(plans)))
    conditions = _fast(_indicator_plan(cset, i, attributes, year, region, via_flag, resolve) for i in cset.conditions)
    recognition_ids = tuple(
        (i.id, i.recognition_tier)
        for i in [i for c in cset.criteria for i in c.indicators] + list(cset.conditions)
        if i.recognition_tier is not None
    )
    plan = Plan(tuple(criteria), conditions, recognition_ids, via_flag, region)
    cset._plans[key] = plan
    return plan
