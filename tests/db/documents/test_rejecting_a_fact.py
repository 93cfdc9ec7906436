import pytest

from nongthon.documents.models import Fact
from nongthon.documents.operations import accept_fact, ingest_text, pending_facts, reject_fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation, Recognition

pytestmark = pytest.mark.django_db


def test_a_rejected_fact_is_kept_with_its_note_and_leaves_the_review_list(places, bach_thong_article,
                                                                          province_officer):
    fact = bach_thong_article.facts.get(type="poverty_rate")

    reject_fact(fact, user=province_officer, note="Không nêu thời điểm.")

    fact.refresh_from_db()
    assert fact.status == ReviewStatus.REJECTED
    assert (fact.review_note, fact.reviewed_by) == ("Không nêu thời điểm.", province_officer)
    assert fact not in pending_facts()
    assert not Observation.objects.exists()


def test_a_rejected_fact_is_not_proposed_again_when_the_document_is_read_anew(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="poverty_rate")
    reject_fact(fact, note="sai")
    # The portal republished the article with a corrected typo: another text, the same statements.
    new_text = bach_thong_article.text.replace("Tăng cỡ chữ", "Tăng  cỡ chữ")
    facts = [{"type": f.type, **f.payload, "evidence": f.evidence, "span": [f.span_start, f.span_end]}
             for f in bach_thong_article.facts.all()]

    summary = ingest_text(new_text, doc_id=bach_thong_article.doc_id, facts=facts)

    assert summary.new_document
    assert (summary.proposed, summary.skipped_rejected) == (7, 1)
    assert not summary.document.facts.filter(type="poverty_rate").exists()
    assert Fact.objects.filter(type="poverty_rate").count() == 1


def test_rejecting_an_accepted_fact_withdraws_the_row_it_wrote(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="ntm_status", payload__modality="achieved")
    recognition = accept_fact(fact)

    reject_fact(fact, note="Cẩm Giàng đạt chuẩn trước khi sáp nhập, nhầm đơn vị.")

    recognition.refresh_from_db()
    assert recognition.status == ReviewStatus.REJECTED
    assert not Recognition.objects.filter(status=ReviewStatus.ACCEPTED).exists()


def test_a_rejected_fact_can_still_be_accepted_after_a_second_look(places, bach_thong_article):
    fact = bach_thong_article.facts.get(type="poverty_rate")
    reject_fact(fact)

    row = accept_fact(fact)

    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED and row.status == ReviewStatus.ACCEPTED


def test_withdrawing_the_row_of_a_rejected_fact_is_in_the_audit_log(places, bach_thong_article, province_officer):
    from auditlog.models import LogEntry

    from nongthon.accounts.audit import audit_origin
    from nongthon.accounts.choices import Origin

    fact = bach_thong_article.facts.get(type="ntm_status", payload__modality="achieved")
    recognition = accept_fact(fact, user=province_officer)

    with audit_origin(Origin.PAGE, ref=f"POST /review/{fact.pk}/reject/", actor=province_officer):
        reject_fact(fact, user=province_officer, note="nhầm đơn vị")

    entry = LogEntry.objects.get_for_object(recognition).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.changes_dict["status"] == [ReviewStatus.ACCEPTED, ReviewStatus.REJECTED]
    assert entry.actor == province_officer and entry.additional_data["unit_id"] == recognition.unit_id
    assert (entry.additional_data["origin"], entry.additional_data["via"]) == (Origin.FACT, Origin.PAGE)
