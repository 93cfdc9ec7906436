from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentFold(models.Model):
    """A document's title and text folded for accent-insensitive search ("nong thon moi").

    Derived from `documents.Document`; `search.refresh_folds()` writes the rows missing or out of
    date (by content hash) before each search, so nothing else has to keep them in step.
    """

    document = models.OneToOneField("documents.Document", verbose_name=_("tài liệu"), on_delete=models.CASCADE,
                                    primary_key=True, related_name="fold")
    sha256 = models.CharField(_("mã băm của nội dung đã gấp"), max_length=64)
    title = models.TextField(_("tiêu đề không dấu"), blank=True)
    text = models.TextField(_("nội dung không dấu"))

    class Meta:
        verbose_name = _("bản không dấu của tài liệu")
        verbose_name_plural = _("bản không dấu của tài liệu")

    def __str__(self) -> str:
        return str(self.document_id)
