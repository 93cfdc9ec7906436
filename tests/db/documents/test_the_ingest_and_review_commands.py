import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from nongthon.documents.models import Document, Fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation
from tests.db.documents.conftest import ARTICLES, facts_of

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_ingest_stores_a_directory_and_prints_a_summary(places, fake_extraction):
    output = run("ingest", str(ARTICLES))

    assert "bach_thong_2022: tài liệu mới, 8 dữ kiện đề xuất" in output
    assert "giup_do_xa_2024: tài liệu mới, 4 dữ kiện đề xuất, 1 chưa xác định đơn vị" in output
    assert "Tổng: 2 tài liệu (2 mới), 12 dữ kiện mới đề xuất chờ duyệt." in output


def test_ingest_run_twice_adds_nothing(places, fake_extraction):
    run("ingest", str(ARTICLES))
    output = run("ingest", str(ARTICLES / "bach_thong_2022.txt"), "--json")

    assert json.loads(output) == [{"document": "bach_thong_2022", "document_id": Document.objects.get(
        doc_id="bach_thong_2022").pk, "new_document": False, "proposed": 0, "already_known": 0,
        "skipped_rejected": 0, "unresolved": 0}]
    assert Document.objects.count() == 2 and Fact.objects.count() == 12


def test_ingest_of_a_missing_file_stores_nothing(places, fake_extraction):
    with pytest.raises(CommandError, match="không có tệp"):
        run("ingest", str(ARTICLES / "bach_thong_2022.txt"), str(ARTICLES / "missing.txt"))

    assert not Document.objects.exists()


def test_review_lists_what_awaits_review_with_evidence_and_mismatches(places, bach_thong_article):
    output = run("review")

    assert "huyện Bạch Thông: tỷ lệ hộ nghèo 20,66%, chuẩn 07/2021/NĐ-CP (061@2020-01-01)" in output
    assert "« tỷ lệ hộ nghèo theo Nghị định số 07/2021/NĐ-CP là 20,66% »" in output
    assert "8 dữ kiện chờ duyệt." in output
    assert "Không khớp" in output and "danh mục có 5" in output


def test_review_json_gives_facts_and_mismatches(places, bach_thong_article):
    listing = json.loads(run("review", "--json", "--type", "poverty_rate"))

    assert [fact["payload"]["value"] for fact in listing["facts"]] == [20.66]
    assert listing["facts"][0]["unit_key"] == "061@2020-01-01"
    assert listing["mismatches"][0]["field"] == "total"


def test_review_accept_writes_the_facts_into_the_monitoring_data(places, bach_thong_article, province_officer):
    fact = bach_thong_article.facts.get(type="poverty_rate")

    output = run("review", "accept", str(fact.pk), "--user", "can_bo_tinh")

    assert f"Đã chấp nhận #{fact.pk}: số liệu quan sát" in output
    observation = Observation.objects.get()
    assert observation.source_user == province_officer and observation.value_label == "20,66%"


def test_review_accept_names_the_facts_it_could_not_accept(places, support_article):
    fact = support_article.facts.get(type="indicator")

    with pytest.raises(CommandError, match="1 dữ kiện chưa được chấp nhận"):
        run("review", "accept", str(fact.pk))

    accepted = run("review", "accept", str(fact.pk), "--unit", places.bac_kan.key)
    assert "Đã chấp nhận" in accepted


def test_review_reject_keeps_the_note(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="legal_ref")

    run("review", "reject", str(fact.pk), "--note", "Không liên quan đến NTM")

    fact.refresh_from_db()
    assert (fact.status, fact.review_note) == (ReviewStatus.REJECTED, "Không liên quan đến NTM")
    assert "7 dữ kiện chờ duyệt." in run("review")


def test_review_of_an_unknown_fact_says_so(db):
    with pytest.raises(CommandError, match="Không có dữ kiện mã số: 999"):
        run("review", "accept", "999")


def test_ingest_of_a_directory_takes_documents_only(places, fake_extraction, tmp_path):
    (tmp_path / "README.md").write_text("Bài báo tải ngày 1/1/2024", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bach_thong_2022.txt").write_text((ARTICLES / "bach_thong_2022.txt").read_text(encoding="utf-8"),
                                                  encoding="utf-8")

    output = run("ingest", str(tmp_path))

    assert "Tổng: 1 tài liệu (1 mới), 8 dữ kiện mới đề xuất chờ duyệt." in output


def test_ingest_of_a_corpus_stores_one_document_per_row(places, fake_extraction, tmp_path, monkeypatch):
    from types import SimpleNamespace

    text = (ARTICLES / "bach_thong_2022.txt").read_text(encoding="utf-8")
    rows = [SimpleNamespace(id="bach_thong_2022", text=text, date=None, title="Bạch Thông"),
            SimpleNamespace(id="khac", text="Một bài khác.", date=None, title=None)]
    monkeypatch.setattr("nongthon.extraction.read_corpus", lambda path: iter(rows), raising=False)
    corpus = tmp_path / "bai_bao.jsonl"
    corpus.write_text("{}", encoding="utf-8")
    monkeypatch.setattr("nongthon.extraction.extract",
                        lambda text, doc_id, doc_date=None, registry=None: [] if doc_id == "khac" else
                        facts_of(doc_id, text))

    output = run("ingest", str(corpus))

    assert "Tổng: 2 tài liệu (2 mới), 8 dữ kiện mới đề xuất chờ duyệt." in output
    assert Document.objects.get(doc_id="khac").source == f"{corpus}#khac"


def test_review_accept_can_correct_fields_before_accepting(places, bach_thong_article):
    from nongthon.monitoring.models import UnitTally

    fact = bach_thong_article.facts.get(type="unit_tally", payload__count=3)

    run("review", "accept", str(fact.pk), "--set", "year=2022", "--set", "total=13")

    assert UnitTally.objects.get().year == 2022
    fact.refresh_from_db()
    assert fact.original_payload["year"] is None and fact.payload["year"] == 2022


def test_review_lists_rejected_facts_with_their_notes_on_request(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="legal_ref")
    run("review", "reject", str(fact.pk), "--note", "Không liên quan đến NTM")

    output = run("review", "--status", "rejected")

    assert f"#{fact.pk} [Đã bác bỏ]" in output and "ghi chú: Không liên quan đến NTM" in output
    assert "1 dữ kiện." in output
