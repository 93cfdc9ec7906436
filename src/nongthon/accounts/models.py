"""Memberships: an account holds a role at a unit (the subtree it may act on)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.accounts.choices import Role


class Membership(models.Model):
    """A role held by a user at a unit; an administrator may hold it without a unit (whole country)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE,
                             related_name="memberships")
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices)
    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="memberships",
                             help_text=_("Trống: toàn quốc (chỉ dành cho quản trị hệ thống, người duyệt)."))
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("vai trò của người dùng")
        verbose_name_plural = _("vai trò của người dùng")
        ordering = ["user", "role"]
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "unit"], name="accounts_membership_once"),
        ]

    def __str__(self) -> str:
        where = str(self.unit) if self.unit_id else _("toàn quốc")
        return f"{self.user} · {self.get_role_display()} · {where}"
