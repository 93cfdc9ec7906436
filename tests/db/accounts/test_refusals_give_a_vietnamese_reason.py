import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.views import View
from rest_framework.test import APIRequestFactory

from nongthon.accounts.access import UnitWritePermission, WriteAccessMixin, write_required
from nongthon.accounts.authz import require_write, require_write_on
from nongthon.accounts.choices import Action
from nongthon.monitoring.models import Recognition

ON = datetime.date(2019, 12, 31)


def test_require_write_raises_permission_denied_with_the_reason(people, places):
    with pytest.raises(PermissionDenied, match="không thuộc địa bàn"):
        require_write(people.district_officer, places.binh_xa, ON, Action.EDIT_MONITORING)


def test_an_anonymous_visitor_is_asked_to_sign_in(places):
    with pytest.raises(PermissionDenied, match="Cần đăng nhập"):
        require_write(AnonymousUser(), places.nhat_tien, ON, Action.EDIT_MONITORING)


def test_a_row_gives_its_unit_and_year(people, places):
    row = Recognition(unit=places.binh_xa, tier="dat_chuan", year=2019)
    with pytest.raises(PermissionDenied):
        require_write_on(people.district_officer, row)
    assert require_write_on(people.district_officer, Recognition(unit=places.nhat_tien, tier="dat_chuan", year=2019))


def test_the_api_permission_reads_freely_and_checks_writes_on_the_row(people, places):
    factory, permission = APIRequestFactory(), UnitWritePermission()
    view = type("View", (), {"write_action": Action.EDIT_MONITORING})()
    read = factory.get("/api/x/")
    read.user = AnonymousUser()
    assert permission.has_permission(read, view)
    write = factory.patch("/api/x/")
    write.user = people.district_officer
    assert permission.has_permission(write, view)
    assert permission.has_object_permission(write, view, Recognition(unit=places.nhat_tien, year=2019))
    assert not permission.has_object_permission(write, view, Recognition(unit=places.binh_xa, year=2019))
    assert "không thuộc địa bàn" in permission.message


def test_the_view_mixin_and_the_decorator_refuse_writes_out_of_scope(people, places):
    class Edit(WriteAccessMixin, View):
        def get_write_target(self):
            return places.binh_xa, ON

        def post(self, request):
            return HttpResponse("ok")

    @write_required(Action.EDIT_MONITORING, lambda request: (places.nhat_tien, ON))
    def edit(request):
        return HttpResponse("ok")

    request = RequestFactory().post("/")
    request.user = people.district_officer
    with pytest.raises(PermissionDenied):
        Edit.as_view()(request)
    assert edit(request).status_code == 200
    get = RequestFactory().get("/")
    get.user = AnonymousUser()
    assert Edit.as_view()(get).status_code == 405  # reading is not checked; this view has no GET
