"""The observations list comes in the order rows were entered (id), which an index serves at any scale,
and its pages follow on from each other without a gap or a repeat."""

from decimal import Decimal

import pytest

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation

pytestmark = pytest.mark.django_db


def _observe(unit, year):
    indicator, _ = Indicator.objects.get_or_create(key="poverty_rate", defaults={"name": "Tỷ lệ hộ nghèo",
                                                                                "unit": "%"})
    return Observation.objects.create(unit=unit, indicator=indicator, year=year, value=Decimal("5"),
                                      status=ReviewStatus.ACCEPTED, source_kind=SourceKind.IMPORT,
                                      source_file="so-lieu.xlsx", source_row=year)


def test_observations_are_listed_in_the_order_they_were_entered_and_paged_without_gaps(api, places):
    # Entered out of unit-code order: Bính Xá (06622) first, then Nhất Tiến (06382).
    entered = [_observe(places.binh_xa, 2020), _observe(places.nhat_tien, 2021), _observe(places.binh_xa, 2019),
               _observe(places.nhat_tien, 2018)]
    first = api.get("/api/observations/?limit=3").json()
    second = api.get("/api/observations/?limit=3&offset=3").json()
    assert first["count"] == 4
    assert [r["id"] for r in first["results"] + second["results"]] == [row.pk for row in entered]
    assert [r["unit"] for r in first["results"]] == ["06622@-", "06382@-", "06622@-"]
