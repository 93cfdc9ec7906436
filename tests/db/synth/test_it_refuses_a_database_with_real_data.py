from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation
from nongthon.synth import is_synthetic_database
from nongthon.units.models import Unit


def _real_observation(status=ReviewStatus.ACCEPTED) -> Observation:
    unit = Unit.objects.get(key="20@-")
    return Observation.objects.create(
        unit=unit, indicator=Indicator.objects.get(key="poverty_rate"), year=2020, value=Decimal("7.5"),
        source_kind=SourceKind.IMPORT, source_file="bao-cao-lang-son-2020.xlsx", source_row=4, status=status,
    )


def test_it_refuses_to_mix_into_accepted_real_data(lang_son):
    real = _real_observation()
    with pytest.raises(CommandError, match="số liệu thật"):
        call_command("synth", scale="province", province="20", years="2020", verbosity=0)
    assert not is_synthetic_database()
    assert list(Observation.objects.all()) == [real]


def test_force_builds_beside_real_data_and_leaves_it_alone(lang_son):
    real = _real_observation()
    call_command("synth", scale="province", province="20", years="2020", force=True, verbosity=0)
    assert Observation.objects.filter(pk=real.pk, source_file="bao-cao-lang-son-2020.xlsx").exists()
    assert Observation.objects.count() > 1


def test_proposed_real_data_does_not_block_it(lang_son):
    _real_observation(status=ReviewStatus.PROPOSED)
    call_command("synth", scale="province", province="20", years="2020", verbosity=0)
    assert is_synthetic_database()


def test_province_scale_needs_a_province(db):
    with pytest.raises(CommandError, match="--province"):
        call_command("synth", scale="province", verbosity=0)


def test_remove_takes_away_every_synthetic_row_and_keeps_the_real_ones(lang_son):
    real = _real_observation()
    call_command("synth", scale="province", province="20", years="2020", force=True, verbosity=0)
    call_command("synth", remove=True, scale="national", verbosity=0)
    assert not is_synthetic_database()
    assert list(Observation.objects.all()) == [real]
