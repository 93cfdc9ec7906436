import pytest

from nongthon.documents.operations import FactUnitNotResolved, accept_fact, ingest_text
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation, SupportAssignment
from tests.db.monitoring.places import unit

pytestmark = pytest.mark.django_db


def test_a_fact_about_an_unnamed_province_is_refused_with_a_reason(places, support_article):
    fact = support_article.facts.get(type="indicator")

    with pytest.raises(FactUnitNotResolved, match="không nêu tên đơn vị"):
        accept_fact(fact)

    fact.refresh_from_db()
    assert fact.status == ReviewStatus.PROPOSED and not Observation.objects.exists()


def test_the_reviewer_can_name_the_unit_of_a_fact_the_text_leaves_unnamed(places, support_article):
    row = accept_fact(support_article.facts.get(type="indicator"), unit=places.bac_kan)

    assert (row.unit, row.indicator.key, row.value) == (places.bac_kan, "support_funds", 3600000000)


def test_a_commune_name_held_by_two_communes_is_refused_unless_the_parent_tells_them_apart(places):
    unit("09999", "Tân Lập", "xa", "xa", places.dinh_lap)
    text = "xã Tân Lập được phân công giúp đỡ"
    facts = [
        {"type": "support", "helper": "Sở Tài chính", "unit": {"name": "Tân Lập", "level": "xa", "parent": None},
         "year": 2023, "amount_vnd": None, "evidence": text, "span": [0, len(text)]},
        {"type": "support", "helper": "Sở Y tế", "unit": {"name": "Tân Lập", "level": "xa", "parent": "Đình Lập"},
         "year": 2023, "amount_vnd": None, "evidence": text, "span": [0, len(text)]},
    ]
    document = ingest_text(text, doc_id="tan_lap", facts=facts).document
    ambiguous = document.facts.get(payload__helper="Sở Tài chính")

    with pytest.raises(FactUnitNotResolved, match="Có 2 đơn vị trùng"):
        accept_fact(ambiguous)
    accepted = accept_fact(document.facts.get(payload__helper="Sở Y tế"))

    assert accepted.unit.code == "09999"
    assert SupportAssignment.objects.count() == 1


def test_a_fact_about_the_whole_country_is_refused(places):
    text = "cả nước có 78% số xã đạt chuẩn"
    document = ingest_text(text, doc_id="ca_nuoc", facts=[{
        "type": "indicator", "unit": {"name": None, "level": "nuoc", "parent": None}, "key": "cooperatives",
        "value": 1, "measure": "count", "period": 2024, "modality": "achieved", "evidence": text, "span": [0, 5],
    }]).document

    with pytest.raises(FactUnitNotResolved, match="cả nước"):
        accept_fact(document.facts.get())


def test_a_unit_is_resolved_among_those_valid_when_the_document_was_written(places):
    import datetime

    unit("06100", "Nhất Tiến", "xa", "xa", places.bac_son, valid_from=datetime.date(2025, 7, 1))
    places.nhat_tien.valid_to = datetime.date(2025, 7, 1)
    places.nhat_tien.save()
    text = "xã Nhất Tiến đạt chuẩn nông thôn mới (NTM) năm 2019"
    document = ingest_text(text, doc_id="nhat_tien", date=datetime.date(2020, 1, 20), facts=[{
        "type": "ntm_status", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
        "status": "dat_chuan", "modality": "achieved", "year": 2019, "evidence": text, "span": [0, len(text)],
    }]).document

    row = accept_fact(document.facts.get())

    assert row.unit == places.nhat_tien


def test_a_goal_s_deadline_does_not_decide_which_unit_its_name_meant(places):
    import datetime

    places.dinh_lap.valid_to = datetime.date(2025, 7, 1)
    places.dinh_lap.save()
    text = "trở thành huyện NTM vào năm 2025"
    document = ingest_text(text, doc_id="dinh_lap", facts=[{
        "type": "ntm_status", "unit": {"name": "Đình Lập", "level": "huyen", "parent": None},
        "status": "dat_chuan", "modality": "target", "year": 2025, "evidence": text, "span": [0, len(text)],
    }]).document

    row = accept_fact(document.facts.get())

    assert (row.unit, row.deadline_year) == (places.dinh_lap, 2025)
