from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    """Whether a row counts: only accepted rows enter progress and evaluation."""

    PROPOSED = "proposed", _("Đề xuất, chờ duyệt")
    ACCEPTED = "accepted", _("Đã chấp nhận")
    REJECTED = "rejected", _("Đã bác bỏ")


class SourceKind(models.TextChoices):
    """Where a row of monitoring data comes from."""

    DOCUMENT = "document", _("Đoạn văn bản trong tài liệu")
    LEGAL = "legal", _("Văn bản pháp lý")
    IMPORT = "import", _("Tệp nhập, theo dòng")
    USER = "user", _("Người dùng nhập")


class Modality(models.TextChoices):
    """A statement of what holds, or of what is aimed at."""

    ACHIEVED = "achieved", _("Đã đạt")
    TARGET = "target", _("Mục tiêu")


class Tier(models.TextChoices):
    """The NTM recognition tiers, lowest first."""

    DAT_CHUAN = "dat_chuan", _("Đạt chuẩn nông thôn mới")
    NANG_CAO = "nang_cao", _("Nông thôn mới nâng cao")
    KIEU_MAU = "kieu_mau", _("Nông thôn mới kiểu mẫu")
    HIEN_DAI = "hien_dai", _("Nông thôn mới hiện đại")


TIER_ORDER = [Tier.DAT_CHUAN, Tier.NANG_CAO, Tier.KIEU_MAU, Tier.HIEN_DAI]


class ChildLevel(models.TextChoices):
    """The level of the units a tally counts (the levels of `units.choices.Level`)."""

    HUYEN = "huyen", _("Huyện")
    XA = "xa", _("Xã")
    THON = "thon", _("Thôn")


class PeriodPrecision(models.TextChoices):
    """How precisely the period of an observation is known."""

    YEAR = "year", _("Năm")
    MONTH = "month", _("Tháng")
    DAY = "day", _("Ngày")
    SPAN = "span", _("Giai đoạn nhiều năm")
    REPORTED = "reported", _("Đến ngày đưa tin")
    UNKNOWN = "unknown", _("Không rõ")


class Measure(models.TextChoices):
    """The unit of measure of an indicator's values."""

    PERCENT = "percent", _("Phần trăm (%)")
    COUNT = "count", _("Số lượng")
    VND = "vnd", _("Đồng")
    MILLION_VND_PER_YEAR = "million_vnd_per_year", _("Triệu đồng/người/năm")
    HA = "ha", _("Héc-ta")
    SQUARE_METRE = "m2", _("Mét vuông")
    KM = "km", _("Ki-lô-mét")
    WORKDAY = "workday", _("Ngày công")


class Direction(models.TextChoices):
    """Which way an indicator improves, so progress towards a target is read right."""

    HIGHER = "higher", _("Càng cao càng tốt")
    LOWER = "lower", _("Càng thấp càng tốt")


class Programme(models.TextChoices):
    """The programme or policy a figure belongs to, where it matters."""

    NTM = "ntm", _("Chương trình MTQG xây dựng nông thôn mới")
    DTTS_MN = "dtts_mn", _("Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi")
    GIAM_NGHEO = "giam_ngheo", _("Chương trình MTQG giảm nghèo bền vững")
    TIN_DUNG_28_2022 = "tin_dung_28_2022", _("Tín dụng chính sách theo Nghị định 28/2022/NĐ-CP")
    DONG_GOP_NHAN_DAN = "dong_gop_nhan_dan", _("Nhân dân đóng góp")
    HO_TRO_NONG_DAN = "ho_tro_nong_dan", _("Quỹ hỗ trợ nông dân")


class LegalKind(models.TextChoices):
    """Kinds of legal and Party documents (spec/facts.md, `legal_ref`)."""

    CHI_THI = "chi_thi", _("Chỉ thị")
    NGHI_DINH = "nghi_dinh", _("Nghị định")
    NGHI_QUYET = "nghi_quyet", _("Nghị quyết")
    QUYET_DINH = "quyet_dinh", _("Quyết định")
    DE_AN = "de_an", _("Đề án")
    THONG_TU = "thong_tu", _("Thông tư")
    LUAT = "luat", _("Luật")
    KE_HOACH = "ke_hoach", _("Kế hoạch")
    KET_LUAN = "ket_luan", _("Kết luận")
    OTHER = "other", _("Khác")


class TargetKind(models.TextChoices):
    """What a target is about."""

    INDICATOR = "indicator", _("Giá trị một chỉ tiêu")
    STATUS = "status", _("Đạt mức nông thôn mới")
    TALLY = "tally", _("Số đơn vị đạt một mức")
    TEXT = "text", _("Mục tiêu mô tả bằng lời")
