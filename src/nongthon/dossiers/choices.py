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


class DocumentKind(models.TextChoices):
    """Papers of a recognition dossier (the set 18/2022/QĐ-TTg asks for, by who writes them)."""

    PROPOSAL = "to_trinh", _("Tờ trình đề nghị xét công nhận")
    RESULTS_REPORT = "bao_cao_ket_qua", _("Báo cáo kết quả xây dựng nông thôn mới")
    OPINIONS_REPORT = "bao_cao_y_kien", _("Báo cáo tổng hợp ý kiến tham gia của các tổ chức và nhân dân")
    SURVEY_RESULT = "ket_qua_hai_long", _("Kết quả lấy ý kiến sự hài lòng của người dân")
    VERIFICATION_REPORT = "bao_cao_tham_tra", _("Báo cáo kết quả thẩm tra")
    MEETING_MINUTES = "bien_ban_hop", _("Biên bản cuộc họp đề nghị xét công nhận")
    APPRAISAL_REPORT = "bao_cao_tham_dinh", _("Báo cáo thẩm định")
    PHOTOS = "hinh_anh", _("Hình ảnh minh họa")
    OTHER = "khac", _("Tài liệu khác")


#: The papers a dossier needs before each step, in the order the page lists them.
REQUIRED_DOCUMENTS: dict[str, tuple[str, ...]] = {
    StepKind.SUBMIT: (DocumentKind.PROPOSAL, DocumentKind.RESULTS_REPORT, DocumentKind.OPINIONS_REPORT,
                      DocumentKind.SURVEY_RESULT),
    StepKind.VERIFY: (DocumentKind.VERIFICATION_REPORT, DocumentKind.MEETING_MINUTES),
    StepKind.APPRAISE: (DocumentKind.APPRAISAL_REPORT,),
}
