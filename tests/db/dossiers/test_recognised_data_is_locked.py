import datetime

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied

from nongthon.accounts.authz import can_write
from nongthon.accounts.choices import Action
from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DossierState
from tests.db.dossiers.papers import attach_papers


@pytest.fixture
def recognised(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.record_survey(people.commune_officer, dossier, 95)
    ops.submit(people.commune_officer, dossier)
    ops.verify(people.district_officer, dossier)
    ops.appraise(people.province_officer, dossier)
    return ops.recognise(people.province_officer, dossier, number="2150/QĐ-UBND",
                         date=datetime.date(2024, 12, 20), signer="Chủ tịch UBND tỉnh")


def test_the_district_may_no_longer_edit_that_year_and_the_province_may(recognised, people, places):
    on = datetime.date(2024, 6, 30)
    refused = can_write(people.district_officer, places.nhat_tien, on, Action.EDIT_MONITORING)
    assert not refused.allowed and "đã được công nhận" in refused.reason
    assert can_write(people.province_officer, places.nhat_tien, on, Action.EDIT_MONITORING).allowed
    assert can_write(people.district_officer, places.nhat_tien, datetime.date(2023, 6, 30),
                     Action.EDIT_MONITORING).allowed


def test_correcting_a_recognised_dossier_needs_the_province_and_is_audited(recognised, people):
    with pytest.raises(PermissionDenied):
        ops.correct_recognised(people.district_officer, recognised, "Sai số", decision_signer="X")
    dossier = ops.correct_recognised(people.province_officer, recognised, "Ghi đúng chức danh người ký",
                                     decision_signer="Phó Chủ tịch UBND tỉnh")
    entry = LogEntry.objects.get_for_object(dossier).filter(changes__icontains="decision_signer").first()
    assert entry.changes_dict["decision_signer"] == ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"]


def test_revocation_records_the_decision_and_marks_the_recognition(recognised, people):
    dossier = ops.revoke(people.province_officer, recognised, number="88/QĐ-UBND",
                         date=datetime.date(2026, 2, 1), signer="Chủ tịch UBND tỉnh",
                         reasons="Hơn 50% tiêu chí không còn đạt")
    assert dossier.state == DossierState.REVOKED
    assert dossier.recognition.revoked and dossier.recognition.revoked_date == datetime.date(2026, 2, 1)
    with pytest.raises(PermissionDenied):
        ops.revoke(people.district_officer, recognised, number="1", date=datetime.date(2026, 2, 1), signer="x",
                   reasons="y")
