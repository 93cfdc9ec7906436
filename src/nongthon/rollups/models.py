"""Summaries per unit and year, computed on write (`operations.refresh_rollups`), read at once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

COUNTRY_KEY = "VN"
#: The fields a parent sums over its communes; a commune row holds 0 or 1 (its criteria for the sum).
COUNTED = ("communes", "dat_chuan", "nang_cao", "kieu_mau", "hien_dai", "criteria_known", "criteria_sum",
           "band_all", "band_high", "band_mid", "band_low")


class UnitYearSummary(models.Model):
    """Where a unit stands in a year, and for a parent, how its communes stand.

    Rows exist for every commune (kind `xa`) valid on the year's reference date
    (`hierarchy.reference_date`), for the districts and provinces of that date, and for the
    country (`key` = "VN", no unit). Commune counts follow the hierarchy of the reference date.
    Only accepted monitoring rows count.
    """

    key = models.CharField(_("khóa đơn vị"), max_length=40)
    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), null=True, blank=True,
                             on_delete=models.CASCADE, related_name="+")
    level = models.CharField(_("cấp"), max_length=10, db_index=True)
    year = models.PositiveSmallIntegerField(_("năm"))
    district = models.ForeignKey("units.Unit", verbose_name=_("huyện trong năm"), null=True, blank=True,
                                 on_delete=models.CASCADE, related_name="+")
    province = models.ForeignKey("units.Unit", verbose_name=_("tỉnh trong năm"), null=True, blank=True,
                                 on_delete=models.CASCADE, related_name="+")
    tier = models.CharField(_("mức cao nhất được công nhận"), max_length=10, blank=True)
    criteria_met = models.PositiveSmallIntegerField(_("số tiêu chí đạt"), null=True, blank=True)
    criteria_total = models.PositiveSmallIntegerField(_("tổng số tiêu chí"), null=True, blank=True)
    communes = models.PositiveIntegerField(_("số xã"), default=0)
    dat_chuan = models.PositiveIntegerField(_("số xã đạt chuẩn (mọi mức)"), default=0)
    nang_cao = models.PositiveIntegerField(_("số xã nâng cao trở lên"), default=0)
    kieu_mau = models.PositiveIntegerField(_("số xã kiểu mẫu trở lên"), default=0)
    hien_dai = models.PositiveIntegerField(_("số xã hiện đại"), default=0)
    criteria_known = models.PositiveIntegerField(_("số xã có số tiêu chí"), default=0)
    criteria_sum = models.PositiveIntegerField(_("tổng số tiêu chí đạt của các xã"), default=0)
    band_all = models.PositiveIntegerField(_("số xã đạt đủ tiêu chí"), default=0)
    band_high = models.PositiveIntegerField(_("số xã thiếu 1–4 tiêu chí"), default=0)
    band_mid = models.PositiveIntegerField(_("số xã thiếu 5–9 tiêu chí"), default=0)
    band_low = models.PositiveIntegerField(_("số xã thiếu từ 10 tiêu chí"), default=0)

    class Meta:
        verbose_name = _("tổng hợp đơn vị theo năm")
        verbose_name_plural = _("tổng hợp đơn vị theo năm")
        ordering = ["key", "year"]
        constraints = [models.UniqueConstraint(fields=["key", "year"], name="rollups_unit_year_unique")]
        indexes = [
            models.Index(fields=["year", "level", "province"], name="rollups_year_level_prov"),
            models.Index(fields=["year", "level", "district"], name="rollups_year_level_dist"),
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.year}"

    @property
    def criteria_average(self) -> float | None:
        return self.criteria_sum / self.criteria_known if self.criteria_known else None

    @property
    def share_dat_chuan(self) -> float | None:
        return self.dat_chuan / self.communes if self.communes else None


class DataVersion(models.Model):
    """One row whose number goes up with every change to the data the public pages show.

    Cached page renders are keyed by it (`nongthon.rollups.version`), so a write shows at once in
    every server process. `token` is drawn when the row is first written, so two databases (or two
    test runs) never share a key.
    """

    token = models.CharField(_("mã ngẫu nhiên của cơ sở dữ liệu"), max_length=32)
    number = models.BigIntegerField(_("số phiên bản"), default=0)
    changed_at = models.DateTimeField(_("thay đổi lúc"), auto_now=True)

    class Meta:
        verbose_name = _("phiên bản dữ liệu")
        verbose_name_plural = _("phiên bản dữ liệu")

    def __str__(self) -> str:
        return f"{self.token[:8]}:{self.number}"
