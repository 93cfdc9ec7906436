"""Running the criteria evaluator on what the database knows, for the unit page and the API.

The known data of a unit for a year is read from accepted monitoring rows only: observations of
indicators tied to the set (`Indicator.criteria_set_id`/`criteria_indicator_id`), statuses of
criteria, the reported criteria count, and the highest recognition up to that year.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_noop

from nongthon.web.progress import model

#: The pure evaluator labels its statuses, scopes and tiers in Vietnamese (it cannot import Django).
#: Listed here so that makemessages puts them in the catalogue; pages translate them where shown.
EVALUATOR_LABELS = (
    gettext_noop("đạt"), gettext_noop("chưa đạt"), gettext_noop("chưa xác định"),
    gettext_noop("tỉnh"), gettext_noop("huyện"), gettext_noop("xã"), gettext_noop("thôn"),
    gettext_noop("đạt chuẩn nông thôn mới"), gettext_noop("nông thôn mới nâng cao"),
    gettext_noop("nông thôn mới kiểu mẫu"), gettext_noop("nông thôn mới hiện đại"),
)


class EvaluationUnavailable(Exception):
    """The evaluator cannot run; the message says why, in Vietnamese."""


@dataclass
class UnitEvaluation:
    evaluation: object
    notes: list[str]


@dataclass
class Gathered:
    """Accepted rows of one unit up to one year, read once for every set evaluated."""

    year: int
    observations: list  # (set id, indicator id, value), oldest first
    statuses: list  # (set id, criterion id, met)
    count: tuple[int, int] | None
    recognition: object | None
    attributes: object
    notes: list[str]


def gather(unit, year: int) -> Gathered:
    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus

    accepted = {"unit": unit, "status": ReviewStatus.ACCEPTED}
    observations, statuses, count, recognition = [], [], None, None
    Observation = model("monitoring", "Observation")
    if Observation is not None:
        observations = list(
            Observation.objects.filter(**accepted, year__lte=year)
            .exclude(indicator__criteria_set_id="").exclude(indicator__criteria_indicator_id="")
            .order_by("year", "id")
            .values_list("indicator__criteria_set_id", "indicator__criteria_indicator_id", "value")
        )
    CriterionStatus = model("monitoring", "CriterionStatus")
    if CriterionStatus is not None:
        statuses = list(CriterionStatus.objects.filter(**accepted, year=year).order_by("id")
                        .values_list("criteria_set_id", "criterion_id", "met"))
    CriteriaCount = model("monitoring", "CriteriaCount")
    if CriteriaCount is not None:
        row = CriteriaCount.objects.filter(**accepted, year=year).order_by("-id").first()
        if row is not None and row.total:
            count = (row.achieved, row.total)
    Recognition = model("monitoring", "Recognition")
    if Recognition is not None:
        rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
        best = None
        for row in Recognition.objects.filter(**accepted, revoked=False, year__lte=year):
            if best is None or rank[row.tier] > rank[best.tier]:
                best = row
        if best is not None:
            recognition = ev.Recognition(tier=ev.Tier(best.tier), decision=best.decision_number or None,
                                         year=best.year)
    try:
        from nongthon.criteria.attributes import UnitLookupError, unit_context

        context = unit_context(unit.code, year)
        attributes, notes = context.attributes, list(context.notes)
    except (ImportError, UnitLookupError) as err:
        attributes, notes = ev.UnitAttributes(name=unit.name, code=unit.code), [str(err)]
    return Gathered(year, observations, statuses, count, recognition, attributes, notes)


def known_data(gathered: Gathered, criteria_set):
    from nongthon import evaluation as ev

    ids = {criteria_set.id, *([criteria_set.extends] if criteria_set.extends else [])}
    values = {indicator: float(value) for set_id, indicator, value in gathered.observations if set_id in ids}
    statuses = {criterion: met for set_id, criterion, met in gathered.statuses if set_id == criteria_set.id}
    return ev.KnownData(year=gathered.year, values=values, criterion_status=statuses,
                        asserted_count=gathered.count, recognition=gathered.recognition,
                        source="dữ liệu đã duyệt trong nongthon")


def evaluate_unit(unit, set_id: str, year: int, gathered: Gathered | None = None) -> UnitEvaluation:
    try:
        from nongthon import evaluation as ev
    except ImportError as err:
        raise EvaluationUnavailable(f"Chưa có bộ đánh giá tiêu chí: {err}") from err
    try:
        criteria_set = ev.load_set(set_id)
    except KeyError:
        raise EvaluationUnavailable(f"Không có bộ tiêu chí {set_id!r}.") from None
    gathered = gathered or gather(unit, year)
    result = ev.evaluate(criteria_set, gathered.attributes, known_data(gathered, criteria_set))
    return UnitEvaluation(result, list(gathered.notes))


def as_dict(unit_evaluation: UnitEvaluation) -> dict:
    """The evaluator's output as JSON-ready data: verdicts with their Vietnamese reasons."""
    e = unit_evaluation.evaluation
    return {
        "set": e.criteria_set.id,
        "year": e.year,
        "status": str(e.status),
        "met_count": e.met_count,
        "not_met_count": e.not_met_count,
        "total": e.total,
        "criteria": [
            {
                "id": c.id, "name": c.name, "status": str(c.status), "basis": c.basis, "reason": c.reason,
                "indicators": [
                    {"id": i.id, "name": i.indicator.name, "status": str(i.status), "value": _plain(i.value),
                     "threshold": i.threshold, "reason": i.reason}
                    for i in c.indicators
                ],
            }
            for c in e.criteria
        ],
        "eligibility": [{"tier": str(t.tier), "status": str(t.status), "reason": t.reason} for t in e.eligibility],
        "missing": [{"kind": m.kind, "ref": m.ref, "text": m.text} for m in e.missing],
        "conflicts": [{"ref": c.ref, "text": c.text} for c in e.conflicts],
        "notes": [*unit_evaluation.notes, *e.notes],
    }


def _plain(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def sets_for(unit, year: int) -> list:
    """The shipped sets for the unit's level whose period covers the year."""
    try:
        from nongthon.evaluation import list_sets
    except ImportError:
        return []
    return [s for s in list_sets()
            if s.scope.value == unit.level and s.period_from <= year <= s.period_to and not s.province]


def for_page(unit, year: int) -> list[dict]:
    """Every applicable set evaluated for the unit page: verdicts, reasons, what is missing."""
    from django.utils.translation import gettext as _

    labels = {"met": _("đạt"), "not_met": _("chưa đạt"), "unknown": _("chưa xác định")}
    out = []
    applicable = sets_for(unit, year)
    gathered = gather(unit, year) if applicable else None
    for criteria_set in applicable:
        try:
            result = evaluate_unit(unit, criteria_set.id, year, gathered)
        except EvaluationUnavailable:
            continue
        e = result.evaluation
        out.append({
            "set_id": criteria_set.id,
            "set_title": criteria_set.title,
            "status": str(e.status),
            "status_label": labels.get(str(e.status), str(e.status)),
            "met": e.met_count,
            "decided": e.met_count + e.not_met_count,
            "total": e.total,
            "criteria": [{"id": c.id, "name": c.name, "status": str(c.status),
                          "status_label": labels.get(str(c.status), str(c.status)), "reason": c.reason}
                         for c in e.criteria],
            "missing": [m.text for m in e.missing],
            "notes": [*result.notes, *e.notes],
        })
    return out
