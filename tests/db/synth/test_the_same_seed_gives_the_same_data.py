from django.core.management import call_command

from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Observation, Recognition


def _snapshot() -> tuple:
    return (
        sorted(CriterionStatus.objects.values_list("unit__key", "criteria_set_id", "criterion_id", "year", "met")),
        sorted((k, y, str(v)) for k, y, v in Observation.objects.values_list("unit__key", "year", "value")),
        sorted(CriteriaCount.objects.values_list("unit__key", "year", "achieved", "total")),
        sorted(Recognition.objects.values_list("unit__key", "tier", "year", "revoked")),
    )


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows(lang_son):
    call_command("synth", scale="province", province="20", years="2019-2020", seed=11, verbosity=0)
    first = _snapshot()
    call_command("synth", scale="province", province="20", years="2019-2020", seed=11, verbosity=0)
    assert _snapshot() == first
    call_command("synth", scale="province", province="20", years="2019-2020", seed=12, verbosity=0)
    assert _snapshot() != first
