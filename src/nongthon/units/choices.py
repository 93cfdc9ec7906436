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
