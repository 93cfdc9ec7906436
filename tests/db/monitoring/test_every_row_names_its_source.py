import pytest
from django.core.exceptions import ValidationError

from nongthon.documents.models import Document
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import SOURCED_MODELS, LegalDocument, Observation, Recognition, SourcedRecord

pytestmark = pytest.mark.django_db


def test_every_monitoring_model_carries_a_source_and_a_review_status():
    for model in SOURCED_MODELS:
        assert issubclass(model, SourcedRecord)
        names = {field.name for field in model._meta.get_fields()}
        assert {"source_kind", "status", "created_at", "updated_at"} <= names


def test_every_field_has_a_vietnamese_verbose_name():
    for model in SOURCED_MODELS:
        for field in model._meta.concrete_fields:
            if field.name != "id":
                assert str(field.verbose_name) != field.name.replace("_", " "), (model, field.name)


def test_a_new_row_awaits_review(places, province_officer):
    row = Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019,
                                     source_kind=SourceKind.USER, source_user=province_officer)

    assert row.status == ReviewStatus.PROPOSED
    assert row.source_label == "can_bo_tinh"


def test_a_row_from_a_document_must_name_the_document(places):
    row = Recognition(unit=places.nhat_tien, tier="dat_chuan", year=2019, source_kind=SourceKind.DOCUMENT)

    with pytest.raises(ValidationError) as err:
        row.full_clean()
    assert "source_document" in err.value.message_dict


def test_a_row_from_an_import_names_file_and_row(places):
    row = Recognition(unit=places.nhat_tien, tier="dat_chuan", source_kind=SourceKind.IMPORT, source_file="a.xlsx")

    with pytest.raises(ValidationError) as err:
        row.full_clean()
    assert "source_row" in err.value.message_dict
    row.source_row = 7
    row.full_clean()
    assert row.source_label == "a.xlsx:7"


def test_a_row_can_cite_a_legal_decision_or_a_document_span(places):
    decision = LegalDocument.objects.create(number="1234/QĐ-UBND", kind="quyet_dinh", source_kind=SourceKind.IMPORT,
                                            source_file="vb.csv", source_row=1)
    document = Document.objects.create(sha256="0" * 64, doc_id="bai_bao", text="xã Nhất Tiến đạt chuẩn")
    by_decision = Recognition(unit=places.nhat_tien, tier="dat_chuan", year=2019, decision=decision,
                              source_kind=SourceKind.LEGAL, source_legal=decision)
    by_text = Recognition(unit=places.nhat_tien, tier="dat_chuan", year=2019, source_kind=SourceKind.DOCUMENT,
                          source_document=document, source_start=10, source_end=4)

    by_decision.full_clean()
    assert by_decision.source_label == "Quyết định 1234/QĐ-UBND"
    with pytest.raises(ValidationError, match="Vị trí kết thúc"):
        by_text.full_clean()


def test_legal_documents_are_unique_by_number(places):
    LegalDocument.objects.create(number="14-CT/HU", kind="chi_thi", source_kind=SourceKind.IMPORT,
                                 source_file="vb.csv", source_row=1)
    duplicate = LegalDocument(number="14-CT/HU", kind="chi_thi", source_kind=SourceKind.IMPORT,
                              source_file="vb.csv", source_row=2)

    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_an_observation_reads_as_a_sentence(places, province_officer):
    from nongthon.monitoring.models import Indicator

    row = Observation.objects.create(unit=places.binh_xa, indicator=Indicator.objects.get(key="poverty_rate"),
                                     value="11.65", year=2018, source_kind=SourceKind.USER,
                                     source_user=province_officer)
    row.refresh_from_db()

    assert str(row) == "Tỷ lệ hộ nghèo (đa chiều) – Xã Bính Xá, 2018: 11,65%"
