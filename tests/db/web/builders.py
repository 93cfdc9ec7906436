"""Lạng Sơn in miniature, built literally: units with the registry's keys, an article, its facts.

Shared by the page tests, the API tests and the browser tests. Keys are the registry's, so the
unit pages find lineage (Nhất Tiến → Nhất Hòa on 1 July 2025) through `nongthon.registry`.
"""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from nongthon.units.models import Unit

REFORM = datetime.date(2025, 7, 1)

ARTICLE = (
    "Nhất Tiến là xã đặc biệt khó khăn của huyện Bắc Sơn. Bước vào xuân mới 2020, Đảng bộ, chính quyền "
    "và nhân dân xã Nhất Tiến vui mừng, phấn khởi bởi xã đạt chuẩn nông thôn mới (NTM) năm 2019.\n\n"
    "Bính Xá là xã biên giới vùng III của huyện Đình Lập. Đầu năm 2016, tỷ lệ hộ nghèo địa bàn xã còn tới "
    "46,42%. Với các giải pháp đồng bộ, hết năm 2018 tỷ lệ hộ nghèo trên địa bàn xã giảm xuống còn 11,65%, "
    "xã đạt chuẩn nông thôn mới.\n\n"
    "Năm 2023, xã Nhất Hòa, huyện Bắc Sơn hoàn thành 15/19 tiêu chí nông thôn mới."
)


def _unit(key, name, kind, level, parent=None, valid_from=None, valid_to=None):
    code = key.split("@")[0]
    return Unit.objects.create(key=key, code=code, name=name, kind=kind, level=level, parent=parent,
                               valid_from=valid_from, valid_to=valid_to)


def make_lang_son() -> SimpleNamespace:
    """The province, two districts and five communes before the reform; two communes after it."""
    lang_son = _unit("20@-", "Lạng Sơn", "tinh", "tinh")
    bac_son = _unit("185@-", "Bắc Sơn", "huyen", "huyen", lang_son, valid_to=REFORM)
    dinh_lap = _unit("189@-", "Đình Lập", "huyen", "huyen", lang_son, valid_to=REFORM)
    return SimpleNamespace(
        lang_son=lang_son, bac_son=bac_son, dinh_lap=dinh_lap,
        nhat_tien=_unit("06382@-", "Nhất Tiến", "xa", "xa", bac_son, valid_to=REFORM),
        nhat_hoa_old=_unit("06376@-", "Nhất Hòa", "xa", "xa", bac_son, valid_to=REFORM),
        tan_thanh=_unit("06379@-", "Tân Thành", "xa", "xa", bac_son, valid_to=REFORM),
        binh_xa=_unit("06622@-", "Bính Xá", "xa", "xa", dinh_lap, valid_to=REFORM),
        dinh_lap_town=_unit("06613@-", "Đình Lập", "thi_tran", "xa", dinh_lap, valid_to=REFORM),
        nhat_hoa=_unit("06376@2025-07-01", "Nhất Hòa", "xa", "xa", lang_son, valid_from=REFORM),
        kien_moc=_unit("06625@2025-07-01", "Kiên Mộc", "xa", "xa", lang_son, valid_from=REFORM),
    )


def _span(text: str, evidence: str) -> list[int]:
    start = text.index(evidence)
    return [start, start + len(evidence)]


def ingest_article(places):
    """The article stored with three proposed facts; returns the document."""
    from nongthon.documents.operations import ingest_text
    from nongthon.monitoring.models import Indicator

    # The catalogue comes from a data migration, which a browser test's flushed database no longer has.
    Indicator.objects.get_or_create(key="poverty_rate", defaults={
        "name": "Tỷ lệ hộ nghèo (đa chiều)", "measure": "percent", "direction": "lower"})
    facts = [
        {"type": "ntm_status", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
         "status": "dat_chuan", "year": 2019, "modality": "achieved", "unit_key": places.nhat_tien.key,
         "evidence": "xã Nhất Tiến vui mừng, phấn khởi bởi xã đạt chuẩn nông thôn mới (NTM) năm 2019"},
        {"type": "poverty_rate", "unit": {"name": "Bính Xá", "level": "xa", "parent": "Đình Lập"},
         "value": 11.65, "period": 2018, "unit_key": places.binh_xa.key,
         "evidence": "hết năm 2018 tỷ lệ hộ nghèo trên địa bàn xã giảm xuống còn 11,65%"},
        {"type": "criteria_count", "unit": {"name": "Nhất Hòa", "level": "xa", "parent": "Bắc Sơn"},
         "achieved": 15, "total": 19, "year": 2023, "unit_key": places.nhat_hoa_old.key,
         "evidence": "xã Nhất Hòa, huyện Bắc Sơn hoàn thành 15/19 tiêu chí nông thôn mới"},
    ]
    for fact in facts:
        fact["span"] = _span(ARTICLE, fact["evidence"])
    summary = ingest_text(ARTICLE, doc_id="bao-lang-son-2020-nhat-tien", title="Nhất Tiến đón xuân nông thôn mới",
                          date=datetime.date(2020, 1, 20), facts=facts)
    return summary.document


def accept_all_but_first(document, user):
    """Accept every proposed fact of the document except the Nhất Tiến recognition."""
    from nongthon.documents.operations import accept_fact

    for fact in document.facts.order_by("span_start")[1:]:
        accept_fact(fact, user=user)


def make_province_officer(username: str, password: str, province):
    """A user holding the province officer role at `province` (when the accounts app is installed)."""
    from django.apps import apps
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, password=password)
    if apps.is_installed("nongthon.accounts"):
        from nongthon.accounts.models import Membership

        Membership.objects.create(user=user, role="province_officer", unit=province)
    return user
