"""Operations on monitoring rows, written once and called by the pages, the API and the commands.

Rows written by accepting an extracted fact come from `nongthon.documents.operations.accept_fact`;
these operations review rows entered by people or imported, revoke recognitions, and record the
values and criterion statuses a person enters for a unit and year (`record_entries`, with a check
that nobody changed a cell since it was read). Each asks `accounts.authz` first (`user` None is an
operator at the server).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nongthon.accounts.authz import require_write_on
from nongthon.accounts.choices import Action
from nongthon.monitoring.choices import Direction, Measure, PeriodPrecision, ReviewStatus, SourceKind
from nongthon.monitoring.models import (
    CriteriaCount,
    CriterionStatus,
    Indicator,
    LegalDocument,
    Observation,
    Recognition,
    SourcedRecord,
)

#: Rows the unit × year summaries are computed from (`nongthon.rollups`).
SUMMARISED = (Recognition, CriteriaCount, CriterionStatus)


def accept_record(row: SourcedRecord, user=None) -> SourcedRecord:
    """Accept a proposed row, so that it counts in progress and evaluation."""
    return _review(row, ReviewStatus.ACCEPTED, user)


def reject_record(row: SourcedRecord, user=None, note: str = "") -> SourcedRecord:
    """Reject a row; a row written from a fact rejects that fact too, so it is not proposed again."""
    require_write_on(user, row, Action.EDIT_MONITORING)
    if row.source_fact_id:
        from nongthon.documents.operations import reject_fact

        reject_fact(row.source_fact, user=user, note=note)
        row.refresh_from_db()
        return row
    return _review(row, ReviewStatus.REJECTED, user)


def _review(row: SourcedRecord, status: str, user) -> SourcedRecord:
    require_write_on(user, row, Action.EDIT_MONITORING)
    with transaction.atomic():
        row.full_clean()
        row.status, row.reviewed_by, row.reviewed_at = status, user, timezone.now()
        row.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
        rows_changed([row])
    return row


def revoke_recognition(recognition: Recognition, *, decision: LegalDocument | None = None,
                       date: datetime.date | None = None, user=None) -> Recognition:
    """Record that a recognition was withdrawn (by `decision`, on `date`); the row is kept."""
    require_write_on(user, recognition, Action.DOSSIER_REVOKE)
    with transaction.atomic():
        recognition.revoked = True
        recognition.revoked_decision = decision
        recognition.revoked_date = date or (decision.date if decision else None)
        recognition.reviewed_by, recognition.reviewed_at = user, timezone.now()
        recognition.full_clean()
        recognition.save()
        rows_changed([recognition])
    return recognition


def rows_changed(rows: Iterable[SourcedRecord]) -> None:
    """Bring derived data up to date after rows were accepted, rejected or changed.

    Every operation that changes monitoring rows calls it, so that the unit × year summaries
    (`nongthon.rollups`, when installed) never lag behind: a recognition counts from its year on.
    """
    summarised = [row for row in rows if isinstance(row, SUMMARISED)]
    if not summarised or not apps.is_installed("nongthon.rollups"):
        return
    from nongthon.rollups.operations import data_years, refresh_rollups

    known_years = data_years()
    keys, years = set(), set()
    for row in summarised:
        keys.add(row.unit.key)
        if row.year is None:
            years.update(known_years)
        elif isinstance(row, Recognition):
            years.update([row.year, *(year for year in known_years if year > row.year)])
        else:
            years.add(row.year)
    if years:
        refresh_rollups(keys, years)


# --- values entered on a page -------------------------------------------------------------------


class StaleEntries(Exception):
    """Cells changed after the page was read; `stale` maps each form field to why. Nothing was written."""

    def __init__(self, stale: dict[str, str]):
        super().__init__("; ".join(stale.values()))
        self.stale = stale


@dataclass(frozen=True)
class Entry:
    """One cell a person entered for a unit and year: an indicator's value or a criterion's status.

    `field` names the form field, so a refusal can point at it; `version` is `cell_version` of the
    cell as the page showed it ("" when it was empty).
    """

    field: str
    value: Decimal | bool | None  # None: the cell was cleared, its value withdrawn
    version: str
    indicator: Indicator | None = None  # for a value
    criterion: tuple[str, str] | None = None  # (set id, criterion id) for a status


def current_observation(unit, indicator, year: int, *, lock: bool = False) -> Observation | None:
    """The accepted value of the cell (the latest row of the year wins, as in evaluation)."""
    rows = Observation.objects.filter(unit=unit, indicator=indicator, year=year, status=ReviewStatus.ACCEPTED)
    return (rows.select_for_update() if lock else rows).order_by("-id").first()


def current_status(unit, set_id: str, criterion_id: str, year: int, *, lock: bool = False) -> CriterionStatus | None:
    rows = CriterionStatus.objects.filter(unit=unit, criteria_set_id=set_id, criterion_id=criterion_id, year=year,
                                          status=ReviewStatus.ACCEPTED)
    return (rows.select_for_update() if lock else rows).order_by("-id").first()


def cell_version(row) -> str:
    """The row a cell shows and when it last changed: what a later save must still find."""
    from nongthon.monitoring.forms import version_of

    return f"{row.pk}@{version_of(row)}" if row is not None else ""


def year_day(unit, year: int) -> datetime.date:
    """The day data of a year is about: 31 December, or the unit's last valid day when it ended earlier."""
    on = datetime.date(year, 12, 31)
    if unit.valid_to is not None and unit.valid_to <= on:
        on = unit.valid_to - datetime.timedelta(days=1)
    return on


def record_entries(unit, year: int, entries: Iterable[Entry], user) -> list[SourcedRecord]:
    """Write the cells a person entered for `unit` and `year`, all or none; returns the rows written.

    Asks `accounts.authz` (`Action.EDIT_MONITORING` on the unit as of the year's last valid day).
    Each cell is read again under a lock and must still be what the page showed (`check_version`
    for the same row; no newer row): otherwise `StaleEntries` names every such field and nothing is
    written. A value equal to the current one is left alone. An earlier row entered by a person is
    updated in place; a row from a document or an import is kept and a newer row, sourced to the
    user, takes over. A cleared cell (value None) withdraws the value: every accepted row of the
    cell and year is marked rejected by the user (kept and audited, never deleted; the fact a row
    was read from keeps its own review, which is the reviewer's). Roll-ups are refreshed once.
    """
    from nongthon.accounts.authz import require_write
    from nongthon.monitoring.forms import StaleVersion, check_version

    require_write(user, unit, year_day(unit, year), Action.EDIT_MONITORING)
    entries = list(entries)
    with transaction.atomic():
        current, stale = {}, {}
        for entry in entries:
            row = (current_observation(unit, entry.indicator, year, lock=True) if entry.indicator is not None
                   else current_status(unit, *entry.criterion, year, lock=True))
            current[entry.field] = row
            read_pk, _sep, read_at = entry.version.partition("@")
            try:
                if row is None and read_pk:
                    raise StaleVersion(_("Số liệu đã có khi bạn mở trang đã bị gỡ; hãy tải lại trang."))
                if row is not None and str(row.pk) != read_pk:
                    raise StaleVersion(_("Người khác đã nhập %(value)s sau khi bạn mở trang; không ghi đè. "
                                         "Hãy tải lại để xem giá trị mới rồi sửa lại.") % {"value": _shown(row)})
                if row is not None:
                    check_version(row, read_at)
            except StaleVersion as err:
                stale[entry.field] = str(err)
        if stale:
            raise StaleEntries(stale)
        written = [row for row in (_write_entry(unit, year, entry, current[entry.field], user) for entry in entries)
                   if row is not None]
        rows_changed(written)
    return written


def _shown(row) -> str:
    if isinstance(row, CriterionStatus):
        return str(_("đạt") if row.met else _("chưa đạt"))
    return row.value_label


def _write_entry(unit, year: int, entry: Entry, row, user):
    if entry.value is None:
        return _withdraw(unit, year, entry, user)
    field = "value" if entry.indicator is not None else "met"
    if row is not None and getattr(row, field) == entry.value:
        return None
    now = timezone.now()
    reviewed = {"status": ReviewStatus.ACCEPTED, "reviewed_by": user, "reviewed_at": now}
    if row is not None and row.source_kind == SourceKind.USER and (
            entry.indicator is None or (row.precision == PeriodPrecision.YEAR and row.total is None)):
        setattr(row, field, entry.value)
        row.source_user = user
        for name, value in reviewed.items():
            setattr(row, name, value)
    elif entry.indicator is not None:
        row = Observation(unit=unit, indicator=entry.indicator, year=year, precision=PeriodPrecision.YEAR,
                          value=entry.value, source_kind=SourceKind.USER, source_user=user, **reviewed)
    else:
        set_id, criterion_id = entry.criterion
        row = CriterionStatus(unit=unit, criteria_set_id=set_id, criterion_id=criterion_id, year=year,
                              met=entry.value, source_kind=SourceKind.USER, source_user=user, **reviewed)
    row.full_clean()
    row.save()
    return row


def _withdraw(unit, year: int, entry: Entry, user):
    """Reject every accepted row of a cleared cell, so that no older value shows through in its place."""
    if entry.indicator is not None:
        rows = Observation.objects.filter(unit=unit, indicator=entry.indicator, year=year)
    else:
        set_id, criterion_id = entry.criterion
        rows = CriterionStatus.objects.filter(unit=unit, criteria_set_id=set_id, criterion_id=criterion_id, year=year)
    last = None
    for row in rows.filter(status=ReviewStatus.ACCEPTED).select_for_update().order_by("id"):
        last = _review(row, ReviewStatus.REJECTED, user)
    return last


def indicator_for(set_id: str, indicator) -> Indicator:
    """The catalogue row tied to an indicator of a criteria set (`evaluation.model.Indicator`), made when missing."""
    found = Indicator.objects.filter(criteria_set_id=set_id, criteria_indicator_id=indicator.id).order_by("id").first()
    if found is not None:
        return found
    measure = {"%": Measure.PERCENT, "triệu đồng/người/năm": Measure.MILLION_VND_PER_YEAR}.get(
        indicator.unit, Measure.COUNT)
    key = f"{set_id}-{indicator.id}".replace(".", "-")[:60]
    found, _created = Indicator.objects.get_or_create(key=key, defaults={
        "name": indicator.name[:300], "measure": measure,
        "direction": Direction.LOWER if indicator.rule.value == "<=" else Direction.HIGHER,
        "criteria_set_id": set_id, "criteria_indicator_id": indicator.id,
        "description": f"Chỉ tiêu {indicator.id} của bộ {set_id}."})
    return found
