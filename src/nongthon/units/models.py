from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.units.choices import AttributeName, EventKind, Kind, Level, Share


class Unit(models.Model):
    """An administrative unit during one period of validity.

    A code alone does not identify a unit: after 1 July 2025 many commune codes were
    given to other communes. `key` (code and start of validity) does.
    """

    key = models.CharField(_("khóa"), max_length=40, unique=True)
    code = models.CharField(_("mã"), max_length=10, db_index=True)
    name = models.CharField(_("tên"), max_length=200)
    folded_name = models.CharField(
        _("tên không dấu"), max_length=200, db_index=True, blank=True, default="",
        help_text=_("Tên viết thường, bỏ dấu, để tìm kiếm không phân biệt dấu."),
    )
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("đơn vị cấp trên"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến (không gồm)"), null=True, blank=True)
    from_registry = models.BooleanField(
        _("từ danh mục"), default=False,
        help_text=_("Nạp từ danh mục đơn vị hành chính chính thức; thôn do người dùng thêm thì không."),
    )

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["code", "valid_from"]
        indexes = [models.Index(fields=["level", "valid_from", "valid_to"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.name}"

    def save(self, *args, **kwargs):
        if not self.folded_name:
            from nongthon.registry.text import plain_key

            self.folded_name = plain_key(self.name)
        super().save(*args, **kwargs)


class LineageEvent(models.Model):
    """A change between units — merge, split, rename, move to another parent — with its date.

    `effective` is the resolution's date when known; otherwise the first list that shows the
    change, and `earliest`/`latest` bracket it. `inferred` marks links the lists only suggest.
    """

    kind = models.CharField(_("loại thay đổi"), max_length=20, choices=EventKind.choices)
    effective = models.DateField(_("ngày hiệu lực"))
    earliest = models.DateField(_("sớm nhất"), null=True, blank=True)
    latest = models.DateField(_("muộn nhất"), null=True, blank=True)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=300, blank=True, default="")
    inferred = models.BooleanField(_("suy ra từ danh mục"), default=False)
    note = models.TextField(_("ghi chú"), blank=True, default="")
    registry_index = models.PositiveIntegerField(
        _("số thứ tự trong danh mục"), null=True, blank=True, unique=True,
        help_text=_("Sự kiện nạp từ danh mục; trống với sự kiện do người dùng nhập."),
    )

    class Meta:
        verbose_name = _("sự kiện thay đổi đơn vị")
        verbose_name_plural = _("sự kiện thay đổi đơn vị")
        ordering = ["effective", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.effective:%d/%m/%Y}"


class LineageLink(models.Model):
    """One predecessor → successor of an event; no successor when none could be named."""

    event = models.ForeignKey(LineageEvent, verbose_name=_("sự kiện"), on_delete=models.CASCADE,
                              related_name="links")
    predecessor = models.ForeignKey(Unit, verbose_name=_("đơn vị trước"), on_delete=models.CASCADE,
                                    related_name="successor_links")
    successor = models.ForeignKey(Unit, verbose_name=_("đơn vị sau"), on_delete=models.CASCADE,
                                  related_name="predecessor_links", null=True, blank=True)
    share = models.CharField(_("phần chuyển"), max_length=10, choices=Share.choices, default=Share.WHOLE)

    class Meta:
        verbose_name = _("liên kết kế thừa")
        verbose_name_plural = _("liên kết kế thừa")
        indexes = [models.Index(fields=["predecessor"]), models.Index(fields=["successor"])]

    def __str__(self) -> str:
        return f"{self.predecessor_id} → {self.successor_id} ({self.get_share_display()})"


class UnitAttribute(models.Model):
    """A flag or group of a unit for a period: ĐBKK, ATK, commune group, region override."""

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.CASCADE, related_name="attributes")
    name = models.CharField(_("thuộc tính"), max_length=30, choices=AttributeName.choices)
    value = models.CharField(_("giá trị"), max_length=100)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến (không gồm)"), null=True, blank=True)
    source = models.CharField(_("nguồn"), max_length=300)

    class Meta:
        verbose_name = _("thuộc tính đơn vị")
        verbose_name_plural = _("thuộc tính đơn vị")
        ordering = ["unit", "name", "valid_from"]
        indexes = [models.Index(fields=["unit", "name"])]

    def __str__(self) -> str:
        return f"{self.unit} · {self.get_name_display()} = {self.value}"


def predecessors_of(unit: Unit) -> list[Unit]:
    """Units that `unit` directly continues (merged, split, renamed into it).

    The end of the district level is left out: a new commune does not continue its old district.
    """
    links = (LineageLink.objects.filter(successor=unit).exclude(event__kind=EventKind.DISSOLVE)
             .select_related("predecessor"))
    return [link.predecessor for link in links if link.predecessor_id != unit.pk]


def successors_of(unit: Unit) -> list[Unit]:
    """Units that directly took over `unit`."""
    links = LineageLink.objects.filter(predecessor=unit, successor__isnull=False).select_related("successor")
    return [link.successor for link in links if link.successor_id != unit.pk]
