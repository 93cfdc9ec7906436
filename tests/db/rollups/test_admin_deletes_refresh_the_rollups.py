"""Deleting accepted monitoring rows in the admin reaches the summaries and the public pages' data version,
like every other write (deletes send no signal the summaries listen to)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Recognition
from nongthon.rollups.models import UnitYearSummary
from nongthon.rollups.version import current
from tests.db.rollups.test_rollups_match_a_naive_recomputation import _assert_matches


@pytest.fixture
def administrator(client, lang_son):
    call_command("synth", scale="province", province="20", years="2025", seed=3, verbosity=0)
    user = get_user_model().objects.create_superuser("quan_tri", "qt@example.vn", "mat-khau-dai-va-kho-doan-1")
    client.force_login(user)
    return user


def _recognised_communes(year):
    summarised = UnitYearSummary.objects.filter(year=year, level="xa").values("key")
    return (Recognition.objects.filter(status=ReviewStatus.ACCEPTED, unit__key__in=summarised, year__lte=year)
            .select_related("unit"))


def test_deleting_a_recognition_in_the_admin_updates_the_summaries_and_the_data_version(client, administrator):
    recognition = _recognised_communes(2025).first()
    assert recognition is not None
    key = recognition.unit.key
    before = UnitYearSummary.objects.get(key="VN", year=2025).dat_chuan
    version = current()[0]

    response = client.post(f"/admin/monitoring/recognition/{recognition.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Recognition.objects.filter(pk=recognition.pk).exists()
    if not _recognised_communes(2025).filter(unit__key=key).exists():
        assert UnitYearSummary.objects.get(key=key, year=2025).dat_chuan == 0
        assert UnitYearSummary.objects.get(key="VN", year=2025).dat_chuan == before - 1
    _assert_matches(2025)
    assert current()[0] != version


def test_deleting_several_recognitions_at_once_in_the_admin_updates_the_summaries(client, administrator):
    chosen = list(_recognised_communes(2025).values_list("pk", flat=True)[:3])
    assert len(chosen) == 3

    response = client.post("/admin/monitoring/recognition/",
                           {"action": "delete_selected", "_selected_action": chosen, "post": "yes"})

    assert response.status_code == 302
    assert not Recognition.objects.filter(pk__in=chosen).exists()
    _assert_matches(2025)
