"""Stored documents and the facts proposed from them, awaiting review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.documents.choices import DocumentFormat, FactType
from nongthon.monitoring.choices import ReviewStatus


class Document(models.Model):
    """A document as read: its NFC text, stored once whatever the number of times it is ingested."""

    sha256 = models.CharField(_("mã băm SHA-256 của nội dung"), max_length=64, unique=True)
    doc_id = models.CharField(_("mã tài liệu"), max_length=200, db_index=True)
    title = models.TextField(_("tiêu đề"), blank=True)
    date = models.DateField(_("ngày đưa tin"), null=True, blank=True)
    format = models.CharField(_("định dạng"), max_length=8, choices=DocumentFormat.choices,
                              default=DocumentFormat.TXT)
    encoding = models.CharField(_("bảng mã gốc"), max_length=40, blank=True)
    text = models.TextField(_("nội dung (Unicode NFC)"))
    source = models.CharField(_("đường dẫn hoặc địa chỉ gốc"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("nạp lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")
        ordering = ["-created_at", "doc_id"]

    def __str__(self) -> str:
        return self.doc_id


class Fact(models.Model):
    """A fact extracted from a document (spec/facts.md form in `payload`), proposed for review.

    `fingerprint` identifies the statement (type and payload, not the span), so a fact once
    rejected is not proposed again when the document is read anew.
    """

    document = models.ForeignKey(Document, verbose_name=_("tài liệu"), on_delete=models.CASCADE,
                                 related_name="facts")
    type = models.CharField(_("loại dữ kiện"), max_length=20, choices=FactType.choices, db_index=True)
    payload = models.JSONField(_("nội dung dữ kiện"))
    original_payload = models.JSONField(_("nội dung trước khi sửa"), null=True, blank=True)
    span_start = models.PositiveIntegerField(_("vị trí bắt đầu"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("vị trí kết thúc"), null=True, blank=True)
    evidence = models.TextField(_("trích dẫn"), blank=True)
    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="facts")
    confidence = models.FloatField(_("độ tin cậy"), null=True, blank=True)
    status = models.CharField(_("trạng thái duyệt"), max_length=10, choices=ReviewStatus.choices,
                              default=ReviewStatus.PROPOSED, db_index=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True,
                                    blank=True, on_delete=models.PROTECT, related_name="+")
    reviewed_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    review_note = models.TextField(_("ghi chú duyệt"), blank=True)
    fingerprint = models.CharField(_("dấu vân tay"), max_length=64, db_index=True)
    created_at = models.DateTimeField(_("đề xuất lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("dữ kiện")
        verbose_name_plural = _("dữ kiện")
        ordering = ["document", "span_start", "id"]
        constraints = [
            models.UniqueConstraint(fields=["document", "fingerprint"], name="documents_fact_once_per_document"),
        ]
        # Pages read the accepted facts of a province's communes: by status alone that is nine facts in ten.
        indexes = [models.Index(fields=["unit", "status"], name="documents_fact_unit_status")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_type_display()}: {self.summary}"

    @property
    def summary(self) -> str:
        from nongthon.documents.facts import summarise

        return summarise(self.type, self.payload)
