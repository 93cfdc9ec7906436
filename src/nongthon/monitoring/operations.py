"""Operations on monitoring rows, written once and called by the pages, the API and the commands.

Rows written by accepting an extracted fact come from `nongthon.documents.operations.accept_fact`;
these operations review rows entered by people or imported, and revoke recognitions. Each asks
`accounts.authz` first (`user` None is an operator at the server).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from nongthon.accounts.authz import require_write_on
from nongthon.accounts.choices import Action
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import (
    CriteriaCount,
    CriterionStatus,
    LegalDocument,
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
