"""Units and persona users built literally: Lạng Sơn before and after the 1/7/2025 reform, Bắc Kạn.

Before the reform xã Nhất Tiến and xã Tân Lập sit under huyện Bắc Sơn; from 1/7/2025 they form
the new xã Bắc Sơn, whose parent is the province. Personas: a province officer of (today's) Lạng Sơn,
a district officer of Bắc Sơn, a commune officer of Nhất Tiến, a reviewer, an administrator, and an
outsider (signed in, no role).
"""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model

from nongthon.accounts.choices import Role
from nongthon.accounts.models import Membership
from nongthon.units.models import LineageEvent, LineageLink, Unit

OLD = datetime.date(2008, 1, 1)
REFORM = datetime.date(2025, 7, 1)
PASSWORD = "mat-khau-dai-va-kho-doan-7"


def unit(code, name, kind, level, parent=None, valid_from=OLD, valid_to=REFORM) -> Unit:
    return Unit.objects.create(key=f"{code}@{valid_from}", code=code, name=name, kind=kind, level=level,
                               parent=parent, valid_from=valid_from, valid_to=valid_to)


def make_places() -> SimpleNamespace:
    lang_son = unit("20", "Lạng Sơn", "tinh", "tinh")
    bac_son = unit("181", "Bắc Sơn", "huyen", "huyen", lang_son)
    dinh_lap = unit("182", "Đình Lập", "huyen", "huyen", lang_son)
    nhat_tien = unit("06100", "Nhất Tiến", "xa", "xa", bac_son)
    tan_lap = unit("06101", "Tân Lập", "xa", "xa", bac_son)
    binh_xa = unit("06200", "Bính Xá", "xa", "xa", dinh_lap)
    bac_kan = unit("06", "Bắc Kạn", "tinh", "tinh")
    bach_thong = unit("061", "Bạch Thông", "huyen", "huyen", bac_kan)
    cam_giang = unit("01900", "Cẩm Giàng", "xa", "xa", bach_thong)
    lang_son_new = unit("20", "Lạng Sơn", "tinh", "tinh", valid_from=REFORM, valid_to=None)
    bac_son_xa = unit("06100", "Bắc Sơn", "xa", "xa", lang_son_new, valid_from=REFORM, valid_to=None)
    merge = LineageEvent.objects.create(kind="merge", effective=REFORM)
    for old in (nhat_tien, tan_lap):
        LineageLink.objects.create(event=merge, predecessor=old, successor=bac_son_xa)
    LineageLink.objects.create(event=merge, predecessor=lang_son, successor=lang_son_new)
    return SimpleNamespace(lang_son=lang_son, bac_son=bac_son, dinh_lap=dinh_lap, nhat_tien=nhat_tien,
                           tan_lap=tan_lap, binh_xa=binh_xa, bac_kan=bac_kan, bach_thong=bach_thong,
                           cam_giang=cam_giang, lang_son_new=lang_son_new, bac_son_xa=bac_son_xa)


def person(username: str, role: str | None = None, unit=None, password: str | None = None):
    """A user; without a password (hashing with argon2 is slow on purpose), tests sign in with force_login."""
    user = get_user_model().objects.create_user(username, password=password)
    if role is not None:
        Membership.objects.create(user=user, role=role, unit=unit)
    return user


def make_people(places) -> SimpleNamespace:
    return SimpleNamespace(
        province_officer=person("can_bo_tinh", Role.PROVINCE_OFFICER, places.lang_son_new),
        district_officer=person("can_bo_huyen_bac_son", Role.DISTRICT_OFFICER, places.bac_son),
        commune_officer=person("can_bo_xa_nhat_tien", Role.COMMUNE_OFFICER, places.nhat_tien),
        reviewer=person("nguoi_duyet", Role.REVIEWER, None),
        administrator=person("quan_tri", Role.ADMINISTRATOR, None),
        outsider=person("nguoi_ngoai"),
    )
