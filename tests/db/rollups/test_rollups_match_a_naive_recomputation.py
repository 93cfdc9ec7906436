import datetime
import random

from django.core.management import call_command

from nongthon.monitoring.choices import ReviewStatus, SourceKind, Tier
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Recognition
from nongthon.rollups.models import UnitYearSummary
from nongthon.rollups.operations import rebuild_rollups, refresh_rollups
from nongthon.units.models import Unit
from tests.db.rollups import naive

YEARS = [2020, 2025, 2026]


def _stored(year: int) -> dict[str, dict]:
    return {row["key"]: {f: row[f] for f in naive.FIELDS}
            for row in UnitYearSummary.objects.filter(year=year).values("key", *naive.FIELDS)}


def _assert_matches(year: int) -> None:
    expected, stored = naive.summaries(year), _stored(year)
    assert stored.keys() == expected.keys()
    wrong = {k: (stored[k], expected[k]) for k in expected if stored[k] != expected[k]}
    assert not wrong, list(wrong.items())[:3]


def _user_row(**fields):
    return {"source_kind": SourceKind.IMPORT, "source_file": "bao-cao.xlsx", "source_row": 1,
            "status": ReviewStatus.ACCEPTED, **fields}


def test_a_full_rebuild_matches_the_naive_count_on_random_data(lang_son):
    for year in YEARS:
        call_command("synth", scale="province", province="20", years=f"{year}", seed=year, verbosity=0, force=True)
    rebuild_rollups(YEARS)
    for year in YEARS:
        _assert_matches(year)


def test_refreshing_after_random_changes_matches_the_naive_count(lang_son):
    call_command("synth", scale="province", province="20", years="2025-2026", seed=3, verbosity=0)
    rng = random.Random(42)
    communes = list(Unit.objects.filter(level="xa", kind="xa", valid_to=datetime.date(2025, 7, 1)))
    changed = rng.sample(communes, 12)
    for i, unit in enumerate(changed):
        if i % 4 == 0:
            Recognition.objects.create(**_user_row(unit=unit, tier=Tier.NANG_CAO, year=2025))
        elif i % 4 == 1:
            Recognition.objects.filter(unit=unit).update(revoked=True, revoked_date=datetime.date(2025, 3, 1))
        elif i % 4 == 2:
            CriteriaCount.objects.filter(unit=unit, year=2025).update(status=ReviewStatus.REJECTED)
            CriterionStatus.objects.filter(unit=unit, year=2025, criterion_id="1").update(met=False)
        else:
            CriteriaCount.objects.create(**_user_row(unit=unit, achieved=rng.randint(5, 19), total=19, year=2025))
    district = communes[0].parent
    Recognition.objects.create(**_user_row(unit=district, tier=Tier.DAT_CHUAN, year=2024))
    refresh_rollups([u.key for u in changed] + [district.key], [2025, 2026])
    _assert_matches(2025)
    _assert_matches(2026)


def test_a_commune_counts_under_the_district_of_the_year_when_its_district_was_renamed(db):
    end = datetime.date(2025, 7, 1)
    province = Unit.objects.create(key="99@-", code="99", name="Thử", kind="tinh", level="tinh", valid_to=end)
    old = Unit.objects.create(key="990@-", code="990", name="Cũ", kind="huyen", level="huyen", parent=province,
                              valid_to=datetime.date(2020, 1, 1))
    Unit.objects.create(key="990@2020-01-01", code="990", name="Mới", kind="thi_xa", level="huyen",
                        parent=province, valid_from=datetime.date(2020, 1, 1), valid_to=end)
    commune = Unit.objects.create(key="99001@-", code="99001", name="An", kind="xa", level="xa", parent=old,
                                  valid_to=end)
    Recognition.objects.create(**_user_row(unit=commune, tier=Tier.DAT_CHUAN, year=2018))
    rebuild_rollups([2019, 2021])
    assert UnitYearSummary.objects.get(key="990@-", year=2019).dat_chuan == 1
    assert UnitYearSummary.objects.get(key="990@2020-01-01", year=2021).dat_chuan == 1
    assert not UnitYearSummary.objects.filter(key="990@-", year=2021).exists()
    for year in (2019, 2021):
        _assert_matches(year)


def test_refreshing_a_year_without_summaries_summarises_it_whole(lang_son):
    call_command("synth", scale="province", province="20", years="2025", seed=4, verbosity=0)
    commune = Unit.objects.filter(level="xa", kind="xa", valid_to=datetime.date(2025, 7, 1)).first()
    Recognition.objects.create(**_user_row(unit=commune, tier=Tier.DAT_CHUAN, year=2013))
    refresh_rollups([commune.key], [2013])
    _assert_matches(2013)
