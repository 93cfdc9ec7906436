"""A unit page's standing (highest recognition in force, latest criteria count) is read from the rows
the page already holds, and says what `progress.standings` reads from the database."""

import datetime

import pytest

from nongthon.monitoring.models import CriteriaCount, LegalDocument, Recognition
from nongthon.web import progress

pytestmark = pytest.mark.django_db

ON = datetime.date(2025, 6, 30)
SOURCE = {"source_kind": "import", "source_file": "so-lieu.xlsx"}


def recognise(unit, tier, year, status="accepted", **fields):
    return Recognition.objects.create(unit=unit, tier=tier, year=year, status=status, **SOURCE, **fields)


@pytest.fixture
def history(places):
    unit = places.nhat_tien
    decision = LegalDocument.objects.create(number="88/QĐ-UBND", date=datetime.date(2019, 12, 30),
                                            title="Quyết định công nhận")
    recognise(unit, "dat_chuan", 2019, decision=decision)
    recognise(unit, "nang_cao", 2021, revoked=True, revoked_date=datetime.date(2024, 1, 5))
    recognise(unit, "kieu_mau", 2026)  # after the date
    recognise(unit, "hien_dai", 2022, status="proposed")
    recognise(places.binh_xa, "kieu_mau", 2020)  # another unit
    for year, achieved, status in ((2020, 15, "accepted"), (2022, 17, "accepted"), (2023, 18, "proposed"),
                                   (2026, 19, "accepted")):
        CriteriaCount.objects.create(unit=unit, year=year, achieved=achieved, total=19, status=status, **SOURCE)
    return unit


def test_the_standing_from_the_rows_is_the_one_read_from_the_database(places, history):
    records = progress.unit_records([history.pk, places.binh_xa.pk])
    from_rows = progress.standing_from_records(records, history.pk, ON)
    assert from_rows == progress.standings([history.pk], ON)[history.pk]
    assert (from_rows.tier, from_rows.year, from_rows.met, from_rows.total) == ("dat_chuan", 2019, 17, 19)
    assert "88/QĐ-UBND" in from_rows.decision


def test_a_recognition_revoked_after_the_date_still_stands_on_it(places, history):
    Recognition.objects.filter(unit=history, tier="nang_cao").update(revoked_date=datetime.date(2025, 9, 1))
    records = progress.unit_records([history.pk])
    from_rows = progress.standing_from_records(records, history.pk, ON)
    assert from_rows == progress.standings([history.pk], ON)[history.pk]
    assert from_rows.tier == "nang_cao"


def test_a_unit_without_rows_has_an_empty_standing(places):
    records = progress.unit_records([places.binh_xa.pk])
    assert progress.standing_from_records(records, places.binh_xa.pk, ON) == progress.UnitStanding()
