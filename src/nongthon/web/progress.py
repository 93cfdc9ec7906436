"""What the monitoring data says about units, read for the pages: accepted rows only.

Every function answers an empty result when the monitoring models are not installed yet, and
`monitoring_available()` lets a page say so instead of showing zeros.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _


def model(app_label: str, name: str):
    """The model class, or None while the app has not defined it."""
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def monitoring_available() -> bool:
    return model("monitoring", "Recognition") is not None


def documents_available() -> bool:
    return model("documents", "Document") is not None


@dataclass
class UnitStanding:
    """Where one unit stands on a date: its highest recognised tier and the decision behind it."""

    tier: str | None = None
    tier_label: str = ""
    decision: str = ""
    year: int | None = None
    met: int | None = None
    total: int | None = None
    sources: list[str] = field(default_factory=list)


def standings(unit_ids: Iterable[int], on: date) -> dict[int, UnitStanding]:
    """Highest accepted, unrevoked recognition and latest accepted criteria count, per unit, as of `on`.

    Two queries whatever the number of units.
    """
    ids = list(unit_ids)
    Recognition = model("monitoring", "Recognition")
    CriteriaCount = model("monitoring", "CriteriaCount")
    if Recognition is None or not ids:
        return {}
    from nongthon.monitoring.choices import ReviewStatus

    # Plain tuples rather than model instances: a province lists hundreds of communes, and only the
    # winning row of each needs its decision written out.
    recognitions = (
        Recognition.objects.filter(unit_id__in=ids, status=ReviewStatus.ACCEPTED)
        .filter(Q(year__isnull=True) | Q(year__lte=on.year))
        .filter(Q(revoked=False) | Q(revoked_date__gt=on))
        .order_by("unit_id", "year", "id")
        .values_list("unit_id", "tier", "year", "decision_number", "decision_date", "decision__number",
                     "decision__date")
    )
    counts = ()
    if CriteriaCount is not None:
        counts = (
            CriteriaCount.objects.filter(unit_id__in=ids, status=ReviewStatus.ACCEPTED)
            .filter(Q(year__isnull=True) | Q(year__lte=on.year))
            .order_by("unit_id", "year", "id")
            .values_list("unit_id", "achieved", "total")
        )
    return _standings_from(recognitions, counts)


def standing_from_records(records: UnitRecords, unit_id: int, on: date) -> UnitStanding:
    """What `standings` says of one unit, from the rows of its page (`unit_records`: accepted, in year
    order) instead of two more queries: the same conditions, applied here."""
    def in_force(row) -> bool:
        return row.unit_id == unit_id and (row.year is None or row.year <= on.year)

    recognitions = [
        (r.unit_id, r.tier, r.year, r.decision_number, r.decision_date,
         r.decision.number if r.decision_id else None, r.decision.date if r.decision_id else None)
        for r in records.recognitions
        if in_force(r) and (not r.revoked or (r.revoked_date is not None and r.revoked_date > on))
    ]
    counts = [(c.unit_id, c.achieved, c.total) for c in records.criteria_counts if in_force(c)]
    return _standings_from(recognitions, counts).get(unit_id) or UnitStanding()


def _standings_from(recognitions, counts) -> dict[int, UnitStanding]:
    """The standings from accepted rows in force, as tuples in (unit, year, id) order: recognitions
    (unit, tier, year, decision number, decision date, linked decision's number, its date) and
    criteria counts (unit, achieved, total)."""
    from nongthon.monitoring.choices import TIER_ORDER

    rank = {tier.value: index for index, tier in enumerate(TIER_ORDER)}
    labels = dict(tier_choices())
    result: dict[int, UnitStanding] = {}
    winners: dict[int, tuple] = {}
    for row in recognitions:
        current = winners.get(row[0])
        if current is None or rank.get(row[1], -1) >= rank.get(current[1], -1):
            winners[row[0]] = row
    for unit_id, tier, year, number, when, linked_number, linked_date in winners.values():
        result[unit_id] = UnitStanding(tier=tier, tier_label=labels.get(tier, tier), year=year,
                                       decision=_decision_text(number or linked_number or "", when or linked_date,
                                                               year))
    for unit_id, achieved, total in counts:  # ordered by year: the last one wins
        standing = result.setdefault(unit_id, UnitStanding())
        standing.met, standing.total = achieved, total
    return result


def recognised_exists(on: date, unit_field: str = "pk") -> Exists | None:
    """A filter on units (or on rows whose `unit_field` names a unit): holding an accepted, unrevoked
    recognition (any tier) as of `on`."""
    held = recognitions_held(on, unit_field)
    return Exists(held) if held is not None else None


def recognitions_held(on: date, unit_field: str = "pk"):
    """The accepted recognitions, unrevoked as of `on`, of the unit that `unit_field` of the outer
    query names (a correlated subquery), or None without the monitoring app."""
    Recognition = model("monitoring", "Recognition")
    if Recognition is None:
        return None
    from nongthon.monitoring.choices import ReviewStatus

    return (Recognition.objects.filter(unit_id=OuterRef(unit_field), status=ReviewStatus.ACCEPTED)
            .filter(Q(year__isnull=True) | Q(year__lte=on.year))
            .filter(Q(revoked=False) | Q(revoked_date__gt=on)))


def decision_label(recognition) -> str:
    """"QĐ 123/QĐ-UBND ngày 30/12/2019" or whatever part of it is known."""
    number = recognition.decision_number or (recognition.decision.number if recognition.decision_id else "")
    when = recognition.decision_date or (recognition.decision.date if recognition.decision_id else None)
    return _decision_text(number, when, recognition.year)


def _decision_text(number: str, when, year: int | None) -> str:
    parts = []
    if number:
        parts.append(str(_("QĐ %(number)s") % {"number": number}))
    if when:
        parts.append(str(_("ngày %(day)s") % {"day": when.strftime("%d/%m/%Y")}))
    elif year:
        parts.append(str(_("năm %(year)s") % {"year": year}))
    return " ".join(parts)


def tier_choices() -> list[tuple[str, str]]:
    """The recognition tiers lowest first, as (value, label)."""
    try:
        from nongthon.monitoring.choices import TIER_ORDER
    except ImportError:
        return []
    return [(tier.value, tier.label) for tier in TIER_ORDER]


@dataclass
class TierRow:
    tier: str | None
    label: str
    count: int


def tier_rows(by_tier) -> list[TierRow]:
    rows = [TierRow(value, label, by_tier.get(value, 0)) for value, label in tier_choices()]
    rows.append(TierRow(None, _("Chưa có quyết định công nhận"), by_tier.get(None, 0)))
    return rows


@dataclass
class TargetRow:
    label: str
    unit: object
    deadline: int | None
    current: float | None
    goal: float | None
    ratio: float | None
    met: bool | None
    overdue: bool
    note: str
    source: str


def targets_for(unit_ids: Iterable[int], limit: int = 20) -> list[TargetRow]:
    """Accepted targets of the units (at most `limit`) with their progress: a query per kind of target,
    and a count for a tally target of recognitions without a reported tally."""
    Target = model("monitoring", "Target")
    ids = list(unit_ids)
    if Target is None or not ids:
        return []
    from nongthon.monitoring.choices import ReviewStatus
    from nongthon.monitoring.progress import progress_of_many

    rows = []
    targets = list(
        Target.objects.filter(unit_id__in=ids, status=ReviewStatus.ACCEPTED)
        .select_related("unit", "indicator", "plan", "source_document", "source_legal")
        .order_by("deadline_year", "id")[:limit]
    )
    for target, progress in zip(targets, progress_of_many(targets), strict=True):
        goal = progress.target if progress.target is not None else None
        rows.append(TargetRow(
            label=target.what_label,
            unit=target.unit,
            deadline=target.deadline_year,
            current=float(progress.current) if progress.current is not None else None,
            goal=float(goal) if goal is not None else None,
            ratio=progress.ratio,
            met=progress.met,
            overdue=progress.overdue,
            note=progress.note,
            source=str(target.plan) if target.plan_id else target.source_label,
        ))
    return rows


def _facts(unit_ids: Iterable[int], statuses: list[str]):
    Fact = model("documents", "Fact")
    ids = list(unit_ids)
    if Fact is None or not ids:
        return None
    # A document's text is the bulk of its row and no page line about a fact shows it.
    return (Fact.objects.filter(unit_id__in=ids, status__in=statuses).select_related("document", "unit")
            .defer("document__text"))


def recent_facts(unit_ids: Iterable[int], limit: int = 10) -> list:
    """The latest accepted facts from documents about these units, newest document first."""
    from nongthon.monitoring.choices import ReviewStatus

    facts = _facts(unit_ids, [ReviewStatus.ACCEPTED])
    if facts is None:
        return []
    return list(facts.order_by("-document__date", "-reviewed_at", "-id")[:limit])


def facts_about(unit_ids: Iterable[int]) -> dict:
    """Accepted facts about the units, and how many more wait for review."""
    from nongthon.monitoring.choices import ReviewStatus

    facts = _facts(unit_ids, [ReviewStatus.ACCEPTED, ReviewStatus.PROPOSED])
    if facts is None:
        return {"accepted": [], "proposed_count": 0}
    rows = list(facts.order_by("-document__date", "document_id", "span_start", "id"))
    accepted = [f for f in rows if f.status == ReviewStatus.ACCEPTED]
    return {"accepted": accepted, "proposed_count": len(rows) - len(accepted)}


@dataclass
class UnitRecords:
    """Everything accepted about one unit, for its page."""

    recognitions: list = field(default_factory=list)
    observations: list = field(default_factory=list)
    criteria_counts: list = field(default_factory=list)
    criterion_statuses: list = field(default_factory=list)
    tallies: list = field(default_factory=list)
    supports: list = field(default_factory=list)
    ocop: list = field(default_factory=list)
    cooperatives: list = field(default_factory=list)


# Review and edit times: a unit's page shows none, and turning them into aware datetimes was a third
# of the time spent reading a commune's thousand rows.
UNSHOWN_FIELDS = ("created_at", "updated_at", "reviewed_at")


def unit_records(unit_ids: list[int], detailed: list[int] | None = None, recent: list[int] = (),
                 recent_from: int | None = None) -> UnitRecords:
    """Accepted monitoring rows of the units (the unit and, through lineage, its predecessors); the
    observations and criterion results of the `detailed` units only, when given (they number in the
    hundreds per commune, where the other kinds are a few rows), and of the `recent` units those of
    `recent_from` and later years (and those without a year).

    One query per kind of row, whatever their number, and one each for the units and the source
    documents and decisions they point to: a commune's page holds a thousand rows or more, and
    joining the same few units and sources into every row cost more than the rows themselves.
    """
    records = UnitRecords()
    if not monitoring_available() or not unit_ids:
        return records
    from nongthon.monitoring.choices import ReviewStatus
    from nongthon.units.models import Unit

    units = Unit.objects.in_bulk(unit_ids)
    fetched: list = []

    def rows(name, *related, order=("-year", "id"), field_name="unit_id", plain=False, of=unit_ids, of_recent=()):
        Model = model("monitoring", name)
        if Model is None:
            return []
        accepted = Model.objects.filter(_of(field_name, of, of_recent), status=ReviewStatus.ACCEPTED)
        if plain:
            found = _plain_rows(accepted.order_by(*order), related)
        else:
            found = list(accepted.select_related(*related).order_by(*order).defer(*UNSHOWN_FIELDS))
        relation = field_name.removesuffix("_id")
        for row in found:
            setattr(row, relation, units[getattr(row, field_name)])
        fetched.extend(found)
        return found

    records.recognitions = rows("Recognition", "decision", order=("year", "id"))
    # The two kinds a commune carries by the hundred (its own and those of the communes it continues)
    # are read as plain rows: building a model instance per row cost ten times the query.
    detailed = unit_ids if detailed is None else detailed
    recent = list(recent) if recent and recent_from is not None else []
    of_recent = (recent, recent_from) if recent else ()
    records.observations = rows("Observation", "indicator", order=("indicator__name", "year", "date", "id"),
                                plain=True, of=detailed, of_recent=of_recent)
    records.criteria_counts = rows("CriteriaCount", order=("year", "id"))
    records.criterion_statuses = rows("CriterionStatus", order=("criteria_set_id", "criterion_id", "year"),
                                      plain=True, of=detailed, of_recent=of_recent)
    records.tallies = rows("UnitTally", field_name="parent_id")
    records.supports = rows("SupportAssignment")
    records.ocop = rows("OcopProduct", order=("-stars", "name"))
    records.cooperatives = rows("Cooperative", order=("name",))
    _attach_sources(fetched)
    return records


def _of(field_name: str, units: list[int], recent=()):
    """The rows of `units`, and of the units of `recent` (units, first year) from that year on."""
    from django.db.models import Q

    condition = Q(**{f"{field_name}__in": units})
    if recent:
        recent_units, first_year = recent
        condition |= Q(**{f"{field_name}__in": recent_units}) & (Q(year__gte=first_year) | Q(year__isnull=True))
    return condition


class PlainRecord:
    """A monitoring row read as plain values, with the few properties the pages show of it.

    The properties are the models' own (`SourcedRecord.source_label`, `Observation.period_label`,
    `value_label`), so the row reads the same as an instance would.
    """

    def __init__(self, values: dict):
        self.__dict__.update(values)
        self.pk = values["id"]

    def get_source_kind_display(self) -> str:
        from nongthon.monitoring.choices import SourceKind

        return str(SourceKind(self.source_kind).label)


def _plain_class(Model) -> type:
    """`PlainRecord` with the model's display properties, made once per model."""
    if Model not in _PLAIN_CLASSES:
        from nongthon.monitoring.models import SourcedRecord

        borrowed = {"source_label": SourcedRecord.source_label}
        for name in ("period_label", "value_label"):
            if isinstance(getattr(Model, name, None), property):
                borrowed[name] = getattr(Model, name)
        _PLAIN_CLASSES[Model] = type(f"Plain{Model.__name__}", (PlainRecord,), borrowed)
    return _PLAIN_CLASSES[Model]


_PLAIN_CLASSES: dict = {}


def _plain_rows(queryset, related: tuple[str, ...]) -> list[PlainRecord]:
    """The rows of `queryset` as `PlainRecord`s holding every column but the review and edit times;
    each related object named in `related` (a foreign key) is fetched once and set on its rows."""
    Model = queryset.model
    names = [f.attname for f in Model._meta.concrete_fields if f.name not in UNSHOWN_FIELDS]
    cls = _plain_class(Model)
    found = [cls(dict(zip(names, values, strict=True))) for values in queryset.values_list(*names)]
    for name in related:
        field_ = Model._meta.get_field(name)
        objects = field_.related_model.objects.in_bulk({getattr(row, field_.attname) for row in found} - {None})
        for row in found:
            setattr(row, name, objects.get(getattr(row, field_.attname)))
    return found


def _attach_sources(rows: list) -> None:
    """Give each row its source document, legal decision and user, fetched once for all rows."""
    if not rows:
        return
    from nongthon.monitoring.models import Observation

    for name in ("source_document", "source_legal", "source_user"):
        ids = {getattr(row, f"{name}_id") for row in rows} - {None}
        if not ids:
            continue
        related = Observation._meta.get_field(name).related_model
        found = related.objects.defer("text").in_bulk(ids) if name == "source_document" else (
            related.objects.in_bulk(ids))  # a document is shown by its title; its text can be megabytes
        for row in rows:
            key = getattr(row, f"{name}_id")
            if key is not None:
                setattr(row, name, found[key])
