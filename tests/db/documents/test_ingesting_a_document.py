import pytest

from nongthon.documents.models import Document, Fact
from nongthon.documents.operations import ingest_path, ingest_text
from nongthon.monitoring.choices import ReviewStatus
from tests.db.documents.conftest import ARTICLES

pytestmark = pytest.mark.django_db


def test_ingesting_an_article_stores_its_text_and_proposes_its_facts(places, fake_extraction):
    summary = ingest_path(ARTICLES / "bach_thong_2022.txt")

    document = summary.document
    assert summary.new_document and summary.proposed == 8
    assert document.doc_id == "bach_thong_2022"
    assert document.date.isoformat() == "2022-10-25"
    assert len(document.sha256) == 64
    assert set(document.facts.values_list("status", flat=True)) == {ReviewStatus.PROPOSED}
    fact = document.facts.get(type="poverty_rate")
    assert document.text[fact.span_start:fact.span_end] == fact.evidence
    assert "evidence" not in fact.payload and fact.payload["value"] == 20.66


def test_ingesting_the_same_document_twice_stores_it_once(places, fake_extraction):
    first = ingest_path(ARTICLES / "bach_thong_2022.txt")
    second = ingest_path(ARTICLES / "bach_thong_2022.txt")

    assert second.document == first.document
    assert not second.new_document and second.proposed == 0
    assert Document.objects.count() == 1
    assert Fact.objects.count() == 8
    assert fake_extraction == ["bach_thong_2022"]


def test_the_same_text_under_another_name_or_normal_form_is_the_same_document(db):
    composed = "Xã Nhất Tiến đạt chuẩn nông thôn mới năm 2019."
    import unicodedata

    ingest_text(composed, doc_id="a", facts=[])
    again = ingest_text(unicodedata.normalize("NFD", composed), doc_id="b", facts=[])

    assert Document.objects.count() == 1
    assert again.document.doc_id == "a"


def test_facts_whose_unit_the_database_knows_are_proposed_with_their_unit(places, bach_thong_article):
    target = bach_thong_article.facts.get(type="ntm_status", payload__modality="target")
    whole_province = bach_thong_article.facts.get(type="unit_tally", payload__count=3)

    assert target.unit == places.bach_thong
    assert whole_province.unit == places.bach_thong
    assert bach_thong_article.facts.get(type="legal_ref").unit is None


def test_reextracting_a_stored_document_adds_only_new_facts(places, bach_thong_article, fake_extraction):
    summary = ingest_path(ARTICLES / "bach_thong_2022.txt", reextract=True)

    assert summary.proposed == 0 and summary.already_known == 8
    assert Fact.objects.count() == 8
