from decimal import Decimal

import pytest

from nongthon.monitoring.choices import Direction, ReviewStatus, SourceKind, TargetKind
from nongthon.monitoring.models import Indicator, Observation, Recognition, Target, UnitTally
from nongthon.monitoring.progress import compare

pytestmark = pytest.mark.django_db


def sourced(user):
    return {"source_kind": SourceKind.USER, "source_user": user, "status": ReviewStatus.ACCEPTED}


def observe(unit, key, value, year, user, status=ReviewStatus.ACCEPTED):
    return Observation.objects.create(unit=unit, indicator=Indicator.objects.get(key=key), value=Decimal(value),
                                      year=year, **{**sourced(user), "status": status})


def test_comparing_values_reads_the_direction_of_the_indicator():
    assert compare(Decimal(45), Decimal("32.29")) == (False, pytest.approx(0.7176, abs=1e-4))
    assert compare(Decimal(45), Decimal(50)) == (True, pytest.approx(1.111, abs=1e-3))
    assert compare(Decimal(10), Decimal("11.65"), Direction.LOWER)[0] is False
    assert compare(Decimal(10), Decimal("8"), Direction.LOWER) == (True, 1.25)
    assert compare(Decimal(10), None) == (None, None)


def test_an_income_target_is_measured_by_the_latest_accepted_observation(places, province_officer):
    target = Target.objects.create(unit=places.bach_thong, kind=TargetKind.INDICATOR,
                                   indicator=Indicator.objects.get(key="income_per_capita"), value=45,
                                   deadline_year=2025, **sourced(province_officer))
    observe(places.bach_thong, "income_per_capita", "28.5", 2020, province_officer)
    observe(places.bach_thong, "income_per_capita", "32.29", 2021, province_officer)
    observe(places.bach_thong, "income_per_capita", "60", 2022, province_officer, status=ReviewStatus.PROPOSED)

    progress = target.progress()

    assert progress.current == Decimal("32.29") and progress.as_of == 2021
    assert progress.met is False and progress.ratio == pytest.approx(0.7176, abs=1e-4)
    assert "32,29" in progress.note


def test_a_poverty_target_is_met_when_the_rate_falls_below_it(places, province_officer):
    target = Target.objects.create(unit=places.binh_xa, kind=TargetKind.INDICATOR,
                                   indicator=Indicator.objects.get(key="poverty_rate"), value=15,
                                   deadline_year=2018, **sourced(province_officer))
    observe(places.binh_xa, "poverty_rate", "46.42", 2016, province_officer)
    observe(places.binh_xa, "poverty_rate", "11.65", 2018, province_officer)

    assert target.progress().met is True


def test_a_target_without_accepted_data_is_unknown_then_overdue(places, province_officer):
    target = Target.objects.create(unit=places.bach_thong, kind=TargetKind.INDICATOR,
                                   indicator=Indicator.objects.get(key="cooperatives"), value=50,
                                   deadline_year=2020, **sourced(province_officer))

    progress = target.progress()

    assert (progress.met, progress.current, progress.overdue) == (None, None, True)


def test_a_status_target_is_met_by_an_accepted_recognition_at_that_tier_or_above(places, province_officer):
    target = Target.objects.create(unit=places.bach_thong, kind=TargetKind.STATUS, tier="dat_chuan",
                                   deadline_year=2025, **sourced(province_officer))
    assert target.progress().met is False

    Recognition.objects.create(unit=places.bach_thong, tier="nang_cao", year=2024, **sourced(province_officer))

    progress = target.progress()
    assert (progress.met, progress.as_of) == (True, 2024)


def test_a_revoked_recognition_does_not_meet_a_status_target(places, province_officer):
    target = Target.objects.create(unit=places.nhat_tien, kind=TargetKind.STATUS, tier="dat_chuan",
                                   deadline_year=2019, **sourced(province_officer))
    Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019, revoked=True,
                               **sourced(province_officer))

    assert target.progress().met is False


def test_a_tally_target_uses_the_latest_tally_or_counts_recognitions(places, province_officer):
    target = Target.objects.create(unit=places.bach_thong, kind=TargetKind.TALLY, child_level="xa",
                                   state="dat_chuan", value=4, deadline_year=2025, **sourced(province_officer))
    Recognition.objects.create(unit=places.cam_giang, tier="dat_chuan", year=2020, **sourced(province_officer))
    Recognition.objects.create(unit=places.quang_thuan, tier="nang_cao", year=2021, **sourced(province_officer))

    counted = target.progress()
    assert (counted.current, counted.met) == (Decimal(2), False)

    UnitTally.objects.create(parent=places.bach_thong, child_level="xa", count=5, total=13, state="dat_chuan",
                             year=2024, **sourced(province_officer))
    stated = target.progress()
    assert (stated.current, stated.met, stated.as_of) == (Decimal(5), True, 2024)


def test_a_target_in_words_has_no_computed_progress(places, province_officer):
    target = Target.objects.create(unit=places.bach_thong, kind=TargetKind.TEXT,
                                   description="37 chỉ tiêu trên 4 lĩnh vực", deadline_year=2025,
                                   **sourced(province_officer))

    progress = target.progress()

    assert progress.met is None and "bằng lời" in progress.note
    assert str(target) == "Huyện Bạch Thông: 37 chỉ tiêu trên 4 lĩnh vực (2025)"
