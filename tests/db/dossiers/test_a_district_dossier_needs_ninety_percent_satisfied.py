import pytest

from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DossierState, SurveyOutcome
from tests.db.dossiers.papers import attach_papers


def test_below_ninety_percent_the_province_cannot_verify(people, places):
    dossier = ops.create_dossier(people.district_officer, places.bac_son, 2024)
    attach_papers(dossier)
    assert dossier.criteria_set_id == "qd-320-2022-huyen"
    assert ops.record_survey(people.district_officer, dossier, 85) == SurveyOutcome.NOT_MET
    ops.submit(people.district_officer, dossier)
    with pytest.raises(ops.WorkflowError, match="85% < 90%"):
        ops.verify(people.province_officer, dossier)


def test_at_ninety_two_percent_the_province_verifies(people, places):
    dossier = ops.create_dossier(people.district_officer, places.bac_son, 2024)
    attach_papers(dossier)
    assert ops.record_survey(people.district_officer, dossier, 92) == SurveyOutcome.MET
    ops.submit(people.district_officer, dossier)
    assert ops.verify(people.province_officer, dossier).state == DossierState.VERIFIED


def test_a_district_may_not_verify_its_own_dossier(people, places):
    dossier = ops.create_dossier(people.district_officer, places.bac_son, 2024)
    attach_papers(dossier)
    ops.submit(people.district_officer, dossier)
    with pytest.raises(Exception, match="cấp trên"):
        ops.verify(people.district_officer, dossier)
