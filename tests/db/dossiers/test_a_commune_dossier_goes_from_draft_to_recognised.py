import datetime

import pytest
from django.core.exceptions import PermissionDenied

from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DossierState, StepKind, SurveyOutcome
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Recognition
from tests.db.dossiers.papers import attach_papers

DECIDED = datetime.date(2024, 12, 20)


def test_each_level_takes_its_step_and_the_decision_is_recorded(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    assert dossier.criteria_set_id == "qd-318-2022-xa"
    assert ops.record_survey(people.commune_officer, dossier, 96.5) == SurveyOutcome.NO_THRESHOLD
    ops.submit(people.commune_officer, dossier)
    ops.verify(people.district_officer, dossier, note="Đủ hồ sơ")
    ops.appraise(people.province_officer, dossier)
    dossier = ops.recognise(people.province_officer, dossier, number="2150/QĐ-UBND", date=DECIDED,
                            signer="Chủ tịch UBND tỉnh")
    assert dossier.state == DossierState.RECOGNISED
    kinds = list(dossier.steps.values_list("kind", flat=True))
    assert kinds == [StepKind.CREATE, StepKind.SURVEY, StepKind.SUBMIT, StepKind.VERIFY, StepKind.APPRAISE,
                     StepKind.RECOGNISE]
    recognition = Recognition.objects.get(unit=places.nhat_tien)
    assert (recognition.year, recognition.decision_number, recognition.status) == (
        2024, "2150/QĐ-UBND", ReviewStatus.ACCEPTED)
    assert recognition.source_user == people.province_officer


def test_the_commune_threshold_is_shown_as_not_official(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.record_survey(people.commune_officer, dossier, 70)
    step = dossier.steps.get(kind=StepKind.SURVEY)
    assert step.survey_check == "Tỷ lệ hài lòng 70%: chưa có ngưỡng chính thức."


def test_the_evaluators_verdict_is_kept_beside_each_step(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    verdict = dossier.steps.get(kind=StepKind.SUBMIT).verdict
    assert verdict["set"] == "qd-318-2022-xa" and verdict["year"] == 2024
    assert "status" in verdict and "eligibility" in verdict


def test_a_commune_may_not_verify_its_own_dossier(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    with pytest.raises(PermissionDenied):
        ops.verify(people.commune_officer, dossier)


def test_a_district_officer_may_not_verify_a_commune_of_another_district(people, places):
    dossier = ops.create_dossier(None, places.binh_xa, 2024)
    attach_papers(dossier)
    ops.submit(None, dossier)
    with pytest.raises(PermissionDenied, match="không thuộc địa bàn"):
        ops.verify(people.district_officer, dossier)


def test_a_step_out_of_order_is_refused_with_the_state(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    with pytest.raises(ops.WorkflowError, match="Đang lập"):
        ops.appraise(people.province_officer, dossier)


def test_a_unit_has_one_dossier_per_year_and_tier(people, places):
    ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    with pytest.raises(ops.WorkflowError, match="đã có hồ sơ"):
        ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)


def test_recognition_needs_a_decision_number_date_and_signer(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    with pytest.raises(ops.WorkflowError, match="số quyết định"):
        ops.recognise(people.province_officer, dossier, number="", date=DECIDED, signer="")
