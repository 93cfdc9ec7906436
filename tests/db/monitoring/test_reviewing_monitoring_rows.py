import datetime

import pytest

from nongthon.documents.models import Fact
from nongthon.documents.operations import accept_fact, ingest_text
from nongthon.monitoring.choices import ReviewStatus, SourceKind, TargetKind
from nongthon.monitoring.models import LegalDocument, Recognition, Target
from nongthon.monitoring.operations import accept_record, reject_record, revoke_recognition

pytestmark = pytest.mark.django_db


def test_a_row_entered_by_an_officer_counts_once_accepted(places, province_officer):
    row = Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019,
                                     source_kind=SourceKind.USER, source_user=province_officer)
    target = Target.objects.create(unit=places.nhat_tien, kind=TargetKind.STATUS, tier="dat_chuan",
                                   deadline_year=2019, source_kind=SourceKind.USER, source_user=province_officer,
                                   status=ReviewStatus.ACCEPTED)
    assert target.progress().met is False

    accept_record(row, user=province_officer)

    row.refresh_from_db()
    assert (row.status, row.reviewed_by) == (ReviewStatus.ACCEPTED, province_officer) and row.reviewed_at
    assert target.progress().met is True


def test_rejecting_a_row_written_from_a_fact_rejects_the_fact(places, province_officer):
    text = "xã Nhất Tiến đạt chuẩn nông thôn mới (NTM) năm 2019"
    document = ingest_text(text, doc_id="nhat_tien", date=datetime.date(2020, 1, 20), facts=[{
        "type": "ntm_status", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
        "status": "dat_chuan", "modality": "achieved", "year": 2019, "evidence": text, "span": [0, len(text)],
    }]).document
    row = accept_fact(document.facts.get(), user=province_officer)

    reject_record(row, user=province_officer, note="Nhầm năm")

    assert row.status == ReviewStatus.REJECTED and row.reviewed_by == province_officer
    assert (Fact.objects.get().status, Fact.objects.get().review_note) == (ReviewStatus.REJECTED, "Nhầm năm")


def test_a_revoked_recognition_is_kept_with_the_decision_that_revoked_it(places, province_officer):
    row = Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019,
                                     source_kind=SourceKind.USER, source_user=province_officer,
                                     status=ReviewStatus.ACCEPTED)
    decision = LegalDocument.objects.create(number="99/QĐ-UBND", kind="quyet_dinh", date=datetime.date(2023, 5, 2),
                                            source_kind=SourceKind.USER, source_user=province_officer)

    revoke_recognition(row, decision=decision, user=province_officer)

    row.refresh_from_db()
    assert (row.revoked, row.revoked_decision, row.revoked_date) == (True, decision, datetime.date(2023, 5, 2))
    assert Recognition.objects.count() == 1
