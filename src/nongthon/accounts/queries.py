"""Reading the audit log per unit and per user, and writing it as CSV."""

from __future__ import annotations

import csv
import json

from auditlog.models import LogEntry

CSV_COLUMNS = ["thoi_diem", "nguoi_thuc_hien", "thao_tac", "doi_tuong", "ma_doi_tuong", "ban_ghi",
               "nguon", "qua", "tham_chieu", "don_vi_id", "thay_doi"]


def entries(unit=None, user=None):
    """Audit entries, newest first, about a unit (rows whose `unit_id` is it) and/or by a user."""
    qs = LogEntry.objects.select_related("actor", "content_type").order_by("-timestamp", "-id")
    if unit is not None:
        qs = qs.filter(additional_data__unit_id=unit.pk)
    if user is not None:
        qs = qs.filter(actor=user)
    return qs


def row(entry) -> list:
    data = entry.additional_data or {}
    return [
        entry.timestamp.isoformat(), entry.actor.get_username() if entry.actor_id else "",
        entry.get_action_display(), f"{entry.content_type.app_label}.{entry.content_type.model}",
        entry.object_pk, entry.object_repr, data.get("origin", ""), data.get("via", ""), data.get("ref", ""),
        data.get("unit_id", ""), json.dumps(entry.changes_dict, ensure_ascii=False, default=str),
    ]


def write_csv(stream, qs) -> int:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for entry in qs.iterator(chunk_size=500):
        writer.writerow(row(entry))
        count += 1
    return count
