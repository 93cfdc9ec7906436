"""A unit, column and year holds one imported row: uploading again repeats nothing, a correction updates it,
and every row created or changed is in the audit log with origin `import` and the file."""

from __future__ import annotations

import io
from decimal import Decimal

from auditlog.models import LogEntry

from nongthon.accounts.choices import Origin
from nongthon.monitoring.models import Observation
from nongthon.workbooks.operations import import_workbook
from tests.db.workbooks.places import indicator_workbook, xlsx_bytes


def _upload(rows, user, name="bac-son-2024.xlsx"):
    return import_workbook(io.BytesIO(xlsx_bytes(indicator_workbook(rows))), user, file_name=name)


def _entries():
    return LogEntry.objects.filter(content_type__model="observation").order_by("id")


def test_the_same_workbook_twice_leaves_one_row_per_value(places, people):
    rows = [["06100", "Xã Nhất Tiến", 2024, 3.5, 52], ["06101", "Xã Tân Lập", 2024, 4.25, None]]
    first = _upload(rows, people.province_officer)
    second = _upload(rows, people.province_officer)
    assert first.ok and second.ok
    assert (first.observations, first.updated) == (3, 0)
    assert (second.observations, second.updated, second.unchanged) == (0, 0, 3)
    assert Observation.objects.count() == 3
    assert "giữ nguyên 3" in second.summary()
    assert _entries().count() == 3  # the second upload changed nothing, so logged nothing


def test_every_imported_row_is_audited_with_the_file_the_user_and_the_unit(places, people):
    _upload([["06100", "Xã Nhất Tiến", 2024, 3.5, None]], people.province_officer)
    entry = _entries().get()
    assert entry.action == LogEntry.Action.CREATE and entry.actor == people.province_officer
    assert entry.additional_data["origin"] == Origin.IMPORT
    assert entry.additional_data["ref"] == "bac-son-2024.xlsx"
    assert entry.additional_data["unit_id"] == places.nhat_tien.pk
    assert Decimal(entry.changes_dict["value"][1]) == Decimal("3.5")


def test_a_corrected_value_updates_the_row_in_place_and_the_log_keeps_before_and_after(places, people):
    _upload([["06100", "Xã Nhất Tiến", 2024, 3.5, 52]], people.province_officer)
    result = _upload([["06100", "Xã Nhất Tiến", 2024, 3.1, 52]], people.province_officer)
    assert (result.observations, result.updated, result.unchanged) == (0, 1, 1)
    row = Observation.objects.get(indicator__key="poverty_rate")
    assert row.value == Decimal("3.1")
    update = _entries().filter(action=LogEntry.Action.UPDATE).get()
    assert [Decimal(v) for v in update.changes_dict["value"]] == [Decimal("3.5"), Decimal("3.1")]
    assert update.object_pk == str(row.pk)


def test_the_same_values_from_another_file_move_the_source_to_that_file(places, people):
    _upload([["06100", "Xã Nhất Tiến", 2024, 3.5, None]], people.province_officer)
    result = _upload([["06100", "Xã Nhất Tiến", 2024, 3.5, None]], people.province_officer, name="ban-sua.xlsx")
    assert (result.observations, result.updated) == (0, 1)
    assert Observation.objects.get().source_file == "ban-sua.xlsx [Chỉ tiêu]"


def test_a_value_from_a_document_is_left_alone_by_an_import(places, people):
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import Indicator

    Observation.objects.create(unit=places.nhat_tien, indicator=Indicator.objects.get(key="poverty_rate"),
                               year=2024, value=Decimal("9"), source_kind=SourceKind.USER,
                               source_user=people.province_officer, status=ReviewStatus.ACCEPTED)
    result = _upload([["06100", "Xã Nhất Tiến", 2024, 3.5, None]], people.province_officer)
    assert result.observations == 1
    assert sorted(Observation.objects.values_list("value", flat=True)) == [Decimal("3.5"), Decimal("9")]
