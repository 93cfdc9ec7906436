"""What a yearly report says, gathered once from accepted rows and rendered as PDF or .xlsx.

A unit's report: its place in the hierarchy, its recognised tier, the criteria met (N/total)
with the evaluator's reasons for each applicable set, its indicator values, recognitions,
targets with progress, and the sources of every figure. A province's report adds one line
per commune (criteria met and tier). Only accepted rows count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Observation, Recognition, Target
from nongthon.monitoring.progress import progress_of
from nongthon.units.models import Unit

STATUS_LABELS = {"met": gettext_lazy("đạt"), "not_met": gettext_lazy("chưa đạt"),
                 "unknown": gettext_lazy("chưa xác định")}


@dataclass
class CriterionLine:
    id: str
    name: str
    status: str
    reason: str


@dataclass
class SetVerdict:
    set_id: str
    title: str
    met: int
    total: int | None
    status: str
    criteria: list[CriterionLine]
    eligibility: list[str]
    missing: list[str]
    notes: list[str]

    @property
    def count_label(self) -> str:
        return f"{self.met}/{self.total if self.total is not None else '?'}"


@dataclass
class CommuneLine:
    code: str
    name: str
    parent: str
    tier: str
    criteria: str


@dataclass
class Report:
    title: str
    unit: Unit
    unit_label: str
    path: list[str]
    year: int
    tier: str
    tier_decision: str
    verdicts: list[SetVerdict] = field(default_factory=list)
    indicators: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, value, period, source
    recognitions: list[tuple[str, str, str, str]] = field(default_factory=list)  # tier, year, decision, state
    targets: list[tuple[str, str, str, str]] = field(default_factory=list)  # goal, deadline, now, progress
    communes: list[CommuneLine] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    made_on: dt.date = field(default_factory=dt.date.today)

    @property
    def headline(self) -> str:
        """"Tiêu chí đạt 17/19 (bộ …)" for the first set evaluated, or a sentence saying none applies."""
        if not self.verdicts:
            return _("Chưa có bộ tiêu chí áp dụng cho đơn vị này trong năm.")
        v = self.verdicts[0]
        return _("Tiêu chí đạt %(count)s theo %(title)s (%(set)s).") % {"count": v.count_label, "title": v.title,
                                                                       "set": v.set_id}


class ReportError(Exception):
    """The unit or province asked for does not exist; the message says why, in the active language."""


def label(unit: Unit) -> str:
    return f"{unit.get_kind_display()} {unit.name}"


def _path(unit: Unit) -> list[str]:
    chain, current = [], unit
    while current is not None and len(chain) < 6:
        chain.append(label(current))
        current = current.parent
    return list(reversed(chain))


def _accepted(qs):
    return qs.filter(status=ReviewStatus.ACCEPTED)


def _tier(unit: Unit, year: int) -> tuple[str, str]:
    rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
    best = None
    for row in _accepted(Recognition.objects.filter(unit=unit, revoked=False, year__lte=year)):
        if best is None or rank[row.tier] > rank[best.tier]:
            best = row
    if best is None:
        return _("Chưa được công nhận"), ""
    decision = " ".join(x for x in [best.decision_number and _("Quyết định %(n)s") % {"n": best.decision_number},
                                    best.issuer, best.year and _("năm %(y)s") % {"y": best.year}] if x)
    return str(best.get_tier_display()), decision


def _verdicts(unit: Unit, year: int, notes: list[str]) -> list[SetVerdict]:
    from nongthon.web.evaluations import EvaluationUnavailable, evaluate_unit, gather, sets_for

    applicable = sets_for(unit, year)
    if not applicable:
        return []
    gathered = gather(unit, year)
    notes.extend(gathered.notes)
    out = []
    for criteria_set in applicable:
        try:
            e = evaluate_unit(unit, criteria_set.id, year, gathered).evaluation
        except EvaluationUnavailable as err:
            notes.append(str(err))
            continue
        out.append(SetVerdict(
            set_id=criteria_set.id, title=criteria_set.title, met=e.met_count, total=e.total,
            status=str(STATUS_LABELS.get(str(e.status), str(e.status))),
            criteria=[CriterionLine(c.id, c.name, str(STATUS_LABELS.get(str(c.status), str(c.status))), c.reason)
                      for c in e.criteria],
            eligibility=[f"{t.tier.label}: {STATUS_LABELS.get(str(t.status), str(t.status))} — {t.reason}"
                         for t in e.eligibility],
            missing=[m.text for m in e.missing], notes=list(e.notes)))
    return out


def _source(row, sources: list[str]) -> str:
    text = row.source_label
    if text and text not in sources:
        sources.append(text)
    return text


def _plain(value) -> str:
    """A decimal without trailing zeros, Vietnamese style: 11,65 and 3.600.000."""
    text = f"{Decimal(str(value)).normalize():f}"
    whole, _sep, frac = text.partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    out = sign + ".".join(groups)
    return f"{out},{frac}" if frac else out


def _progress_text(progress) -> tuple[str, str]:
    now = "—" if progress.current is None else _plain(progress.current)
    if progress.met is True:
        state = _("đã đạt")
    elif progress.met is False:
        state = _("chưa đạt")
    else:
        state = _("chưa có số liệu")
    if progress.ratio is not None and progress.met is not True:
        state += f" ({round(progress.ratio * 100)}%)"
    if progress.overdue:
        state += _(", quá hạn")
    if progress.note:
        state += f"; {progress.note}"
    return now, state


def unit_report(unit: Unit, year: int) -> Report:
    """The yearly report of one unit (any level)."""
    tier, decision = _tier(unit, year)
    report = Report(title=_("Báo cáo nông thôn mới năm %(year)s") % {"year": year}, unit=unit, unit_label=label(unit),
                    path=_path(unit), year=year, tier=tier, tier_decision=decision)
    report.verdicts = _verdicts(unit, year, report.notes)
    sources = report.sources
    for model in (CriterionStatus, CriteriaCount):
        rows = (_accepted(model.objects.filter(unit=unit, year=year))
                .select_related("source_document", "source_legal", "source_user").order_by("id"))
        for row in rows:
            _source(row, sources)
    observations = (_accepted(Observation.objects.filter(unit=unit, year=year))
                    .select_related("indicator", "source_document", "source_legal", "source_user")
                    .order_by("indicator__name", "-id"))
    for obs in observations:
        report.indicators.append((obs.indicator.name, obs.value_label, obs.period_label, _source(obs, sources)))
    recognitions = (_accepted(Recognition.objects.filter(unit=unit))
                    .select_related("source_document", "source_legal", "source_user").order_by("year", "id"))
    for rec in recognitions:
        state = _("đã thu hồi") if rec.revoked else _("còn hiệu lực")
        decision = " ".join(x for x in [rec.decision_number, rec.issuer] if x) or "—"
        report.recognitions.append((str(rec.get_tier_display()), str(rec.year or "?"), decision, state))
        _source(rec, sources)
    targets = (_accepted(Target.objects.filter(unit=unit))
               .select_related("indicator", "source_document", "source_legal", "source_user")
               .order_by("deadline_year", "id"))
    for target in targets:
        now, state = _progress_text(progress_of(target, year))
        report.targets.append((target.what_label, str(target.deadline_year or "?"), now, state))
        _source(target, sources)
    return report


def province_report(province: Unit, year: int) -> Report:
    """The yearly report of a province: its own report and one line per commune valid in the year."""
    from nongthon.workbooks.places import communes_in_year

    report = unit_report(province, year)
    report.title = _("Báo cáo nông thôn mới cấp tỉnh năm %(year)s") % {"year": year}
    from nongthon.web.evaluations import EvaluationUnavailable, evaluate_unit, gather
    from nongthon.workbooks.layout import default_set

    criteria_set = default_set(year)
    for commune in communes_in_year(province, year):
        tier, _decision = _tier(commune, year)
        criteria = "—"
        if criteria_set is not None:
            try:
                e = evaluate_unit(commune, criteria_set.id, year, gather(commune, year)).evaluation
                criteria = f"{e.met_count}/{e.total if e.total is not None else '?'}"
            except EvaluationUnavailable:
                pass
        parent = label(commune.parent) if commune.parent and commune.parent.pk != province.pk else ""
        report.communes.append(CommuneLine(commune.code, label(commune), parent, tier, criteria))
    if criteria_set is not None:
        report.notes.append(_("Số tiêu chí đạt của từng xã theo %(title)s (%(set)s).")
                            % {"title": criteria_set.title, "set": criteria_set.id})
    return report


def find_unit(key: str) -> Unit:
    unit = Unit.objects.select_related("parent__parent__parent").filter(key=key).first()
    if unit is None:
        raise ReportError(_("Không có đơn vị khóa %(key)s.") % {"key": key})
    return unit


def find_province(code: str, year: int) -> Unit:
    from nongthon.workbooks.places import province_in_year

    province = province_in_year(code, year)
    if province is None:
        raise ReportError(_("Không có tỉnh, thành phố mã %(code)s còn hiệu lực trong năm %(year)s.")
                          % {"code": code, "year": year})
    return province
