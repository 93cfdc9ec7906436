"""Progress of a target against accepted monitoring rows.

`compare` is pure arithmetic (tested without a database); `progress_of(target)` gathers the
latest accepted row the target is measured by and hands it to `compare`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from nongthon.monitoring.choices import TIER_ORDER, Direction, ReviewStatus, TargetKind


@dataclass(frozen=True)
class Progress:
    """Where a unit stands against a target.

    `met` is None when nothing is known yet; `ratio` is the share of the target reached
    (1 or more when met), None when it cannot be computed.
    """

    target: Decimal | None
    current: Decimal | None
    met: bool | None
    ratio: float | None
    as_of: int | None
    overdue: bool
    note: str
    basis: object | None = None


def compare(target: Decimal, current: Decimal | None, direction: str = Direction.HIGHER) -> tuple[bool | None, float | None]:
    """Whether `current` reaches `target`, and the share reached, for the indicator's direction."""
    if current is None or target is None:
        return None, None
    target, current = Decimal(target), Decimal(current)
    if direction == Direction.LOWER:
        met = current <= target
        ratio = float(target / current) if current else 1.0
    else:
        met = current >= target
        ratio = float(current / target) if target else (1.0 if met else None)
    return met, ratio


def is_overdue(met: bool | None, deadline_year: int | None, this_year: int) -> bool:
    return bool(deadline_year) and met is not True and this_year > deadline_year


def tier_at_least(tier: str, wanted: str) -> bool:
    return TIER_ORDER.index(tier) >= TIER_ORDER.index(wanted)


def progress_of(target, this_year: int | None = None) -> Progress:
    """Progress of a `monitoring.Target` from the accepted rows of its unit."""
    return progress_of_many([target], this_year)[0]


def progress_of_many(targets, this_year: int | None = None) -> list[Progress]:
    """`progress_of` for each target, in order, reading the latest rows of all of them in one query
    per kind of target (a page lists a unit's targets; a query per target was a round trip each)."""
    import datetime

    this_year = this_year or datetime.date.today().year
    targets = list(targets)
    latest_observations = _latest_observations([t for t in targets if t.kind == TargetKind.INDICATOR])
    latest_tallies = _latest_tallies([t for t in targets if t.kind == TargetKind.TALLY])
    recognitions = _recognitions_of([t for t in targets if t.kind == TargetKind.STATUS])
    out = []
    for target in targets:
        if target.kind == TargetKind.INDICATOR:
            out.append(_indicator_progress(target, this_year,
                                           latest_observations.get((target.unit_id, target.indicator_id))))
        elif target.kind == TargetKind.STATUS:
            out.append(_status_progress(target, this_year, recognitions.get(target.unit_id, [])))
        elif target.kind == TargetKind.TALLY:
            out.append(_tally_progress(target, this_year, latest_tallies.get(_tally_key(target))))
        else:
            out.append(Progress(None, None, None, None, None, False,
                                _("Mục tiêu mô tả bằng lời: không tự tính được tiến độ.")))
    return out


def _latest_observations(targets) -> dict:
    """The latest accepted observation per (unit, indicator) of the targets."""
    from django.db.models import Q

    from nongthon.monitoring.models import Observation

    pairs = {(t.unit_id, t.indicator_id) for t in targets}
    if not pairs:
        return {}
    wanted = Q()
    for unit_id, indicator_id in pairs:
        wanted |= Q(unit_id=unit_id, indicator_id=indicator_id)
    latest = {}
    for row in (Observation.objects.filter(wanted, status=ReviewStatus.ACCEPTED).select_related("indicator")
                .order_by("unit_id", "indicator_id", "-year", "-date", "-id")):
        latest.setdefault((row.unit_id, row.indicator_id), row)
    return latest


def _tally_key(target) -> tuple:
    return target.unit_id, target.child_level, target.state


def _latest_tallies(targets) -> dict:
    """The latest accepted tally per (parent unit, child level, state) of the targets."""
    from django.db.models import Q

    from nongthon.monitoring.models import UnitTally

    keys = {_tally_key(t) for t in targets}
    if not keys:
        return {}
    wanted = Q()
    for parent_id, child_level, state in keys:
        wanted |= Q(parent_id=parent_id, child_level=child_level, state=state)
    latest = {}
    for row in (UnitTally.objects.filter(wanted, status=ReviewStatus.ACCEPTED)
                .order_by("parent_id", "child_level", "state", "-year", "-id")):
        latest.setdefault((row.parent_id, row.child_level, row.state), row)
    return latest


def _recognitions_of(targets) -> dict[int, list]:
    """The accepted, unrevoked recognitions of the targets' units, oldest first."""
    from nongthon.monitoring.models import Recognition

    units = {t.unit_id for t in targets}
    if not units:
        return {}
    found: dict[int, list] = {}
    for row in (Recognition.objects.filter(unit_id__in=units, status=ReviewStatus.ACCEPTED, revoked=False)
                .order_by("unit_id", "year", "id")):
        found.setdefault(row.unit_id, []).append(row)
    return found


def _indicator_progress(target, this_year: int, latest) -> Progress:
    if latest is None:
        return Progress(target.value, None, None, None, None,
                        is_overdue(None, target.deadline_year, this_year), _("Chưa có số liệu đã duyệt."))
    met, ratio = compare(target.value, latest.value, target.indicator.direction)
    note = _("Số liệu mới nhất (%(period)s): %(value)s.") % {"period": latest.period_label, "value": latest.value_label}
    return Progress(target.value, latest.value, met, ratio, latest.year,
                    is_overdue(met, target.deadline_year, this_year), note, latest)


def _status_progress(target, this_year: int, recognitions) -> Progress:
    reached = next((r for r in recognitions if tier_at_least(r.tier, target.tier)), None)
    if reached is None:
        return Progress(None, None, False, None, None, is_overdue(False, target.deadline_year, this_year),
                        _("Chưa có quyết định công nhận đã duyệt."))
    on_time = target.deadline_year is None or reached.year is None or reached.year <= target.deadline_year
    values = {"tier": reached.get_tier_display(), "year": reached.year or "?"}
    note = (_("Đã công nhận %(tier)s năm %(year)s.") if on_time
            else _("Đã công nhận %(tier)s năm %(year)s (muộn hơn mục tiêu).")) % values
    return Progress(None, None, True, 1.0, reached.year, False, note, reached)


def _tally_progress(target, this_year: int, latest) -> Progress:
    if latest is not None:
        current, as_of, basis = Decimal(latest.count), latest.year, latest
        count = f"{latest.count}/{latest.total}" if latest.total else str(latest.count)
        note = _("Số liệu mới nhất (%(period)s): %(value)s.") % {"period": latest.year or "?", "value": count}
    elif target.state in TIER_ORDER:
        current, as_of, basis = Decimal(recognised_children(target.unit, target.child_level, target.state)), None, None
        note = _("Đếm theo quyết định công nhận đã duyệt: %(count)s.") % {"count": current}
    else:
        return Progress(target.value, None, None, None, None,
                        is_overdue(None, target.deadline_year, this_year), _("Chưa có số liệu đã duyệt."))
    met, ratio = compare(target.value, current)
    return Progress(target.value, current, met, ratio, as_of, is_overdue(met, target.deadline_year, this_year),
                    note, basis)


def recognised_children(parent, child_level: str, tier: str) -> int:
    """How many current children of `parent` at `child_level` hold an accepted recognition at `tier` or above."""
    from nongthon.monitoring.models import Recognition

    wanted = [t for t in TIER_ORDER if tier_at_least(t, tier)]
    return (
        Recognition.objects.filter(unit__parent=parent, unit__level=child_level, tier__in=wanted,
                                   status=ReviewStatus.ACCEPTED, revoked=False)
        .values("unit").distinct().count()
    )
