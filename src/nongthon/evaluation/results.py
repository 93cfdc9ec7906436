"""The evaluator's output: verdicts with reasons, counts, tier eligibility, missing data, conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from nongthon.evaluation import reasons
from nongthon.evaluation.i18n import _
from nongthon.evaluation.model import (
    CriteriaSet,
    Criterion,
    Indicator,
    KnownData,
    Rule,
    Status,
    Tier,
    UnitAttributes,
)
from nongthon.evaluation.plan import BAD_VALUE, GAP, MET, NO_ATTRIBUTE, NO_VALUE, IndicatorPlan

_STATUS_OF_CODE = {MET: Status.MET, 0: Status.NOT_MET}


class Basis:
    """Where a criterion's verdict comes from."""

    VALUES = "values"  # measured indicator values
    ASSERTED = "asserted"  # a report asserts the criterion's status
    COUNT = "count"  # deduced from a reported count such as "19/19"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    plan: IndicatorPlan
    value: object
    code: int
    year: int
    via: str | None = None

    @property
    def indicator(self) -> Indicator:
        return self.plan.indicator

    @property
    def id(self) -> str:
        return self.plan.id

    @property
    def status(self) -> Status:
        return _STATUS_OF_CODE.get(self.code, Status.UNKNOWN)

    @property
    def threshold(self) -> float | None:
        return self.plan.threshold_value

    @property
    def reason(self) -> str:
        ind, code = self.plan.indicator, self.code
        if code == GAP:
            text = self.plan.gap_text()
            if self.value is not None:
                text = f"{ind.name}: {reasons.with_unit(self.value, ind.unit)}; " + text[0].lower() + text[1:]
            return text
        if code == NO_ATTRIBUTE:
            return reasons.missing_attribute(ind, self.plan.attribute or _("thuộc tính"))
        if code == NO_VALUE:
            return reasons.no_value(ind, self.year)
        if code == BAD_VALUE:
            return reasons.bad_value(ind, self.value)
        if ind.rule is Rule.BOOL:
            return reasons.boolean(ind, code == MET, self.via)
        return reasons.compared(ind, self.value, self.plan.threshold_value, code == MET, self.plan.context)


@dataclass(frozen=True, slots=True)
class Conflict:
    ref: str
    text: str


@dataclass(frozen=True, slots=True)
class MissingData:
    kind: str  # "value", "threshold", "attribute", "status"
    ref: str
    text: str


@dataclass(frozen=True, slots=True)
class TierEligibility:
    tier: Tier
    status: Status
    reason: str


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion: Criterion
    status: Status
    basis: str
    indicators: tuple[IndicatorResult, ...]
    asserted: bool | None
    source: str | None
    count_text: str | None = None

    @property
    def id(self) -> str:
        return self.criterion.id

    @property
    def name(self) -> str:
        return self.criterion.name

    @property
    def conflict(self) -> str | None:
        computed = _computed(self)
        if self.asserted is None or computed is Status.UNKNOWN:
            return None
        if (computed is Status.MET) != self.asserted:
            said = _("đạt") if self.asserted else _("chưa đạt")
            return _("Tiêu chí %(id)s (%(name)s): báo cáo khẳng định %(said)s%(source)s nhưng số liệu cho thấy "
                     "%(computed)s: %(detail)s") % {"id": self.id, "name": self.name, "said": said,
                                                   "source": _from(self.source), "computed": _(computed.label),
                                                   "detail": _detail(self)}
        return None

    @property
    def reason(self) -> str:
        head = _("Tiêu chí %(id)s (%(name)s)") % {"id": self.id, "name": self.name}
        if self.basis == Basis.ASSERTED:
            said = _("đạt") if self.asserted else _("chưa đạt")
            if any(r.value is not None for r in self.indicators):
                return head + ": " + _("%(said)s theo báo cáo; số liệu đã có chưa đủ để tự kết luận") % {"said": said}
            return head + ": " + _("%(said)s theo báo cáo, không kèm số liệu chỉ tiêu") % {"said": said}
        if self.basis == Basis.COUNT:
            said = _("đạt") if self.status is Status.MET else _("chưa đạt")
            return head + ": " + _("%(said)s, suy ra từ báo cáo %(count)s tiêu chí đạt") % {
                "said": said, "count": self.count_text}
        if self.status is Status.MET:
            n = len(self.indicators)
            return head + ": " + _("đạt, %(n)s/%(n)s chỉ tiêu đạt") % {"n": n}
        if self.status is Status.NOT_MET:
            return head + ": " + _("chưa đạt") + " — " + _detail(self)
        return head + ": " + _("chưa xác định") + " — " + _unknown_detail(self)


def _from(source: str | None) -> str:
    return f" ({source})" if source else ""


def _computed(result: CriterionResult) -> Status:
    codes = [r.code for r in result.indicators]
    if 0 in codes:
        return Status.NOT_MET
    if codes and all(c == MET for c in codes) and result.criterion.indicators_complete:
        return Status.MET
    return Status.UNKNOWN


def _detail(result: CriterionResult) -> str:
    failing = [r.reason for r in result.indicators if r.code == 0]
    return reasons.join(failing or [r.reason for r in result.indicators])


def _unknown_detail(result: CriterionResult) -> str:
    parts = [r.reason for r in result.indicators if r.code != MET]
    met = [r for r in result.indicators if r.code == MET]
    if not result.criterion.indicators_complete:
        if met and not parts:
            parts.append(_("%(n)s chỉ tiêu đã biết đều đạt nhưng danh mục chỉ tiêu chính thức chưa được xác minh") % {
                "n": len(met)})
        parts.append(_("cần báo cáo kết quả đạt/chưa đạt của tiêu chí"))
    return reasons.join(parts) if parts else _("chưa có dữ liệu")


class Evaluation:
    """The verdict on one unit for one year against one set; see `evaluate`."""

    __slots__ = ("criteria_set", "attributes", "known", "_values", "_via", "_rows", "_conditions", "status", "met_count",
                 "not_met_count", "total", "_count_conflict", "__dict__")

    def __init__(self, criteria_set: CriteriaSet, attributes: UnitAttributes, known: KnownData,
                 values, via: str | None, rows: list, conditions: list, status: Status, met_count: int, not_met_count: int,
                 total: int | None, count_conflict: str | None):
        self.criteria_set = criteria_set
        self.attributes = attributes
        self.known = known
        self._values = values
        self._via = via
        self._rows = rows
        self._conditions = conditions
        self.status = status
        self.met_count = met_count
        self.not_met_count = not_met_count
        self.total = total
        self._count_conflict = count_conflict

    @property
    def year(self) -> int:
        return self.known.year

    @property
    def count_text(self) -> str:
        return f"{self.met_count}/{self.total if self.total is not None else '?'}"

    @cached_property
    def criteria(self) -> tuple[CriterionResult, ...]:
        year, source = self.known.year, self.known.source
        out = []
        asserted = self.known.criterion_status
        count = self.known.asserted_count
        count_text = f"{count[0]}/{count[1]}" if count else None
        from nongthon.evaluation.evaluator import _compare

        via = self._via
        for cplan, status, basis in self._rows:
            rows, _all_met = _compare(cplan.fast, self._values)
            indicators = tuple(IndicatorResult(p, v, c, year, via if p.indicator.recognition_tier else None)
                               for p, v, c in rows)
            out.append(CriterionResult(cplan.criterion, status, basis, indicators,
                                       asserted.get(cplan.id), source, count_text))
        return tuple(out)

    @cached_property
    def conditions(self) -> tuple[IndicatorResult, ...]:
        return tuple(IndicatorResult(p, v, c, self.known.year) for p, v, c in self._conditions)

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        return tuple(r for c in self.criteria for r in c.indicators)

    def criterion(self, criterion_id: str) -> CriterionResult:
        for result in self.criteria:
            if result.id == criterion_id:
                return result
        raise KeyError(criterion_id)

    def indicator(self, indicator_id: str) -> IndicatorResult:
        for result in self.indicators + self.conditions:
            if result.id == indicator_id:
                return result
        raise KeyError(indicator_id)

    @cached_property
    def conflicts(self) -> tuple[Conflict, ...]:
        out = [Conflict(c.id, c.conflict) for c in self.criteria if c.conflict]
        if self._count_conflict:
            out.append(Conflict("count", self._count_conflict))
        recognition = self.known.recognition
        if recognition and self._recognised_here() and self._eligibility_from_data() is Status.NOT_MET:
            out.append(Conflict("recognition", _(
                "Đơn vị đã được công nhận %(tier)s%(decision)s nhưng số liệu năm %(year)s cho thấy chưa đạt") % {
                    "tier": _(recognition.tier.label), "decision": _decision(recognition), "year": self.year}))
        return tuple(out)

    @cached_property
    def missing(self) -> tuple[MissingData, ...]:
        """What blocks a verdict: only for criteria and conditions still undecided."""
        out: list[MissingData] = []
        seen: set[tuple[str, str]] = set()

        def add(kind: str, ref: str, text: str) -> None:
            if (kind, text) not in seen:
                seen.add((kind, text))
                out.append(MissingData(kind, ref, text))

        undecided = [c for c in self.criteria if c.status is Status.UNKNOWN]
        for result in [r for c in undecided for r in c.indicators] + list(self.conditions):
            if result.code == NO_ATTRIBUTE:
                add("attribute", result.id, result.reason)
            elif result.code == GAP:
                add("threshold", result.id, result.plan.gap_text())
            if result.value is None and result.code in (NO_VALUE, GAP, NO_ATTRIBUTE):
                add("value", result.id, reasons.no_value(result.indicator, self.year))
            elif result.code == BAD_VALUE:
                add("value", result.id, result.reason)
        for result in undecided:
            if not result.criterion.indicators_complete and not any(r.code == 0 for r in result.indicators):
                add("status", result.id, _("Cần báo cáo tiêu chí %(id)s (%(name)s) đạt hay chưa đạt (danh mục chỉ "
                                           "tiêu chính thức chưa được xác minh)") % {"id": result.id,
                                                                                   "name": result.name})
        if self.total is None:
            add("status", "set", _("Danh mục tiêu chí của bộ chưa được xác minh; cần văn bản chính thức"))
        return tuple(out)

    @property
    def gaps(self) -> tuple[MissingData, ...]:
        return tuple(m for m in self.missing if m.kind == "threshold")

    @cached_property
    def notes(self) -> tuple[str, ...]:
        cset, year = self.criteria_set, self.year
        out = []
        if not cset.period_from <= year <= cset.period_to:
            out.append(_("Năm %(year)s nằm ngoài thời kỳ áp dụng %(start)s–%(end)s của bộ tiêu chí") % {
                "year": year, "start": cset.period_from, "end": cset.period_to})
        return tuple(out)

    def _recognised_here(self) -> bool:
        rec, cset = self.known.recognition, self.criteria_set
        if rec is None or rec.tier.rank < cset.tier.rank:
            return False
        return rec.year is None or (cset.period_from <= rec.year <= self.year)

    def _eligibility_from_data(self) -> Status:
        # The conditions' statuses from their codes, as `IndicatorResult.status` gives them, without
        # building the results (re-evaluating the country asks this of every commune).
        conditions = [_STATUS_OF_CODE.get(code, Status.UNKNOWN) for _p, _v, code in self._conditions]
        if self.status is Status.NOT_MET or Status.NOT_MET in conditions:
            return Status.NOT_MET
        if self.status is Status.MET and all(s is Status.MET for s in conditions):
            return Status.MET
        return Status.UNKNOWN

    @property
    def tier_status(self) -> Status:
        """Whether the unit may be recognised at the set's tier: `eligibility[0].status`, without its reason."""
        status = self._eligibility_from_data()
        if status is Status.UNKNOWN and self._recognised_here():
            return Status.MET
        return status

    @cached_property
    def eligibility(self) -> tuple[TierEligibility, ...]:
        cset = self.criteria_set
        tier = cset.tier
        status = self._eligibility_from_data()
        failing_conditions = [c for c in self.conditions if c.status is Status.NOT_MET]
        unknown_conditions = [c for c in self.conditions if c.status is Status.UNKNOWN]
        if status is Status.MET:
            if self.conditions:
                reason = _("Đủ điều kiện xét công nhận %(tier)s: đạt %(count)s tiêu chí và các điều kiện công nhận")
            else:
                reason = _("Đủ điều kiện xét công nhận %(tier)s: đạt %(count)s tiêu chí")
            reason %= {"tier": _(tier.label), "count": self.count_text}
        elif status is Status.NOT_MET:
            parts = []
            if self.not_met_count:
                failing = ", ".join(c.id for c in self.criteria if c.status is Status.NOT_MET)
                parts.append(_("%(n)s tiêu chí chưa đạt (%(ids)s)") % {"n": self.not_met_count, "ids": failing})
            parts += [c.reason for c in failing_conditions]
            reason = _("Chưa đủ điều kiện %(tier)s: %(why)s") % {"tier": _(tier.label), "why": "; ".join(parts)}
        else:
            parts = []
            unknown = [c.id for c in self.criteria if c.status is Status.UNKNOWN]
            if unknown:
                parts.append(_("chưa xác định %(n)s tiêu chí (%(ids)s)") % {"n": len(unknown), "ids": ", ".join(unknown)})
            elif self.total is None:
                parts.append(_("danh mục tiêu chí chưa được xác minh"))
            parts += [_("điều kiện «%(name)s» chưa xác định") % {"name": c.indicator.name} for c in unknown_conditions]
            reason = _("Chưa kết luận được %(tier)s: đạt %(count)s; %(why)s") % {
                "tier": _(tier.label), "count": self.count_text, "why": "; ".join(parts)}
            if self._recognised_here():
                rec = self.known.recognition
                status = Status.MET
                reason = (_("Đã được công nhận %(tier)s%(decision)s") % {"tier": _(rec.tier.label),
                                                                          "decision": _decision(rec)}
                          + "; " + reason[0].lower() + reason[1:])
        out = [TierEligibility(tier, status, reason)]
        for result in self.indicators + self.conditions:
            required = result.indicator.recognition_tier
            if required is not None:
                out.append(TierEligibility(required, result.status, result.reason))
        return tuple(out)

    def to_dict(self) -> dict:
        """A JSON-ready summary (used by `nongthon evaluate --json` and the API)."""
        cset = self.criteria_set

        def ind(r: IndicatorResult) -> dict:
            return {"id": r.id, "name": r.indicator.name, "status": r.status.value, "value": r.value,
                    "threshold": r.threshold, "unit": r.indicator.unit, "reason": r.reason}

        return {
            "set": cset.id, "title": cset.title, "tier": cset.tier.value, "year": self.year,
            "unit": {"code": self.attributes.code, "name": self.attributes.name,
                     "region": self.attributes.region, "commune_group": self.attributes.commune_group,
                     "flags": sorted(self.attributes.flags)},
            "source": self.known.source,
            "status": self.status.value, "met": self.met_count, "total": self.total, "count": self.count_text,
            "criteria": [
                {"id": c.id, "name": c.name, "status": c.status.value, "basis": c.basis, "reason": c.reason,
                 "indicators": [ind(r) for r in c.indicators]}
                for c in self.criteria
            ],
            "conditions": [ind(r) for r in self.conditions],
            "eligibility": [{"tier": e.tier.value, "status": e.status.value, "reason": e.reason}
                            for e in self.eligibility],
            "missing": [{"kind": m.kind, "ref": m.ref, "text": m.text} for m in self.missing],
            "conflicts": [{"ref": c.ref, "text": c.text} for c in self.conflicts],
            "notes": list(self.notes),
        }


def _decision(recognition) -> str:
    parts = []
    if recognition.decision:
        parts.append(_("theo quyết định %(decision)s") % {"decision": recognition.decision})
    if recognition.year:
        parts.append(_("năm %(year)s") % {"year": recognition.year})
    return (" " + ", ".join(parts)) if parts else ""
