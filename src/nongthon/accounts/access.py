"""Ways for pages, the API and the admin to ask `authz`: a DRF permission class, a view mixin, a
decorator and an admin mixin.

Each only finds the unit and date of the write and calls `authz.can_write`; none decides anything.
"""

from __future__ import annotations

import functools

from django.apps import apps
from django.contrib import admin
from django.utils.translation import gettext_lazy
from rest_framework import permissions

from nongthon.accounts.authz import can_write, require_write, target_of
from nongthon.accounts.choices import Action

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class UnitWritePermission(permissions.BasePermission):
    """Everyone reads; a write needs `authz` to allow the view's `write_action` on the row's unit and date.

    A create has no row yet: `perform_create` calls `require_write_on(request.user, Model(**data), action)`.
    """

    message = gettext_lazy("Bạn không có quyền ghi dữ liệu này.")

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if not (request.user and request.user.is_authenticated):
            self.message = gettext_lazy("Cần đăng nhập để ghi dữ liệu.")
            return False
        return True

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in SAFE_METHODS:
            return True
        unit, on = target_of(obj)
        decision = can_write(request.user, unit, on, getattr(view, "write_action", Action.EDIT_MONITORING))
        self.message = decision.reason
        return decision.allowed


class WriteAccessMixin:
    """For class-based views: a POST/PUT/PATCH/DELETE must pass `authz` for `get_write_target()`."""

    write_action: str = Action.EDIT_MONITORING

    def get_write_target(self):
        """(unit, date) the write is about; the default reads `self.get_object()`."""
        return target_of(self.get_object())

    def dispatch(self, request, *args, **kwargs):
        self.request, self.args, self.kwargs = request, args, kwargs
        if request.method not in SAFE_METHODS:
            unit, on = self.get_write_target()
            require_write(request.user, unit, on, self.write_action)
        return super().dispatch(request, *args, **kwargs)


def write_required(action: str, target):
    """For function views: `target(request, **kwargs) -> (unit, date)`; refused writes raise PermissionDenied."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in SAFE_METHODS:
                unit, on = target(request, *args, **kwargs)
                require_write(request.user, unit, on, action)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


class AuthorisedAdmin(admin.ModelAdmin):
    """A ModelAdmin whose add, change and delete ask `authz` for `write_action` on the row's unit and date.

    Django's model permissions still apply first (staff need them to see the admin at all); `authz`
    then narrows every write to the user's scope. `write_target(obj)` gives (unit, date); the
    default reads the row (`target_of`); national data (no unit) is left to national roles.
    """

    write_action: str = Action.EDIT_MONITORING

    def write_target(self, obj):
        return target_of(obj)

    def _allowed(self, request, obj) -> bool:
        if obj is None:
            return True
        unit, on = self.write_target(obj)
        return can_write(request.user, unit, on, self.write_action).allowed

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._allowed(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._allowed(request, obj)

    def save_model(self, request, obj, form, change):
        if change:
            # The row as it was: moving it out of one's scope is as much a write as moving it in.
            original = type(obj).objects.get(pk=obj.pk)
            require_write(request.user, *self.write_target(original), self.write_action)
        require_write(request.user, *self.write_target(obj), self.write_action)
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        require_write(request.user, *self.write_target(obj), self.write_action)
        super().delete_model(request, obj)
        self.rows_deleted([obj])

    def delete_queryset(self, request, queryset):
        rows = list(queryset)
        for obj in rows:
            require_write(request.user, *self.write_target(obj), self.write_action)
        super().delete_queryset(request, queryset)
        self.rows_deleted(rows)

    def rows_deleted(self, rows) -> None:
        """After a delete: the public pages' data version moves on (deletes send no signal it listens to,
        so that bulk deletes stay one statement), so cached pages stop showing the row at once."""
        if rows and apps.is_installed("nongthon.rollups"):
            from nongthon.rollups.version import on_change

            on_change(type(rows[0]))


class NationalAdmin(AuthorisedAdmin):
    """For data that belongs to no unit (catalogues, the unit registry): national roles only."""

    def write_target(self, obj):
        return None, None

    def has_add_permission(self, request, *args):
        allowed = can_write(request.user, None, None, self.write_action).allowed
        return super().has_add_permission(request, *args) and allowed
