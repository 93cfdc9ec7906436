from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.units.choices import Kind, Level


class Unit(models.Model):
    """An administrative unit during one period of validity.

    A code alone does not identify a unit: after 1 July 2025 many commune codes were
    given to other communes. `key` (code and start of validity) does.
    """

    key = models.CharField(_("khóa"), max_length=40, unique=True)
    code = models.CharField(_("mã"), max_length=10, db_index=True)
    name = models.CharField(_("tên"), max_length=200)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("đơn vị cấp trên"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến (không gồm)"), null=True, blank=True)

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["code", "valid_from"]
        indexes = [models.Index(fields=["level", "valid_from", "valid_to"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.name}"
