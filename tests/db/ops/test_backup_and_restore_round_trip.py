from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command

from nongthon.accounts.models import Membership
from nongthon.dossiers import operations as dossiers
from nongthon.dossiers.models import Dossier, DossierStep
from nongthon.monitoring.choices import SourceKind
from nongthon.monitoring.models import Indicator, Observation
from nongthon.units.models import Unit

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "units": sorted(Unit.objects.values_list("key", "name", "parent__key")),
        "memberships": sorted(Membership.objects.values_list("user__username", "role", "unit__key")),
        "observations": sorted((k, str(Decimal(v).normalize())) for k, v in
                               Observation.objects.values_list("unit__key", "value")),
        "dossiers": sorted(Dossier.objects.values_list("unit__key", "year", "state")),
        "steps": DossierStep.objects.count(),
        "audit": LogEntry.objects.count(),
    }


@pytest.mark.parametrize("name", ["sao-luu.json", "sao-luu.json.gz"])
def test_a_backup_restores_the_same_rows(people, places, tmp_path, name, settings):
    from tests.db.dossiers.papers import attach_papers

    settings.MEDIA_ROOT = tmp_path / "media"
    indicator, _ = Indicator.objects.get_or_create(key="ty_le_ho_ngheo_thu", defaults={"name": "Tỷ lệ hộ nghèo", "measure": "percent"})
    Observation.objects.create(unit=places.nhat_tien, indicator=indicator,
                               year=2019, value=Decimal("3.25"), source_kind=SourceKind.IMPORT,
                               source_file="a.xlsx", source_row=2)
    dossier = dossiers.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier, "submit")
    dossiers.submit(people.commune_officer, dossier)
    before = _snapshot()
    target = tmp_path / name
    call_command("backup", str(target))
    Observation.objects.all().delete()
    Dossier.objects.all().delete()
    call_command("restore", str(target), "--yes")
    assert _snapshot() == before


def test_a_broken_backup_is_refused_and_the_database_kept(places, tmp_path):
    broken = tmp_path / "hong.json"
    broken.write_text('[{"model": "units.unit", "pk": 1, "fields": {', encoding="utf-8")
    count = Unit.objects.count()
    with pytest.raises(Exception, match="hong.json"):
        call_command("restore", str(broken), "--yes")
    assert Unit.objects.count() == count
