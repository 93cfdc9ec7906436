"""Families of phrasing for criteria counts, poverty rates, indicators and legal references, each on an
invented sentence (names and figures are made up)."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract

OPTIONS = ExtractOptions(use_registry=False)
DATELINE = dt.date(2023, 5, 2)


def facts(text, kind=None):
    found = extract(text, "t", doc_date=DATELINE, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]


def counts(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["achieved"], f["total"], f["year"])
            for f in facts(text, "criteria_count")}


# Criteria counts.

def test_the_district_meets_its_own_nine_criteria_after_a_count_of_its_communes():
    text = ("Huyện Lạc Phong đã có 14/14 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nâng cao "
            "và huyện đạt 9/9 tiêu chí huyện nông thôn mới.")
    assert ("Lạc Phong", "huyen", 9, 9, None) in counts(text)
    assert not [t for t in facts(text, "unit_tally") if t["state"] == "criteria:9-9"]


def test_a_district_that_has_its_communes_and_meets_nine_criteria():
    text = "Năm 2019, huyện Lạc Phong có 100% số xã đạt chuẩn nông thôn mới, huyện đã hoàn thành 9/9 tiêu chí."
    assert counts(text) == {("Lạc Phong", "huyen", 9, 9, 2019)}


def test_communes_named_after_la_each_meet_the_criteria():
    text = "Huyện Lạc Phong hiện có 2 xã hoàn thành 19 tiêu chí là Ea Kra và Tà Nung, 4 xã đạt từ 15 đến 18 tiêu chí."
    assert {("Ea Kra", "xa", 19, None, None), ("Tà Nung", "xa", 19, None, None)} <= counts(text)
