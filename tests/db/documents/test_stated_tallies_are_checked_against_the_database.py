import pytest

from nongthon.documents.consistency import tally_mismatches
from nongthon.documents.operations import accept_fact
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Recognition

pytestmark = pytest.mark.django_db


def recognise(unit, tier="dat_chuan", year=2020):
    return Recognition.objects.create(unit=unit, tier=tier, year=year, source_kind=SourceKind.IMPORT,
                                      source_file="cong_nhan.xlsx", source_row=2, status=ReviewStatus.ACCEPTED)


def test_a_stated_total_that_differs_from_the_registry_is_reported(places, bach_thong_article):
    mismatches = tally_mismatches()

    assert [(m.field, m.stated, m.known) for m in mismatches] == [("total", 13, 5)]
    assert mismatches[0].parent == places.bach_thong
    assert "danh mục có 5" in mismatches[0].message


def test_a_stated_count_that_differs_from_accepted_recognitions_is_reported(places, bach_thong_article):
    recognise(places.cam_giang)
    recognise(places.duong_phong)
    recognise(places.quang_thuan, tier="nang_cao")

    count = [m for m in tally_mismatches() if m.field == "count"]

    # Quang Thuận holds the higher tier, so it is not among the communes counted as "đạt chuẩn".
    assert [(m.stated, m.known) for m in count] == [(3, 2)]


def test_a_tally_matching_the_database_reports_nothing_about_its_count(places, bach_thong_article):
    for commune in (places.cam_giang, places.duong_phong, places.quan_ha):
        recognise(commune)

    assert [m.field for m in tally_mismatches()] == ["total"]


def test_rejected_tallies_and_tallies_of_criteria_bands_are_not_checked(places, bach_thong_article):
    from nongthon.documents.operations import reject_fact

    reject_fact(bach_thong_article.facts.get(type="unit_tally", payload__count=3))

    assert tally_mismatches() == []


def test_accepting_the_tally_keeps_it_checked(places, bach_thong_article):
    accept_fact(bach_thong_article.facts.get(type="unit_tally", payload__count=3))

    assert [m.field for m in tally_mismatches()] == ["total"]


def test_townships_are_not_counted_among_the_communes_of_a_tally(places, bach_thong_article):
    from tests.db.monitoring.places import unit

    unit("01905", "Phủ Thông", "thi_tran", "xa", places.bach_thong)

    assert [(m.field, m.known) for m in tally_mismatches()] == [("total", 5)]
