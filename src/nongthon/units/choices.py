from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """The tier of the administrative hierarchy a unit sits on."""

    TINH = "tinh", _("Tỉnh / thành phố trực thuộc trung ương")
    HUYEN = "huyen", _("Huyện / quận / thị xã / thành phố thuộc tỉnh")
    XA = "xa", _("Xã / phường / thị trấn / đặc khu")
    THON = "thon", _("Thôn / bản / ấp / tổ dân phố")


class Kind(models.TextChoices):
    """The official kind of a unit, as the lists name it."""

    TINH = "tinh", _("Tỉnh")
    THANH_PHO_TW = "thanh_pho_tw", _("Thành phố trực thuộc trung ương")
    HUYEN = "huyen", _("Huyện")
    QUAN = "quan", _("Quận")
    THI_XA = "thi_xa", _("Thị xã")
    THANH_PHO = "thanh_pho", _("Thành phố thuộc tỉnh")
    XA = "xa", _("Xã")
    PHUONG = "phuong", _("Phường")
    THI_TRAN = "thi_tran", _("Thị trấn")
    DAC_KHU = "dac_khu", _("Đặc khu")
    THON = "thon", _("Thôn")


class EventKind(models.TextChoices):
    """What happened between units (the registry's lineage events)."""

    MERGE = "merge", _("Nhập")
    SPLIT = "split", _("Chia tách")
    RENAME = "rename", _("Đổi tên")
    REPARENT = "reparent", _("Chuyển đơn vị cấp trên")
    RECLASSIFY = "reclassify", _("Đổi loại hình")
    DISSOLVE = "dissolve", _("Kết thúc, không có đơn vị kế thừa xác định")


class Share(models.TextChoices):
    """How much of the predecessor went to the successor."""

    WHOLE = "whole", _("Toàn bộ")
    PART = "part", _("Một phần")
    UNKNOWN = "unknown", _("Chưa xác định")


class AttributeName(models.TextChoices):
    """Per-unit attributes the criteria rely on."""

    DBKK = "dbkk", _("Xã đặc biệt khó khăn")
    ATK = "atk", _("Xã an toàn khu")
    COMMUNE_GROUP = "commune_group", _("Nhóm xã (51/2025/QĐ-TTg)")
    REGION = "region", _("Vùng (ghi đè)")
