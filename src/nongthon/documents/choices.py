from django.db import models
from django.utils.translation import gettext_lazy as _


class FactType(models.TextChoices):
    """The seven fact types of spec/facts.md."""

    NTM_STATUS = "ntm_status", _("Mức nông thôn mới")
    CRITERIA_COUNT = "criteria_count", _("Số tiêu chí đạt")
    UNIT_TALLY = "unit_tally", _("Số đơn vị đạt")
    POVERTY_RATE = "poverty_rate", _("Tỷ lệ hộ nghèo")
    INDICATOR = "indicator", _("Chỉ tiêu khác")
    LEGAL_REF = "legal_ref", _("Văn bản được dẫn")
    SUPPORT = "support", _("Phân công giúp đỡ xã")


class DocumentFormat(models.TextChoices):
    """The format a document was read from."""

    TXT = "txt", _("Văn bản thuần")
    HTML = "html", _("Trang web")
    DOCX = "docx", _("Word")
    PDF = "pdf", _("PDF")
    OTHER = "other", _("Khác")
