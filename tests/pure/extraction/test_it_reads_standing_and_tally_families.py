"""Families of phrasing for a unit's standing and for tallies, each on an invented sentence (names and figures
are made up)."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract
from nongthon.extraction.segment import segment

OPTIONS = ExtractOptions(use_registry=False)
DATELINE = dt.date(2023, 5, 2)


def facts(text, kind=None):
    found = extract(text, "t", doc_date=DATELINE, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]


def statuses(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["status"], f["modality"], f["year"])
            for f in facts(text, "ntm_status")}


def tally_keys(text):
    return {(f["parent"]["name"], f["parent"]["level"], f["child_level"], f["count"], f["total"], f["state"],
             f["year"], f["modality"]) for f in facts(text, "unit_tally")}


# Lists of named communes.

def test_an_abbreviated_city_in_parentheses_does_not_end_the_sentence():
    text = "Các xã gồm: Tân Hòa (TP. Lam Sơn), Phú Mỹ (huyện Đông Xuyên)."
    assert len(segment(text)) == 1


def test_communes_listed_after_a_plural_subject_and_its_standard_each_hold_it():
    text = ("Các xã đạt chuẩn nông thôn mới nâng cao gồm: Tân Hòa (TP. Lam Sơn), Phú Mỹ (huyện Đông Xuyên), "
            "Hòa Lạc, Vĩnh Xuân.")
    assert statuses(text) == {(name, "xa", "nang_cao", "achieved", None)
                              for name in ("Tân Hòa", "Phú Mỹ", "Hòa Lạc", "Vĩnh Xuân")}
