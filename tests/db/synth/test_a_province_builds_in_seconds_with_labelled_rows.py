import time

from django.core.management import call_command

from nongthon.documents.models import Document
from nongthon.monitoring.choices import SourceKind
from nongthon.monitoring.models import SOURCED_MODELS, CriteriaCount, Recognition
from nongthon.rollups.models import UnitYearSummary
from nongthon.synth import SYNTHETIC_PREFIX, is_synthetic_database
from nongthon.synth.models import Dataset


def test_a_province_builds_in_seconds_and_every_row_says_it_is_synthetic(lang_son):
    assert not is_synthetic_database()
    started = time.perf_counter()
    call_command("synth", scale="province", province="20", years="2024-2026", seed=5, verbosity=0)
    assert time.perf_counter() - started < 20

    assert is_synthetic_database()
    dataset = Dataset.objects.get()
    assert dataset.label == f"{SYNTHETIC_PREFIX}province-20:seed=5"
    assert dataset.rows["monitoring.CriterionStatus"] > 0
    for model in SOURCED_MODELS:
        rows = model.objects.all()
        assert not rows.exclude(source_kind=SourceKind.IMPORT, source_file=dataset.label).exists(), model
    assert Recognition.objects.exists()
    assert CriteriaCount.objects.filter(year=2026, total=10).exists()
    assert not Document.objects.exclude(source=dataset.label).exists()
    assert all(doc.text.startswith("[DỮ LIỆU TỔNG HỢP") for doc in Document.objects.all())
    assert UnitYearSummary.objects.filter(level="tinh", year=2025, unit__code="20").get().communes > 100


def test_the_shares_follow_the_programme_curve(lang_son):
    call_command("synth", scale="province", province="20", years="2016-2016", seed=1, verbosity=0)
    first = UnitYearSummary.objects.get(level="tinh", year=2016, unit__code="20")
    call_command("synth", scale="province", province="20", years="2025-2025", seed=1, verbosity=0)
    last = UnitYearSummary.objects.get(level="tinh", year=2025, unit__code="20")
    assert 0.1 < first.dat_chuan / first.communes < 0.4
    assert 0.65 < last.dat_chuan / last.communes < 0.9
    assert 16 < last.criteria_sum / last.criteria_known < 19
