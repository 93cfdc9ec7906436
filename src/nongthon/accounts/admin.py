from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group

from nongthon.accounts.access import AuthorisedAdmin, NationalAdmin
from nongthon.accounts.choices import Action
from nongthon.accounts.models import Membership


@admin.register(Membership)
class MembershipAdmin(AuthorisedAdmin):
    """Province officers and administrators grant roles within their own subtree (`Action.MANAGE_USERS`)."""

    write_action = Action.MANAGE_USERS
    list_display = ["user", "role", "unit", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__username", "unit__name", "unit__code"]
    raw_id_fields = ["unit"]

    def write_target(self, obj):
        return obj.unit, None  # a role is granted on the tree as it stands today


User = get_user_model()
for model in (User, Group):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(User)
class AccountAdmin(NationalAdmin, UserAdmin):
    """Accounts themselves are national: only administrators create, change or delete them."""

    write_action = Action.MANAGE_USERS


@admin.register(Group)
class PermissionGroupAdmin(NationalAdmin, GroupAdmin):
    write_action = Action.MANAGE_USERS


def _guard_login_records() -> None:
    """django-axes' login records: deleting one unlocks an account, so only administrators may."""
    from axes import admin as axes_admin
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model, base in ((AccessAttempt, axes_admin.AccessAttemptAdmin), (AccessLog, axes_admin.AccessLogAdmin),
                        (AccessFailureLog, axes_admin.AccessFailureLogAdmin)):
        if admin.site.is_registered(model):
            admin.site.unregister(model)
            guarded = type(base.__name__, (NationalAdmin, base), {"write_action": Action.MANAGE_USERS,
                                                                   "__module__": __name__})
            admin.site.register(model, guarded)


_guard_login_records()
