from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission, DjangoModelPermissions

from nongthon.web import access


class ReadOrModelPermission(BasePermission):
    """Everyone reads; a write needs a signed-in user, then the accounts app's rules on the row's unit
    and date (checked by the view before it writes) or, without that app, Django's model permission."""

    message = _("Cần đăng nhập và có quyền để ghi dữ liệu.")

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if not (request.user and request.user.is_authenticated):
            return False
        if access.accounts_installed():
            return True
        return DjangoModelPermissions().has_permission(request, view)
