"""A commune's page hands the evaluator the rows it has already read: the same input as `gather`
reads from the database (the rows of the year, the latest count, the best recognition in force)."""

from decimal import Decimal

import pytest

from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Indicator, Observation, Recognition
from nongthon.web import evaluations, progress

pytestmark = pytest.mark.django_db

YEAR = 2021
SOURCE = {"source_kind": "import", "source_file": "so-lieu.xlsx"}


def row(model, unit, status="accepted", **fields):
    return model.objects.create(unit=unit, status=status, **SOURCE, **fields)


@pytest.fixture
def commune(places):
    unit, neighbour = places.nhat_tien, places.binh_xa
    tied, _ = Indicator.objects.get_or_create(key="qd-318-2022-xa-9-1", defaults={
        "name": "Tỷ lệ hộ nghèo đa chiều", "measure": "percent", "direction": "lower",
        "criteria_set_id": "qd-318-2022-xa", "criteria_indicator_id": "9.1"})
    untied, _ = Indicator.objects.get_or_create(key="poverty_rate", defaults={
        "name": "Tỷ lệ hộ nghèo", "measure": "percent", "direction": "lower"})
    for year, value, status in ((2021, "4.1", "accepted"), (2019, "6.5", "accepted"), (2020, "5.2", "accepted"),
                                (2022, "3.0", "accepted"), (2021, "1.0", "proposed")):
        row(Observation, unit, status, indicator=tied, year=year, value=Decimal(value))
    row(Observation, unit, indicator=untied, year=2021, value=Decimal("4"))
    row(Observation, neighbour, indicator=tied, year=2021, value=Decimal("9"))
    for criterion, met, year in (("1", True, 2021), ("2", False, 2021), ("1", False, 2021), ("3", True, 2020)):
        row(CriterionStatus, unit, criteria_set_id="qd-318-2022-xa", criterion_id=criterion, met=met, year=year)
    for achieved, total, year in ((15, 19, 2021), (17, 19, 2021), (18, None, 2021), (19, 19, 2022)):
        row(CriteriaCount, unit, achieved=achieved, total=total, year=year)
    row(Recognition, unit, tier="dat_chuan", year=2019, decision_number="12/QĐ")
    row(Recognition, unit, tier="dat_chuan", year=2020, decision_number="99/QĐ")  # the first of a tier stands
    row(Recognition, unit, tier="nang_cao", year=2020, revoked=True)
    row(Recognition, unit, tier="kieu_mau", year=2022)
    row(Recognition, neighbour, tier="kieu_mau", year=2020)
    return unit


def test_the_page_rows_give_the_evaluator_what_the_database_gives_it(places, commune):
    records = progress.unit_records([commune.pk, places.binh_xa.pk])
    from_rows = evaluations.gather_from_records(commune, YEAR, records)
    assert from_rows == evaluations.gather(commune, YEAR)
    assert [value for *_, value in from_rows.observations] == [Decimal("6.5"), Decimal("5.2"), Decimal("4.1")]
    assert from_rows.statuses == [("qd-318-2022-xa", "1", True), ("qd-318-2022-xa", "2", False),
                                  ("qd-318-2022-xa", "1", False)]
    assert from_rows.count == (17, 19)
    assert (from_rows.recognition.tier.value, from_rows.recognition.year) == ("dat_chuan", 2019)


def test_the_verdicts_from_the_page_rows_are_those_from_the_database(commune):
    expected = evaluations.for_page(commune, YEAR)
    assert expected and expected[0]["decided"] > 0
    assert evaluations.for_page(commune, YEAR, progress.unit_records([commune.pk])) == expected
