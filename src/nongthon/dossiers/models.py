"""Recognition dossiers: one per unit, year and tier, with every step it went through."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.dossiers.choices import DocumentKind, DossierState, StepKind
from nongthon.monitoring.choices import Tier


class Dossier(models.Model):
    """A unit's request to be recognised at a tier for a year, and the decision on it."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="dossiers")
    year = models.PositiveSmallIntegerField(_("năm xét công nhận"))
    tier = models.CharField(_("mức"), max_length=10, choices=Tier.choices)
    criteria_set_id = models.CharField(_("bộ tiêu chí"), max_length=60, blank=True)
    state = models.CharField(_("trạng thái"), max_length=12, choices=DossierState.choices,
                             default=DossierState.DRAFT, db_index=True)
    survey_percent = models.DecimalField(
        _("tỷ lệ người dân hài lòng (%)"), max_digits=5, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    survey_note = models.CharField(_("ghi chú lấy ý kiến"), max_length=300, blank=True)
    decision_number = models.CharField(_("số quyết định công nhận"), max_length=120, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    decision_signer = models.CharField(_("người ký"), max_length=200, blank=True)
    revocation_number = models.CharField(_("số quyết định thu hồi"), max_length=120, blank=True)
    revocation_date = models.DateField(_("ngày thu hồi"), null=True, blank=True)
    revocation_signer = models.CharField(_("người ký thu hồi"), max_length=200, blank=True)
    recognition = models.OneToOneField(
        "monitoring.Recognition", verbose_name=_("bản ghi công nhận"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="dossier",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người lập"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("lập lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("hồ sơ công nhận")
        verbose_name_plural = _("hồ sơ công nhận")
        ordering = ["-year", "unit"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "tier"], name="dossiers_one_per_unit_year_tier"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} · {self.get_tier_display()} · {self.year}"


class DossierStep(models.Model):
    """One step of a dossier: who moved it where, why, and what the evaluator said then."""

    dossier = models.ForeignKey(Dossier, verbose_name=_("hồ sơ"), on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("bước"), max_length=10, choices=StepKind.choices)
    from_state = models.CharField(_("từ trạng thái"), max_length=12, choices=DossierState.choices, blank=True)
    to_state = models.CharField(_("sang trạng thái"), max_length=12, choices=DossierState.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("lúc"), auto_now_add=True)
    note = models.TextField(_("ghi chú, lý do"), blank=True)
    survey_check = models.CharField(_("kiểm tra lấy ý kiến"), max_length=300, blank=True)
    verdict = models.JSONField(_("kết quả đánh giá tiêu chí"), null=True, blank=True)

    class Meta:
        verbose_name = _("bước xử lý hồ sơ")
        verbose_name_plural = _("bước xử lý hồ sơ")
        ordering = ["dossier", "at", "id"]

    def __str__(self) -> str:
        return f"{self.dossier}: {self.get_kind_display()}"


def _document_path(instance, filename: str) -> str:
    return f"dossiers/{instance.dossier_id}/{filename}"


class DossierDocument(models.Model):
    """A paper attached to a dossier: what it is, its number, and the file."""

    dossier = models.ForeignKey(Dossier, verbose_name=_("hồ sơ"), on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("loại giấy tờ"), max_length=20, choices=DocumentKind.choices)
    title = models.CharField(_("tên, số hiệu"), max_length=300, blank=True)
    file = models.FileField(
        _("tệp"), upload_to=_document_path, max_length=300,
        validators=[FileExtensionValidator(["pdf", "docx", "doc", "xlsx", "xls", "jpg", "jpeg", "png"])],
    )
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người đính kèm"), null=True,
                                    blank=True, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(_("đính kèm lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("giấy tờ của hồ sơ")
        verbose_name_plural = _("giấy tờ của hồ sơ")
        ordering = ["dossier", "kind", "uploaded_at", "id"]

    def __str__(self) -> str:
        return f"{self.dossier}: {self.get_kind_display()} {self.title}".strip()

    @property
    def name(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]
