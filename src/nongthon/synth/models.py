"""The record that a database holds a synthetic dataset, so every page can say so."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.synth.choices import Scale


class Dataset(models.Model):
    """A synthetic dataset built by `nongthon synth`: made-up figures on the real registry.

    Its rows are monitoring rows of source kind `import` whose `source_file` is `label`
    (`synthetic:…`), and documents whose `source` is the same label.
    """

    label = models.CharField(_("nhãn nguồn"), max_length=200, unique=True)
    scale = models.CharField(_("phạm vi"), max_length=10, choices=Scale.choices)
    province = models.CharField(_("mã tỉnh"), max_length=10, blank=True)
    seed = models.BigIntegerField(_("hạt giống ngẫu nhiên"))
    first_year = models.PositiveSmallIntegerField(_("từ năm"))
    last_year = models.PositiveSmallIntegerField(_("đến năm"))
    rows = models.JSONField(_("số dòng theo bảng"), default=dict)
    seconds = models.FloatField(_("thời gian dựng (giây)"), default=0)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("bộ dữ liệu tổng hợp")
        verbose_name_plural = _("bộ dữ liệu tổng hợp")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.label
