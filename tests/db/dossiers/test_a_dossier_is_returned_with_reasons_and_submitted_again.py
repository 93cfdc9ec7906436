import pytest

from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DossierState, StepKind
from tests.db.dossiers.papers import attach_papers


def test_the_district_returns_it_and_the_commune_submits_again(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    dossier = ops.return_dossier(people.district_officer, dossier, "Thiếu biên bản lấy ý kiến người dân")
    assert dossier.state == DossierState.RETURNED
    assert dossier.steps.get(kind=StepKind.RETURN).note == "Thiếu biên bản lấy ý kiến người dân"
    assert ops.submit(people.commune_officer, dossier).state == DossierState.SUBMITTED


def test_returning_without_a_reason_is_refused(people, places):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier)
    ops.submit(people.commune_officer, dossier)
    with pytest.raises(ops.WorkflowError, match="lý do"):
        ops.return_dossier(people.district_officer, dossier, "  ")
