"""Every model in the admin either asks `authz` for each write (`AuthorisedAdmin`) or is read-only there.

Staff still need Django's model permissions to see a page; `authz` then narrows each write to the
user's scope, so the admin is no way around the rules the pages and the API follow.
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.test import RequestFactory

from nongthon.accounts.access import AuthorisedAdmin
from nongthon.accounts.choices import Role
from nongthon.accounts.models import Membership


def test_every_registered_model_admin_asks_authz_or_writes_nothing(django_user_model, db):
    root = django_user_model(username="root", is_superuser=True, is_staff=True, is_active=True)
    request = RequestFactory().get("/admin/")
    request.user = root
    unguarded = []
    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, AuthorisedAdmin):
            continue
        writes = (model_admin.has_add_permission(request) or model_admin.has_change_permission(request)
                  or model_admin.has_delete_permission(request))
        if writes:
            unguarded.append(f"{model._meta.label}: {type(model_admin).__name__}")
    assert unguarded == [], f"admin pages that write without asking authz: {unguarded}"


@pytest.fixture
def staff_province_officer(people):
    user = people.province_officer
    user.is_staff = True
    user.save()
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label__in=["units", "accounts"]))
    return user


def test_a_province_officer_grants_a_role_inside_the_province_only(client, people, places, staff_province_officer):
    client.force_login(staff_province_officer)
    inside = client.post("/admin/accounts/membership/add/", {"user": people.outsider.pk, "role": Role.COMMUNE_OFFICER,
                                                              "unit": places.binh_xa.pk})
    assert inside.status_code == 302, inside.content[:500]
    outside = client.post("/admin/accounts/membership/add/", {"user": people.outsider.pk,
                                                               "role": Role.COMMUNE_OFFICER,
                                                               "unit": places.cam_giang.pk})
    assert outside.status_code == 403
    assert list(Membership.objects.filter(user=people.outsider).values_list("unit", flat=True)) == [places.binh_xa.pk]


def test_a_province_officer_may_not_edit_the_unit_registry_or_accounts(client, people, places, staff_province_officer):
    client.force_login(staff_province_officer)
    assert client.get(f"/admin/units/unit/{places.binh_xa.pk}/change/").status_code == 200  # may look
    response = client.post(f"/admin/units/unit/{places.binh_xa.pk}/change/", {"name": "Đổi tên"})
    assert response.status_code == 403
    places.binh_xa.refresh_from_db()
    assert places.binh_xa.name == "Bính Xá"


def test_a_unit_attribute_is_edited_within_the_scope(client, people, places, staff_province_officer):
    from nongthon.units.models import UnitAttribute

    inside = UnitAttribute.objects.create(unit=places.binh_xa, name="dbkk", value="1",
                                          valid_from=datetime.date(2021, 1, 1))
    outside = UnitAttribute.objects.create(unit=places.cam_giang, name="dbkk", value="1",
                                           valid_from=datetime.date(2021, 1, 1))
    client.force_login(staff_province_officer)
    assert client.post(f"/admin/units/unitattribute/{outside.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(f"/admin/units/unitattribute/{inside.pk}/delete/", {"post": "yes"}).status_code == 302
    assert list(UnitAttribute.objects.values_list("pk", flat=True)) == [outside.pk]
