"""The targets of a page are measured together: one query per kind of target whatever their number,
each with the progress it has on its own."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nongthon.monitoring.choices import TargetKind
from nongthon.monitoring.models import Indicator, Recognition, Target, UnitTally
from nongthon.monitoring.progress import progress_of_many
from tests.db.monitoring.test_target_progress import observe, sourced

pytestmark = pytest.mark.django_db


@pytest.fixture
def targets(places, province_officer):
    who = sourced(province_officer)
    made = []
    for unit, key, value in ((places.bach_thong, "income_per_capita", 45), (places.binh_xa, "poverty_rate", 15),
                             (places.bach_thong, "cooperatives", 50)):
        made.append(Target.objects.create(unit=unit, kind=TargetKind.INDICATOR, value=value, deadline_year=2025,
                                          indicator=Indicator.objects.get(key=key), **who))
    observe(places.bach_thong, "income_per_capita", "28.5", 2020, province_officer)
    observe(places.bach_thong, "income_per_capita", "32.29", 2021, province_officer)
    observe(places.binh_xa, "poverty_rate", "11.65", 2018, province_officer)
    for state, value in (("dat_chuan", 4), ("nang_cao", 2)):
        made.append(Target.objects.create(unit=places.bach_thong, kind=TargetKind.TALLY, child_level="xa",
                                          state=state, value=value, deadline_year=2025, **who))
    UnitTally.objects.create(parent=places.bach_thong, child_level="xa", count=5, total=13, state="dat_chuan",
                             year=2024, **who)
    made.append(Target.objects.create(unit=places.nhat_tien, kind=TargetKind.STATUS, tier="dat_chuan",
                                      deadline_year=2020, **who))
    Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019, **who)
    return [Target.objects.select_related("unit", "indicator").get(pk=t.pk) for t in made]


def test_each_target_has_the_progress_it_has_alone(targets):
    together = progress_of_many(targets)
    assert together == [target.progress() for target in targets]
    assert [p.current for p in together[:2]] == [Decimal("32.29"), Decimal("11.65")]
    assert together[2].current is None and together[3].current == Decimal(5) and together[5].met is True


def test_many_targets_take_one_query_per_kind(targets):
    with CaptureQueriesContext(connection) as context:
        progress_of_many(targets)
    # Observations, tallies, recognitions; and the count of recognised communes for the tally target
    # without a reported tally (nang_cao).
    assert len(context.captured_queries) == 4
