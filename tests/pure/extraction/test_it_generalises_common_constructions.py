"""General Vietnamese constructions, each on an invented sentence (names and figures are made up)."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract

OPTIONS = ExtractOptions(use_registry=False)
DATELINE = dt.date(2023, 5, 2)


def facts(text, kind=None):
    found = extract(text, "t", doc_date=DATELINE, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]


# A four-digit year is never a count of units.

def test_a_year_before_a_named_commune_is_not_a_count():
    text = "Năm 2021 xã Phong Lâm đạt chuẩn nông thôn mới."
    assert facts(text, "unit_tally") == []
    [status] = facts(text, "ntm_status")
    assert (status["unit"]["name"], status["year"]) == ("Phong Lâm", 2021)


def test_a_year_before_criteria_is_not_a_tally():
    text = "Năm 2020 xã Phong Lâm đạt 16/19 tiêu chí."
    assert facts(text, "unit_tally") == []
    [count] = facts(text, "criteria_count")
    assert (count["unit"]["name"], count["achieved"], count["total"], count["year"]) == ("Phong Lâm", 16, 19, 2020)


# Legal references written in other ways.

def test_a_symbol_with_a_colon_and_stray_spaces_is_normalised():
    [ref] = facts("Theo Quyết định số: 73 /QĐ-UBND của UBND tỉnh, xã Vân Khê đạt chuẩn.", "legal_ref")
    assert (ref["number"], ref["kind"]) == ("73/QĐ-UBND", "quyet_dinh")


def test_a_date_before_the_decision_without_a_year_takes_the_datelines_year():
    text = "Ngày 9/4, Chủ tịch UBND tỉnh đã ký ban hành Quyết định 512/QĐ-UBND công nhận xã Vân Khê đạt chuẩn."
    [ref] = facts(text, "legal_ref")
    assert (ref["number"], ref["date"]) == ("512/QĐ-UBND", "2023-04-09")


def test_a_date_in_words_before_the_decision_is_its_date():
    text = "Ngày 14 tháng 02 năm 2019, UBND tỉnh ban hành Quyết định số 61/QĐ-UBND về việc công nhận xã đạt chuẩn."
    [ref] = facts(text, "legal_ref")
    assert ref["date"] == "2019-02-14"


def test_capitalised_kind_words_are_kinds():
    found = facts("Thực hiện Nghị Quyết số 7 của HĐND tỉnh và Quyết Định số 93 ngày 3/8/2020.", "legal_ref")
    assert {(f["number"], f["kind"]) for f in found} == {("7", "nghi_quyet"), ("93", "quyet_dinh")}


def test_a_bare_number_with_issuer_and_date_keeps_the_date():
    [ref] = facts("Căn cứ Nghị quyết 614 của Ủy ban Thường vụ Quốc hội ngày 11/10/2018 về sắp xếp xã.", "legal_ref")
    assert (ref["number"], ref["date"]) == ("614", "2018-10-11")


def test_a_range_of_decisions_is_one_fact_per_number():
    for text in ("UBND tỉnh ban hành các Quyết định từ số 210 - 212 công nhận xã đạt chuẩn.",
                 "UBND tỉnh ban hành các quyết định từ số 210 đến 212 công nhận xã đạt chuẩn."):
        found = facts(text, "legal_ref")
        assert sorted(f["number"] for f in found) == ["210", "211", "212"]
        assert {f["kind"] for f in found} == {"quyet_dinh"}
