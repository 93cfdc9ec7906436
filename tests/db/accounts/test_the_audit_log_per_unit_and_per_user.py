import csv
import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from nongthon.accounts.audit import audit_origin
from nongthon.accounts.choices import Origin
from nongthon.monitoring.choices import SourceKind
from nongthon.monitoring.models import Indicator, Observation


@pytest.fixture
def changes(people, places):
    indicator = Indicator.objects.get(key="poverty_rate")
    with audit_origin(Origin.IMPORT, ref="bac-son.xlsx:2", actor=people.district_officer):
        Observation.objects.create(unit=places.nhat_tien, indicator=indicator, year=2019, value=Decimal("4.1"),
                                   source_kind=SourceKind.IMPORT, source_file="bac-son.xlsx", source_row=2)
    with audit_origin(Origin.IMPORT, ref="dinh-lap.xlsx:2"):
        Observation.objects.create(unit=places.binh_xa, indicator=indicator, year=2019, value=Decimal("7.5"),
                                   source_kind=SourceKind.IMPORT, source_file="dinh-lap.xlsx", source_row=2)


def test_a_province_officer_reads_the_log_of_a_commune(client, people, places, changes):
    client.force_login(people.province_officer)
    page = client.get(f"/audit/unit/{places.nhat_tien.key}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "bac-son.xlsx:2" in text and "dinh-lap.xlsx" not in text


def test_a_commune_officer_may_not_read_the_log_of_the_commune(client, people, places, changes):
    client.force_login(people.commune_officer)
    assert client.get(f"/audit/unit/{places.nhat_tien.key}/").status_code == 403


def test_a_user_reads_their_own_log_and_downloads_it(client, people, changes):
    client.force_login(people.district_officer)
    response = client.get("/audit/user/can_bo_huyen_bac_son/?format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "thoi_diem" and len(rows) == 2 and rows[1][1] == "can_bo_huyen_bac_son"
    assert client.get("/audit/user/can_bo_tinh/").status_code == 403


def test_the_export_command_writes_the_log_of_a_unit(people, places, changes, tmp_path):
    target = tmp_path / "nhat-ky.csv"
    call_command("audit", "export", "--unit", places.nhat_tien.key, "-o", str(target))
    rows = [r for r in csv.DictReader(target.open(encoding="utf-8")) if r["doi_tuong"] == "monitoring.observation"]
    assert [r["tham_chieu"] for r in rows] == ["bac-son.xlsx:2"]
    assert rows[0]["nguon"] == "import" and '"value"' in rows[0]["thay_doi"]


def test_the_unit_log_downloads_as_csv_with_the_origin_of_each_change(client, people, places, changes):
    client.force_login(people.province_officer)
    response = client.get(f"/audit/unit/{places.nhat_tien.key}/?format=csv")
    assert response.status_code == 200
    assert f'nhat-ky-{places.nhat_tien.key}.csv' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    observation_rows = [r for r in rows if r["doi_tuong"] == "monitoring.observation"]
    assert [(r["nguoi_thuc_hien"], r["nguon"], r["tham_chieu"]) for r in observation_rows] == [
        ("can_bo_huyen_bac_son", "import", "bac-son.xlsx:2")]


def test_an_administrator_reads_the_log_of_any_user(client, people, changes):
    client.force_login(people.administrator)
    page = client.get("/audit/user/can_bo_huyen_bac_son/")
    assert page.status_code == 200 and "bac-son.xlsx:2" in page.content.decode()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, places):
    response = client.get(f"/audit/unit/{places.nhat_tien.key}/")
    assert response.status_code == 302 and "/accounts/login/" in response.url
