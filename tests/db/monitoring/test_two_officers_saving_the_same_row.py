"""Two officers edit the same row: the one who saves second is told, and nothing is silently overwritten."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from rest_framework.test import APIClient

from nongthon.accounts.choices import Role
from nongthon.accounts.models import Membership
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation


@pytest.fixture
def row(places, province_officer):
    return Observation.objects.create(unit=places.cam_giang, indicator=Indicator.objects.get(key="poverty_rate"),
                                      year=2024, value=Decimal("5.0"), source_kind=SourceKind.USER,
                                      source_user=province_officer, status=ReviewStatus.PROPOSED)


@pytest.fixture
def district_officer(places, django_user_model):
    user = django_user_model.objects.create_user("can_bo_huyen_bach_thong", is_staff=True)
    Membership.objects.create(user=user, role=Role.DISTRICT_OFFICER, unit=places.bach_thong)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_observation", "change_observation"]))
    return user


def _api(user) -> APIClient:
    api = APIClient()
    api.force_login(user)
    return api


def test_through_the_api_the_second_save_over_an_old_version_is_refused(row, province_officer, district_officer):
    first, second = _api(province_officer), _api(district_officer)
    read_by_first = first.get(f"/api/observations/{row.pk}/").json()
    read_by_second = second.get(f"/api/observations/{row.pk}/").json()
    assert read_by_first["updated_at"] == read_by_second["updated_at"]

    saved = first.patch(f"/api/observations/{row.pk}/", {"value": "4.2", "version": read_by_first["updated_at"]},
                        format="json")
    refused = second.patch(f"/api/observations/{row.pk}/", {"value": "6.0", "version": read_by_second["updated_at"]},
                           format="json")

    assert saved.status_code == 200, saved.content
    assert refused.status_code == 409 and "không ghi đè" in refused.json()["detail"]
    row.refresh_from_db()
    assert row.value == Decimal("4.2")
    again = second.patch(f"/api/observations/{row.pk}/", {"value": "6.0", "version": saved.json()["updated_at"]},
                         format="json")
    assert again.status_code == 200  # after reading the new version, the second officer may save


def test_through_the_api_a_change_without_a_version_is_refused(row, province_officer):
    response = _api(province_officer).patch(f"/api/observations/{row.pk}/", {"value": "4.2"}, format="json")
    assert response.status_code == 428 and "version" in response.json()["detail"]
    row.refresh_from_db()
    assert row.value == Decimal("5.0")


def _admin_form(client, row) -> dict:
    page = client.get(f"/admin/monitoring/observation/{row.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        data[name] = value.pk if hasattr(value, "pk") else value
    return data


def test_in_the_admin_the_second_officer_is_told_and_the_first_value_stays(row, district_officer):
    from nongthon.accounts.choices import Role as R

    other = type(district_officer).objects.create_user("can_bo_huyen_2", is_staff=True)
    Membership.objects.create(user=other, role=R.DISTRICT_OFFICER, unit=row.unit.parent)
    other.user_permissions.add(*Permission.objects.filter(codename__in=["view_observation", "change_observation"]))
    first, second = Client(), Client()
    first.force_login(district_officer)
    second.force_login(other)
    first_form, second_form = _admin_form(first, row), _admin_form(second, row)

    saved = first.post(f"/admin/monitoring/observation/{row.pk}/change/", {**first_form, "value": "4.2"})
    refused = second.post(f"/admin/monitoring/observation/{row.pk}/change/", {**second_form, "value": "6.0"})

    assert saved.status_code == 302
    assert refused.status_code == 200 and "không ghi đè" in refused.content.decode()
    row.refresh_from_db()
    assert row.value == Decimal("4.2")


def test_in_the_admin_a_row_outside_the_officers_district_cannot_be_changed(places, row, district_officer):
    row.unit = places.binh_xa
    row.save()
    client = Client()
    client.force_login(district_officer)
    assert client.post(f"/admin/monitoring/observation/{row.pk}/change/", _admin_form_of_superuser(row)).status_code \
        == 403
    row.refresh_from_db()
    assert row.value == Decimal("5.0")


def _admin_form_of_superuser(row) -> dict:
    return {"unit": row.unit_id, "indicator": row.indicator_id, "year": 2024, "value": "9", "precision": "year",
            "source_kind": "user", "status": "proposed", "version": row.updated_at.isoformat()}
