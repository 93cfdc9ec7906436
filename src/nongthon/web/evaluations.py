"""Running the criteria evaluator on what the database knows, for the unit page and the API.

The known data of a unit for a year is read from accepted monitoring rows only: observations of
indicators tied to the set (`Indicator.criteria_set_id`/`criteria_indicator_id`), statuses of
criteria, the reported criteria count, and the highest recognition up to that year.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F
from django.utils.translation import gettext as _
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
    return gather_many([unit], year)[unit.pk]


def gather_many(units, year: int, only_with_data: bool = False, set_ids=None) -> dict[int, Gathered]:
    """`Gathered` for each unit, by primary key, in a fixed number of queries whatever their number;
    with `only_with_data`, for the units with something that could decide a criterion (`has_data`);
    with `set_ids`, the figures of those sets' indicators only."""
    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus

    units = list(units)
    ids = [u.pk for u in units]
    accepted = {"unit_id__in": ids, "status": ReviewStatus.ACCEPTED}
    observations: dict[int, list] = {}
    statuses: dict[int, list] = {}
    counts: dict[int, tuple[int, int]] = {}
    recognitions: dict[int, object] = {}
    Observation, Indicator = model("monitoring", "Observation"), model("monitoring", "Indicator")
    if Observation is not None and ids:
        # The few indicators tied to a set first, then their figures without a join. `indicator_id + 0`
        # keeps SQLite's planner on the unit index: on the indicator index it reads every commune's
        # figures of the country (half a second for one province at national scale, 0.07 s this way).
        tied = Indicator.objects.exclude(criteria_set_id="").exclude(criteria_indicator_id="")
        if set_ids is not None:
            tied = tied.filter(criteria_set_id__in=list(set_ids))
        indicators = {pk: (set_id, ident) for pk, set_id, ident
                      in tied.values_list("pk", "criteria_set_id", "criteria_indicator_id")}
        rows = (Observation.objects.annotate(indicator_key=F("indicator_id") + 0)
                .filter(unit_id__in=ids, indicator_key__in=list(indicators), year__lte=year)
                .order_by("year", "id").values_list("unit_id", "indicator_id", "value", "status"))
        for unit_id, indicator_id, value, status in rows if indicators else ():
            if status == ReviewStatus.ACCEPTED:
                observations.setdefault(unit_id, []).append((*indicators[indicator_id], value))
    CriterionStatus = model("monitoring", "CriterionStatus")
    if CriterionStatus is not None and ids:
        # The review status is checked here rather than in SQL, so that SQLite's planner walks the
        # unit index instead of the much less selective status index (seconds at national scale).
        rows = (CriterionStatus.objects.filter(unit_id__in=ids, year=year).order_by("id")
                .values_list("unit_id", "criteria_set_id", "criterion_id", "met", "status"))
        for unit_id, set_id, criterion_id, met, status in rows:
            if status == ReviewStatus.ACCEPTED:
                statuses.setdefault(unit_id, []).append((set_id, criterion_id, met))
    CriteriaCount = model("monitoring", "CriteriaCount")
    if CriteriaCount is not None and ids:
        for unit_id, achieved, total, status in (CriteriaCount.objects.filter(unit_id__in=ids, year=year)
                                                 .order_by("id").values_list("unit_id", "achieved", "total", "status")):
            if total and status == ReviewStatus.ACCEPTED:
                counts[unit_id] = (achieved, total)  # the latest row wins
    Recognition = model("monitoring", "Recognition")
    if Recognition is not None and ids:
        rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
        best: dict[int, object] = {}
        for row in Recognition.objects.filter(**accepted, revoked=False, year__lte=year).order_by("id"):
            if row.unit_id not in best or rank[row.tier] > rank[best[row.unit_id].tier]:
                best[row.unit_id] = row
        recognitions = {unit_id: ev.Recognition(tier=ev.Tier(row.tier), decision=row.decision_number or None,
                                                year=row.year) for unit_id, row in best.items()}
    out = {}
    for unit in units:
        gathered = Gathered(year, observations.get(unit.pk, []), statuses.get(unit.pk, []),
                            counts.get(unit.pk), recognitions.get(unit.pk), None, [])
        if has_data(gathered) or not only_with_data:
            out[unit.pk] = gathered
    _add_attributes([u for u in units if u.pk in out], out, year)
    return out


def gather_from_records(unit, year: int, records) -> Gathered:
    """`gather(unit, year)` from the rows a unit page has already read (`progress.unit_records`, which
    holds every accepted row of the page's unit) rather than five more queries: the same rows, chosen
    and ordered here as `gather_many` has the database do it."""
    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import TIER_ORDER

    def own(rows):
        return sorted((r for r in rows if r.unit_id == unit.pk), key=lambda r: r.id)

    observations = [
        (row.indicator.criteria_set_id, row.indicator.criteria_indicator_id, row.value)
        for row in sorted((r for r in own(records.observations) if r.year is not None and r.year <= year),
                          key=lambda r: r.year)  # (year, id), as `gather_many` orders them
        if row.indicator is not None and row.indicator.criteria_set_id and row.indicator.criteria_indicator_id
    ]
    statuses = [(r.criteria_set_id, r.criterion_id, r.met) for r in own(records.criterion_statuses) if r.year == year]
    count = None
    for row in own(records.criteria_counts):
        if row.year == year and row.total:
            count = (row.achieved, row.total)  # the latest row wins
    rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
    best = None
    for row in own(records.recognitions):
        if not row.revoked and row.year is not None and row.year <= year and (
                best is None or rank[row.tier] > rank[best.tier]):
            best = row
    recognition = None if best is None else ev.Recognition(tier=ev.Tier(best.tier),
                                                           decision=best.decision_number or None, year=best.year)
    out = {unit.pk: Gathered(year, observations, statuses, count, recognition, None, [])}
    _add_attributes([unit], out, year)
    return out[unit.pk]


def _add_attributes(chosen, out: dict[int, Gathered], year: int) -> None:
    """Each chosen unit's attributes (poor or safe zone, group of communes) and the notes about them."""
    from nongthon import evaluation as ev

    try:
        from nongthon.criteria.attributes import unit_contexts

        contexts, missing = unit_contexts(chosen, year) if chosen else {}, ""
    except ImportError as err:
        contexts, missing = {}, str(err)
    for unit in chosen:
        context = contexts.get(unit.pk)
        if context is not None:
            out[unit.pk].attributes, out[unit.pk].notes = context.attributes, list(context.notes)
        else:
            out[unit.pk].attributes = ev.UnitAttributes(name=unit.name, code=unit.code)
            out[unit.pk].notes = [missing]


def has_data(gathered: Gathered) -> bool:
    """Whether anything accepted could decide a criterion of the year (else every verdict is unknown)."""
    return bool(gathered.observations or gathered.statuses or gathered.count
                or (gathered.recognition is not None and gathered.recognition.year == gathered.year))


def known_data(gathered: Gathered, criteria_set, recognition_as_count: bool = False):
    """The evaluator's input. With `recognition_as_count`, a recognition decided in the year itself at the
    set's tier or higher stands for a report that every criterion of the set is met: recognition requires
    it (QĐ 2540/QĐ-TTg; 18/2022/QĐ-TTg), and the evaluator still checks it against measured values."""
    from nongthon import evaluation as ev

    ids = {criteria_set.id, *([criteria_set.extends] if criteria_set.extends else [])}
    values = {indicator: float(value) for set_id, indicator, value in gathered.observations if set_id in ids}
    statuses = {criterion: met for set_id, criterion, met in gathered.statuses if set_id == criteria_set.id}
    count = gathered.count
    if recognition_as_count and count is None and recognised_in_year(gathered, criteria_set):
        count = (criteria_set.total, criteria_set.total)
    return ev.KnownData(year=gathered.year, values=values, criterion_status=statuses,
                        asserted_count=count, recognition=gathered.recognition,
                        source="dữ liệu đã duyệt trong nongthon")


def recognised_in_year(gathered: Gathered, criteria_set) -> bool:
    rec = gathered.recognition
    return (rec is not None and rec.year == gathered.year and criteria_set.total is not None
            and rec.tier.rank >= criteria_set.tier.rank)


@dataclass(frozen=True)
class HeatCell:
    """One commune × criterion of the heatmap: `state` met/not_met, `basis` "source" when a source
    asserts it (an accepted criterion result) or "evaluator" when the evaluator computed it; `reason`
    is the evaluator's (or the conflict it found with the source)."""

    state: str
    basis: str
    reason: str = ""


# A province's heatmap holds thousands of asserted cells; they are all one of these two (a cell is frozen).
_ASSERTED_MET, _ASSERTED_NOT_MET = HeatCell("met", "source"), HeatCell("not_met", "source")


def heatmap_cells(units, criteria_set, year: int) -> dict[tuple[int, str], HeatCell]:
    """The decided cells of a heatmap, by (unit pk, criterion id); a cell left out is unknown.

    A status a source asserts comes first. Elsewhere the evaluator judges from accepted figures,
    a reported count of criteria met in the year, and a recognition decided in the year, and flags
    an asserted status its figures contradict. A commune whose every criterion a source asserts has
    no cell left to fill and is not evaluated here (its own page shows the evaluator's checks): at
    national scale that keeps the page near the cost of reading the statuses.
    """
    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import ReviewStatus

    cells = {}
    asserted: dict[int, int] = {}
    CriterionStatus = model("monitoring", "CriterionStatus")
    if CriterionStatus is not None and units:
        rows = (CriterionStatus.objects.filter(unit_id__in=[u.pk for u in units], criteria_set_id=criteria_set.id,
                                               year=year)
                .order_by("id").values_list("unit_id", "criterion_id", "met", "status"))
        for unit_id, criterion_id, met, status in rows:  # status checked here: see gather_many
            if status == ReviewStatus.ACCEPTED:
                cells[(unit_id, criterion_id)] = _ASSERTED_MET if met else _ASSERTED_NOT_MET
                asserted[unit_id] = asserted.get(unit_id, 0) + 1
    undecided = [u for u in units if asserted.get(u.pk, 0) < len(criteria_set.criteria)]
    set_ids = {criteria_set.id, *([criteria_set.extends] if criteria_set.extends else [])}
    for unit_id, gathered in gather_many(undecided, year, only_with_data=True, set_ids=set_ids).items():
        known = known_data(gathered, criteria_set, recognition_as_count=True)
        result = ev.evaluate(criteria_set, gathered.attributes, known)
        from_recognition = gathered.count is None and known.asserted_count is not None
        for c in result.criteria:
            if c.asserted is not None:
                cells[(unit_id, c.id)] = HeatCell("met" if c.asserted else "not_met", "source", c.conflict or "")
            elif c.status is not ev.Status.UNKNOWN:
                state = "met" if c.status is ev.Status.MET else "not_met"
                cells[(unit_id, c.id)] = HeatCell(state, "evaluator", reason_of(c, gathered, from_recognition))
    return cells


def reason_of(c, gathered: Gathered, from_recognition: bool) -> str:
    """The evaluator's reason for a criterion, naming the recognition when the count stood for one."""
    from nongthon.evaluation.results import Basis

    if c.basis != Basis.COUNT or not from_recognition:
        return c.reason
    rec = gathered.recognition
    return _("Tiêu chí %(id)s (%(name)s): %(status)s, suy ra từ quyết định công nhận "
             "%(tier)s năm %(year)s%(decision)s") % {
        "id": c.id, "name": c.name, "status": _(c.status.label), "tier": _(rec.tier.label),
        "year": rec.year, "decision": f" ({rec.decision})" if rec.decision else ""}


def evaluate_unit(unit, set_id: str, year: int, gathered: Gathered | None = None,
                  recognition_as_count: bool = False) -> UnitEvaluation:
    try:
        from nongthon import evaluation as ev
    except ImportError as err:
        raise EvaluationUnavailable(_("Chưa có bộ đánh giá tiêu chí: %(error)s") % {"error": err}) from err
    try:
        criteria_set = ev.load_set(set_id)
    except KeyError:
        raise EvaluationUnavailable(_("Không có bộ tiêu chí %(id)r.") % {"id": set_id}) from None
    gathered = gathered or gather(unit, year)
    result = ev.evaluate(criteria_set, gathered.attributes,
                         known_data(gathered, criteria_set, recognition_as_count=recognition_as_count))
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


def for_page(unit, year: int, records=None) -> list[dict]:
    """Every applicable set evaluated for the unit page: verdicts, reasons, what is missing; from the
    page's `records` (`progress.unit_records`) when given.

    As on the heatmap, a recognition decided in the year stands for every criterion met.
    """
    labels = {"met": _("đạt"), "not_met": _("chưa đạt"), "unknown": _("chưa xác định")}
    out = []
    applicable = sets_for(unit, year)
    gathered = None
    if applicable:
        gathered = gather(unit, year) if records is None else gather_from_records(unit, year, records)
    for criteria_set in applicable:
        try:
            result = evaluate_unit(unit, criteria_set.id, year, gathered, recognition_as_count=True)
        except EvaluationUnavailable:
            continue
        e = result.evaluation
        from_recognition = gathered.count is None and e.known.asserted_count is not None
        out.append({
            "set_id": criteria_set.id,
            "set_title": criteria_set.title,
            "status": str(e.status),
            "status_label": labels.get(str(e.status), str(e.status)),
            "met": e.met_count,
            "decided": e.met_count + e.not_met_count,
            "total": e.total,
            "criteria": [{"id": c.id, "name": c.name, "status": str(c.status),
                          "status_label": labels.get(str(c.status), str(c.status)),
                          "reason": reason_of(c, gathered, from_recognition)}
                         for c in e.criteria],
            "missing": [m.text for m in e.missing],
            "notes": [*result.notes, *e.notes],
        })
    return out
