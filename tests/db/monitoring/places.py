"""Administrative units built literally for tests: two provinces, a few districts and communes."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from nongthon.units.models import Unit

START = datetime.date(2020, 1, 1)


def unit(key_code: str, name: str, kind: str, level: str, parent=None, valid_from=START, valid_to=None) -> Unit:
    return Unit.objects.create(key=f"{key_code}@{valid_from}", code=key_code, name=name, kind=kind, level=level,
                               parent=parent, valid_from=valid_from, valid_to=valid_to)


def make_places() -> SimpleNamespace:
    bac_kan = unit("06", "Bắc Kạn", "tinh", "tinh")
    bach_thong = unit("061", "Bạch Thông", "huyen", "huyen", bac_kan)
    ba_be = unit("062", "Ba Bể", "huyen", "huyen", bac_kan)
    lang_son = unit("20", "Lạng Sơn", "tinh", "tinh")
    bac_son = unit("181", "Bắc Sơn", "huyen", "huyen", lang_son)
    dinh_lap = unit("182", "Đình Lập", "huyen", "huyen", lang_son)
    places = SimpleNamespace(
        bac_kan=bac_kan, bach_thong=bach_thong, ba_be=ba_be, lang_son=lang_son, bac_son=bac_son,
        dinh_lap=dinh_lap,
        cam_giang=unit("01900", "Cẩm Giàng", "xa", "xa", bach_thong),
        duong_phong=unit("01901", "Dương Phong", "xa", "xa", bach_thong),
        quan_ha=unit("01902", "Quân Hà", "xa", "xa", bach_thong),
        quang_thuan=unit("01903", "Quang Thuận", "xa", "xa", bach_thong),
        sy_binh=unit("01904", "Sỹ Bình", "xa", "xa", bach_thong),
        banh_trach=unit("01950", "Bành Trạch", "xa", "xa", ba_be),
        nhat_tien=unit("06100", "Nhất Tiến", "xa", "xa", bac_son),
        tan_lap=unit("06101", "Tân Lập", "xa", "xa", bac_son),
        binh_xa=unit("06200", "Bính Xá", "xa", "xa", dinh_lap),
    )
    return places
