from django.core.management import call_command

from nongthon.documents.models import Fact
from nongthon.documents.operations import accept_fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Recognition
from nongthon.rollups.models import UnitYearSummary
from nongthon.rollups.operations import rebuild_rollups
from nongthon.synth.builder import real_data_count
from tests.db.rollups.test_rollups_match_a_naive_recomputation import _assert_matches


def test_accepting_a_recognition_fact_updates_the_summaries_at_once(lang_son):
    call_command("synth", scale="province", province="20", years="2024-2025", seed=8, verbosity=0)
    fact = Fact.objects.filter(type="ntm_status", status=ReviewStatus.PROPOSED, payload__year=2025).first()
    assert fact is not None
    Recognition.objects.filter(unit=fact.unit).delete()
    rebuild_rollups([2024, 2025])
    assert UnitYearSummary.objects.get(key=fact.unit.key, year=2025).dat_chuan == 0

    accept_fact(fact)

    assert UnitYearSummary.objects.get(key=fact.unit.key, year=2025).dat_chuan == 1
    _assert_matches(2025)
    assert real_data_count() == 0  # taken from a synthetic document: still synthetic
