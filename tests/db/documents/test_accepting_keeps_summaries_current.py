import datetime

import pytest
from django.apps import apps

from nongthon.documents.operations import accept_fact, ingest_text, reject_fact

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not apps.is_installed("nongthon.rollups"), reason="no unit × year summaries installed"),
]


def test_accepting_and_rejecting_a_recognition_updates_the_unit_year_summaries(places):
    from nongthon.rollups.models import UnitYearSummary

    text = "xã Nhất Tiến đạt chuẩn nông thôn mới (NTM) năm 2020"
    document = ingest_text(text, doc_id="nhat_tien", date=datetime.date(2021, 1, 20), facts=[{
        "type": "ntm_status", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
        "status": "dat_chuan", "modality": "achieved", "year": 2020, "evidence": text, "span": [0, len(text)],
    }]).document
    fact = document.facts.get()

    accept_fact(fact)
    accepted = set(UnitYearSummary.objects.filter(year=2020).values_list("key", flat=True))
    reject_fact(fact)

    assert places.nhat_tien.key in accepted
    assert UnitYearSummary.objects.filter(year=2020).exists()
