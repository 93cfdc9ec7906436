import datetime
from decimal import Decimal

import pytest

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation
from nongthon.monitoring.queries import observations_for
from nongthon.units.models import LineageEvent, LineageLink
from tests.db.monitoring.places import unit

pytestmark = pytest.mark.django_db


def observe(unit, year, value, status=ReviewStatus.ACCEPTED):
    return Observation.objects.create(unit=unit, indicator=Indicator.objects.get(key="poverty_rate"), year=year,
                                      value=Decimal(value), source_kind=SourceKind.IMPORT, source_file="ngheo.xlsx",
                                      source_row=year, status=status)


def test_a_unit_s_observations_are_its_accepted_rows_latest_first(places):
    observe(places.binh_xa, 2016, "46.42")
    observe(places.binh_xa, 2018, "11.65")
    observe(places.binh_xa, 2019, "9", status=ReviewStatus.PROPOSED)
    observe(places.nhat_tien, 2018, "20")

    rows = list(observations_for(places.binh_xa))

    assert [row.year for row in rows] == [2018, 2016]
    assert len(observations_for(places.binh_xa, accepted_only=False)) == 3


def test_an_observation_stays_on_the_unit_it_was_made_about(places):
    row = observe(places.binh_xa, 2018, "11.65")

    assert list(observations_for(places.dinh_lap)) == []
    assert row.unit == places.binh_xa


def merge(into, *communes, on=datetime.date(2025, 7, 1), kind="merge"):
    event = LineageEvent.objects.create(kind=kind, effective=on)
    for commune in communes:
        LineageLink.objects.create(event=event, predecessor=commune, successor=into)


def test_a_merged_commune_finds_the_observations_of_the_communes_it_continues(places):
    merged = unit("06300", "Bính Tiến", "xa", "xa", places.dinh_lap, valid_from=datetime.date(2025, 7, 1))
    renamed = unit("06301", "Bính Tiến Mới", "xa", "xa", places.dinh_lap, valid_from=datetime.date(2026, 1, 1))
    merge(merged, places.binh_xa, places.nhat_tien)
    merge(renamed, merged, on=datetime.date(2026, 1, 1), kind="rename")
    observe(places.binh_xa, 2018, "11.65")
    observe(places.nhat_tien, 2019, "7")
    observe(merged, 2025, "5")

    rows = list(observations_for(renamed))
    own = list(observations_for(renamed, include_predecessors=False))

    assert sorted((row.unit.name, row.year) for row in rows) == [
        ("Bính Tiến", 2025), ("Bính Xá", 2018), ("Nhất Tiến", 2019)]
    assert own == []
