"""evaluate(set, attributes, known) -> Evaluation.

Stages: compile the set for the unit's kind and year (cached, `plan.py`) → compare each value
with its threshold → decide each criterion from its indicators, then from asserted statuses
where the values do not decide → use a reported count ("19/19") to settle what is left →
count. Reasons, missing data, conflicts and tier eligibility are worked out on demand by
`Evaluation` (`results.py`).
"""

from __future__ import annotations

from nongthon.evaluation.i18n import _
from nongthon.evaluation.model import CriteriaSet, KnownData, Status, UnitAttributes
from nongthon.evaluation.plan import (
    BAD_VALUE,
    BOOL,
    COUNT,
    GE,
    LE,
    MET,
    NO_VALUE,
    NOT_MET,
    compile_plan,
)
from nongthon.evaluation.results import Basis, Evaluation

_MET, _NOT_MET, _UNKNOWN = Status.MET, Status.NOT_MET, Status.UNKNOWN


def _compare(fast, values) -> tuple[list, int]:
    """Compare each value with its threshold; returns the rows and whether all met (1), any failed (0), else -1."""
    rows = []
    append = rows.append
    state = MET
    for ident, op, t, problem, p in fast:
        v = values.get(ident)
        if problem:
            code = problem
        elif v is None:
            code = NO_VALUE
        elif op == BOOL:
            code = (MET if v else NOT_MET) if (v is True or v is False or v == 0 or v == 1) else BAD_VALUE
        elif v is True or v is False:
            code = BAD_VALUE
        else:
            try:
                if op == GE or op == COUNT:
                    code = MET if v >= t else NOT_MET
                elif op == LE:
                    code = MET if v <= t else NOT_MET
                else:
                    code = MET if v == t else NOT_MET
            except TypeError:
                code = BAD_VALUE
        append((p, v, code))
        if code != MET:
            if code == NOT_MET:
                state = NOT_MET
            elif state == MET:
                state = -1
    return rows, state


def _state(fast, values) -> int:
    """Like `_compare` without keeping the rows: the evaluator's hot loop."""
    state = MET
    for ident, op, t, problem, _plan in fast:
        v = values.get(ident)
        if problem or v is None:
            state = -1
            continue
        if op == BOOL:
            if v is True or v is False or v == 0 or v == 1:
                if not v:
                    return NOT_MET
                continue
        elif v is not True and v is not False:
            try:
                if op == GE or op == COUNT:
                    if v >= t:
                        continue
                elif op == LE:
                    if v <= t:
                        continue
                elif v == t:
                    continue
                return NOT_MET
            except TypeError:
                pass
        state = -1
    return state


def evaluate(criteria_set: CriteriaSet, attributes: UnitAttributes, known: KnownData) -> Evaluation:
    """Judge one unit for one year. Pure and deterministic; see the module docstring for the stages."""
    plan = compile_plan(criteria_set, attributes, known.year)
    values = known.values
    via = None
    if plan.recognition_ids and known.recognition is not None:
        rec = known.recognition
        if rec.year is None or rec.year <= known.year:
            extra = {i: True for i, tier in plan.recognition_ids if rec.tier.rank >= tier.rank and i not in values}
            if extra:
                values = {**values, **extra}
                via = _("theo quyết định công nhận") + (f" {rec.decision}" if rec.decision else "")
    asserted = known.criterion_status
    rows = []
    met = not_met = 0
    for cplan in plan.criteria:
        state = _state(cplan.fast, values)
        status = _UNKNOWN
        basis = Basis.NONE
        if state == NOT_MET:
            status, basis = _NOT_MET, Basis.VALUES
        elif state == MET and cplan.fast and cplan.complete:
            status, basis = _MET, Basis.VALUES
        if status is _UNKNOWN and asserted:
            said = asserted.get(cplan.id)
            if said is not None:
                status, basis = (_MET if said else _NOT_MET), Basis.ASSERTED
        if status is _MET:
            met += 1
        elif status is _NOT_MET:
            not_met += 1
        rows.append([cplan, status, basis])
    total = criteria_set.total
    count_conflict = None
    if known.asserted_count is not None:
        count_conflict, met, not_met = _apply_count(criteria_set, known, rows, met, not_met, total)
    conditions = _compare(plan.conditions, values)[0] if plan.conditions else []
    if total is not None and met == total:
        status = _MET
    elif not_met:
        status = _NOT_MET
    else:
        status = _UNKNOWN
    return Evaluation(criteria_set, attributes, known, values, via, rows, conditions, status, met, not_met, total,
                      count_conflict)


def _apply_count(criteria_set, known, rows, met, not_met, total):
    """Settle undecided criteria from a reported count, or report why the count does not fit."""
    said_met, said_total = known.asserted_count
    said = f"{said_met}/{said_total}"
    if total is None:
        return (_("Báo cáo ghi %(said)s tiêu chí nhưng danh mục tiêu chí của bộ %(set)s chưa được xác minh; không "
                  "dùng con số này để suy ra") % {"said": said, "set": criteria_set.id}, met, not_met)
    if said_total != total:
        return (_("Báo cáo ghi %(said)s tiêu chí nhưng bộ %(set)s có %(total)s tiêu chí; không dùng con số này để "
                  "suy ra") % {"said": said, "set": criteria_set.id, "total": total}, met, not_met)
    undecided = [r for r in rows if r[1] is _UNKNOWN]
    if said_met > met + len(undecided):
        failing = ", ".join(r[0].id for r in rows if r[1] is _NOT_MET)
        return (_("Báo cáo ghi %(said)s tiêu chí đạt nhưng số liệu cho thấy tiêu chí %(failing)s chưa đạt") % {
            "said": said, "failing": failing}, met, not_met)
    if said_met < met:
        return (_("Báo cáo ghi %(said)s tiêu chí đạt nhưng số liệu và báo cáo từng tiêu chí cho thấy đã đạt "
                  "%(met)s") % {"said": said, "met": met}, met, not_met)
    if undecided and said_met == met + len(undecided):
        for r in undecided:
            r[1], r[2] = _MET, Basis.COUNT
        met += len(undecided)
    elif undecided and said_met == met:
        for r in undecided:
            r[1], r[2] = _NOT_MET, Basis.COUNT
        not_met += len(undecided)
    return None, met, not_met
