"""Units, users and workbooks built literally for the workbook and report tests.

Lạng Sơn (20) before the 1/7/2025 reform: huyện Bắc Sơn with xã Nhất Tiến and xã Tân Lập,
huyện Đình Lập with xã Bính Xá, and xã Vũ Lễ, which ended in 2019. After the reform: the new
Lạng Sơn and the new xã Bắc Sơn (code 06100 again). Bắc Kạn (06) with xã Cẩm Giàng, outside.
"""

from __future__ import annotations

import datetime
import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from openpyxl import Workbook, load_workbook

from nongthon.units.models import Unit

OLD = datetime.date(2008, 1, 1)
REFORM = datetime.date(2025, 7, 1)


def unit(code, name, kind, level, parent=None, valid_from=OLD, valid_to=REFORM) -> Unit:
    return Unit.objects.create(key=f"{code}@{valid_from}", code=code, name=name, kind=kind, level=level,
                               parent=parent, valid_from=valid_from, valid_to=valid_to)


def make_places() -> SimpleNamespace:
    lang_son = unit("20", "Lạng Sơn", "tinh", "tinh")
    bac_son = unit("181", "Bắc Sơn", "huyen", "huyen", lang_son)
    dinh_lap = unit("182", "Đình Lập", "huyen", "huyen", lang_son)
    bac_kan = unit("06", "Bắc Kạn", "tinh", "tinh")
    bach_thong = unit("061", "Bạch Thông", "huyen", "huyen", bac_kan)
    lang_son_new = unit("20", "Lạng Sơn", "tinh", "tinh", valid_from=REFORM, valid_to=None)
    return SimpleNamespace(
        lang_son=lang_son, bac_son=bac_son, dinh_lap=dinh_lap, bac_kan=bac_kan, lang_son_new=lang_son_new,
        nhat_tien=unit("06100", "Nhất Tiến", "xa", "xa", bac_son),
        tan_lap=unit("06101", "Tân Lập", "xa", "xa", bac_son),
        binh_xa=unit("06200", "Bính Xá", "xa", "xa", dinh_lap),
        vu_le=unit("06150", "Vũ Lễ", "xa", "xa", bac_son, valid_to=datetime.date(2019, 1, 1)),
        cam_giang=unit("01900", "Cẩm Giàng", "xa", "xa", bach_thong),
        bac_son_xa=unit("06100", "Bắc Sơn", "xa", "xa", lang_son_new, valid_from=REFORM, valid_to=None),
    )


def make_people(places) -> SimpleNamespace:
    """A province officer of Lạng Sơn (a role when the accounts app is installed) and an outsider."""
    users = get_user_model().objects
    officer = users.create_user("can_bo_tinh")  # no password: tests sign in with force_login
    try:
        from nongthon.accounts.choices import Role
        from nongthon.accounts.models import Membership
    except ImportError:
        pass
    else:
        for province in (places.lang_son, places.lang_son_new):
            Membership.objects.create(user=officer, role=Role.PROVINCE_OFFICER, unit=province)
    outsider = users.create_user("nguoi_ngoai")
    return SimpleNamespace(province_officer=officer, outsider=outsider)


def xlsx_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def open_xlsx(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def sheet_workbook(sheet: str, headers: list[str], keys: list[str], rows: list[list]) -> Workbook:
    """A workbook with one form sheet written by hand: header row, key row, then the rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    ws.append(keys)
    for row in rows:
        ws.append(row)
    return wb


INDICATOR_HEADERS = ["Mã đơn vị", "Tên đơn vị", "Năm", "Tỷ lệ hộ nghèo (đa chiều) (%)",
                     "Thu nhập bình quân đầu người (triệu đồng/người/năm)"]
INDICATOR_KEYS = ["unit_code", "unit_name", "year", "indicator:poverty_rate", "indicator:income_per_capita"]


def indicator_workbook(rows: list[list]) -> Workbook:
    return sheet_workbook("Chỉ tiêu", INDICATOR_HEADERS, INDICATOR_KEYS, rows)
