"""Families of phrasing found in articles from further provinces, each on an invented sentence
(names and figures are made up)."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract

OPTIONS = ExtractOptions(use_registry=False)
DATELINE = dt.date(2023, 5, 2)


def facts(text, kind=None, doc_date=DATELINE):
    found = extract(text, "t", doc_date=doc_date, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]


def criteria(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["achieved"], f["total"], f["year"])
            for f in facts(text, "criteria_count")}


# Criteria said of a group that a list has just spelt out.

def test_criteria_of_the_communes_listed_earlier_in_the_sentence():
    text = ("Các xã được công nhận đạt chuẩn gồm Tân Mỹ, Hòa Lạc (huyện Đông Giang) và Phú An (huyện Tây Sơn); "
            "các xã này đều đã hoàn thành 19/19 tiêu chí.")
    assert criteria(text) == {("Tân Mỹ", "xa", 19, 19, None), ("Hòa Lạc", "xa", 19, 19, None),
                              ("Phú An", "xa", 19, 19, None)}


def test_criteria_of_the_communes_listed_in_the_sentence_before():
    text = ("Hội đồng tỉnh vừa công nhận 3 xã đạt chuẩn nông thôn mới năm 2022 gồm xã Tân Mỹ, Hòa Lạc huyện "
            "Đông Giang và xã Phú An thuộc huyện Tây Sơn. Các xã trên đã hoàn thành 19 tiêu chí theo Bộ tiêu chí "
            "quốc gia.")
    assert criteria(text) == {("Tân Mỹ", "xa", 19, None, None), ("Hòa Lạc", "xa", 19, None, None),
                              ("Phú An", "xa", 19, None, None)}


def test_criteria_a_group_is_to_meet_are_no_count():
    text = ("Năm 2024 tỉnh chọn 2 xã gồm Tân Mỹ và Hòa Lạc. Các xã này phấn đấu hoàn thành 19/19 tiêu chí "
            "vào cuối năm.")
    assert criteria(text) == set()


def test_a_district_that_has_enough_criteria():
    text = "Huyện Đông Giang đủ 9 tiêu chí huyện nông thôn mới theo quy định."
    assert criteria(text) == {("Đông Giang", "huyen", 9, None, None)}


# Lists of communes that place each with an abbreviated level word.

def test_an_abbreviated_city_after_a_listed_commune_places_it():
    text = ("5 xã được công nhận đạt chuẩn nông thôn mới năm 2021 gồm xã Tân Mỹ, Hòa Lạc TP Đông Giang; "
            "xã Phú An, Phú Hòa huyện Tây Sơn.")
    names = {f["unit"]["name"] for f in facts(text, "ntm_status")}
    assert names == {"Tân Mỹ", "Hòa Lạc", "Phú An", "Phú Hòa"}
