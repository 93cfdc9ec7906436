from django.db import models
from django.utils.translation import gettext_lazy as _


class DossierState(models.TextChoices):
    """Where a recognition dossier stands (sequence of 18/2022/QĐ-TTg as practised: xã → huyện → tỉnh)."""

    DRAFT = "draft", _("Đang lập")
    SUBMITTED = "submitted", _("Đã trình, chờ thẩm tra")
    VERIFIED = "verified", _("Đã thẩm tra, chờ thẩm định")
    APPRAISED = "appraised", _("Đã thẩm định, chờ quyết định")
    RECOGNISED = "recognised", _("Đã công nhận")
    RETURNED = "returned", _("Bị trả lại")
    REVOKED = "revoked", _("Đã thu hồi công nhận")


class StepKind(models.TextChoices):
    """A step recorded on a dossier."""

    CREATE = "create", _("Lập hồ sơ")
    SURVEY = "survey", _("Ghi kết quả lấy ý kiến")
    SUBMIT = "submit", _("Trình")
    VERIFY = "verify", _("Thẩm tra")
    APPRAISE = "appraise", _("Thẩm định")
    RECOGNISE = "recognise", _("Công nhận")
    RETURN = "return", _("Trả lại")
    REVOKE = "revoke", _("Thu hồi công nhận")
    CORRECT = "correct", _("Sửa hồ sơ đã công nhận")


class SurveyOutcome(models.TextChoices):
    """The satisfaction survey against the set's threshold."""

    MET = "met", _("Đạt ngưỡng")
    NOT_MET = "not_met", _("Chưa đạt ngưỡng")
    NO_THRESHOLD = "no_threshold", _("Chưa có ngưỡng chính thức")
    MISSING = "missing", _("Chưa có kết quả lấy ý kiến")
