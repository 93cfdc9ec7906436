"""The audit log of a unit or of a user, for province officers, administrators and staff."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import ListView

from nongthon.accounts import queries
from nongthon.accounts.authz import can_write
from nongthon.accounts.choices import Action
from nongthon.units.models import Unit


class AuditLogView(LoginRequiredMixin, ListView):
    """GET /audit/unit/<key>/ or /audit/user/<username>/; `?format=csv` downloads it."""

    template_name = "accounts/audit_log.html"
    paginate_by = 100
    subject = "unit"

    def get_queryset(self):
        self.unit = self.person = None
        if self.subject == "unit":
            self.unit = get_object_or_404(Unit, key=self.kwargs["key"])
            allowed = can_write(self.request.user, self.unit, None, Action.MANAGE_USERS).allowed
        else:
            self.person = get_object_or_404(get_user_model(), username=self.kwargs["username"])
            allowed = self.person == self.request.user or can_write(
                self.request.user, None, None, Action.MANAGE_USERS).allowed
        if not (allowed or self.request.user.is_staff):
            raise PermissionDenied(_("Chỉ cán bộ tỉnh, quản trị viên mới xem được nhật ký này."))
        return queries.entries(unit=self.unit, user=self.person)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            name = self.kwargs.get("key") or self.kwargs.get("username")
            response["Content-Disposition"] = f'attachment; filename="nhat-ky-{name}.csv"'
            queries.write_csv(response, self.get_queryset())
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(unit=self.unit, person=self.person, rows=[queries.row(e) for e in context["object_list"]])
        return context
