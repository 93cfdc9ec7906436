import datetime
from decimal import Decimal

import pytest

from nongthon.documents.operations import ReviewError, accept_fact
from nongthon.monitoring.choices import PeriodPrecision, ReviewStatus, SourceKind, TargetKind
from nongthon.monitoring.models import (
    CriteriaCount,
    LegalDocument,
    Observation,
    Recognition,
    SupportAssignment,
    Target,
    UnitTally,
)

pytestmark = pytest.mark.django_db


def test_accepting_a_poverty_rate_fact_records_an_observation_with_its_evidence(
        places, bach_thong_article, province_officer):
    fact = bach_thong_article.facts.get(type="poverty_rate")

    row = accept_fact(fact, user=province_officer)

    assert isinstance(row, Observation)
    assert row.unit == places.bach_thong and row.indicator.key == "poverty_rate"
    assert row.value == Decimal("20.66") and row.standard == "07/2021/NĐ-CP"
    assert row.status == ReviewStatus.ACCEPTED and row.source_kind == SourceKind.DOCUMENT
    assert row.source_document == bach_thong_article and row.source_fact == fact
    assert bach_thong_article.text[row.source_start:row.source_end] == row.source_evidence == fact.evidence
    # "Đến nay … 20,66%" gives no period: the figure holds as of the article's dateline.
    assert row.precision == PeriodPrecision.REPORTED and row.date == datetime.date(2022, 10, 25)
    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED and fact.reviewed_by == province_officer and fact.reviewed_at


def test_accepting_an_indicator_counted_out_of_a_total_records_both(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="indicator", payload__key="national_standard_schools")

    row = accept_fact(fact)

    assert (row.value, row.total, row.year) == (Decimal(18), Decimal(32), 2021)
    assert row.value_label == "18/32"


def test_accepting_an_achieved_status_records_a_recognition(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="ntm_status", payload__modality="achieved")

    row = accept_fact(fact)

    assert isinstance(row, Recognition)
    assert (row.unit, row.tier, row.year) == (places.cam_giang, "dat_chuan", None)


def test_accepting_a_status_goal_records_a_target(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="ntm_status", payload__modality="target")

    row = accept_fact(fact)

    assert isinstance(row, Target)
    assert (row.unit, row.kind, row.tier, row.deadline_year) == (places.bach_thong, TargetKind.STATUS, "dat_chuan", 2025)
    assert not Recognition.objects.exists()


def test_accepting_a_tally_records_it_with_its_state(places, bach_thong_article):
    tier = accept_fact(bach_thong_article.facts.get(type="unit_tally", payload__count=3))
    band = accept_fact(bach_thong_article.facts.get(type="unit_tally", payload__count=9))

    assert isinstance(tier, UnitTally)
    assert (tier.parent, tier.count, tier.total, tier.state) == (places.bach_thong, 3, 13, "dat_chuan")
    assert (band.count, band.total, band.state, band.state_label) == (9, None, "criteria:11-14",
                                                                      "đạt từ 11 đến 14 tiêu chí")


def test_accepting_a_tally_goal_records_a_target(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="unit_tally", payload__count=3)

    row = accept_fact(fact, corrected_payload={"modality": "target", "count": 5, "year": 2025})

    assert isinstance(row, Target) and row.kind == TargetKind.TALLY
    assert (row.value, row.total, row.state, row.deadline_year) == (Decimal(5), Decimal(13), "dat_chuan", 2025)
    assert not UnitTally.objects.exists()


def test_accepting_a_criteria_count_records_it(places):
    from nongthon.documents.operations import ingest_text

    text = "xã Tân Lập hoàn thành 19/19 tiêu chí NTM"
    document = ingest_text(text, doc_id="bac_son", date=datetime.date(2020, 9, 15), facts=[{
        "type": "criteria_count", "unit": {"name": "Tân Lập", "level": "xa", "parent": "Bắc Sơn"},
        "achieved": 19, "total": 19, "year": None, "evidence": text, "span": [0, len(text)],
    }]).document

    row = accept_fact(document.facts.get())

    assert isinstance(row, CriteriaCount)
    assert (row.unit, row.achieved, row.total) == (places.tan_lap, 19, 19)


def test_accepting_a_legal_reference_creates_the_document_once(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="legal_ref")

    row = accept_fact(fact)

    assert isinstance(row, LegalDocument)
    assert (row.number, row.kind, row.date, row.issuer) == (
        "855/NQ-UBTVQH14", "nghi_quyet", datetime.date(2020, 1, 10), "Ủy ban Thường vụ Quốc hội")
    assert row.source_fact == fact


def test_a_legal_reference_already_known_is_completed_not_duplicated(places, support_article):
    known = LegalDocument.objects.create(number="06-ĐA/TU", source_kind=SourceKind.IMPORT, source_file="vb.xlsx",
                                         source_row=4, status=ReviewStatus.ACCEPTED)

    row = accept_fact(support_article.facts.get(type="legal_ref"))

    assert row.pk == known.pk and LegalDocument.objects.count() == 1
    assert (row.kind, row.issuer, row.source_file) == ("de_an", "Ban Thường vụ Tỉnh ủy Bắc Kạn", "vb.xlsx")


def test_accepting_a_support_assignment_records_helper_and_commune(places, support_article):
    fact = support_article.facts.get(type="support", payload__helper="Ban Dân vận Tỉnh ủy")

    row = accept_fact(fact)

    assert isinstance(row, SupportAssignment)
    assert (row.helper, row.unit, row.year, row.amount_vnd) == ("Ban Dân vận Tỉnh ủy", places.banh_trach, 2023, None)


def test_an_indicator_goal_becomes_a_target_of_that_indicator(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="indicator", payload__key="income_per_capita")

    row = accept_fact(fact, corrected_payload={"modality": "target", "value": 45, "period": 2025})

    assert isinstance(row, Target) and row.indicator.key == "income_per_capita"
    assert (row.value, row.deadline_year) == (Decimal(45), 2025)
    fact.refresh_from_db()
    assert fact.original_payload["modality"] == "achieved" and fact.payload["modality"] == "target"


def test_a_fact_is_accepted_only_once(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="poverty_rate")
    accept_fact(fact)

    with pytest.raises(ReviewError, match="đã được chấp nhận"):
        accept_fact(fact)
    assert Observation.objects.count() == 1


def test_an_indicator_outside_the_catalogue_is_refused_and_nothing_is_written(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="indicator", payload__key="income_per_capita")

    with pytest.raises(ReviewError, match="danh mục chỉ tiêu"):
        accept_fact(fact, corrected_payload={"key": "happiness"})

    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED and not Observation.objects.exists()


def test_a_correction_that_breaks_a_rule_of_the_model_is_refused_with_its_reason(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="unit_tally", payload__count=3)

    with pytest.raises(ReviewError, match="state không hợp lệ"):
        accept_fact(fact, corrected_payload={"state": "gan_dat"})
    with pytest.raises(ReviewError, match="child_level không hợp lệ"):
        accept_fact(fact, corrected_payload={"child_level": "ap"})
    assert not UnitTally.objects.exists()


def test_amounts_written_as_json_floats_are_stored_as_whole_dong(places, support_article):
    fact = support_article.facts.get(type="support", payload__helper="Ban Dân vận Tỉnh ủy")

    row = accept_fact(fact, corrected_payload={"amount_vnd": 354000000.0})

    assert row.amount_vnd == Decimal(354000000)


def test_a_count_that_is_not_a_whole_number_is_refused(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="unit_tally", payload__count=3)

    with pytest.raises(ReviewError, match="count"):
        accept_fact(fact, corrected_payload={"count": "ba"})
    with pytest.raises(ReviewError, match="số nguyên"):
        accept_fact(fact, corrected_payload={"count": 2.5})
