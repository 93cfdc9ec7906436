import datetime

import pytest

from nongthon.documents.facts import PayloadError, fingerprint, read_period, split_fact, summarise

POVERTY = {"doc": "a", "type": "poverty_rate", "unit": {"name": "Bính Xá", "level": "xa", "parent": "Đình Lập"},
           "value": 11.65, "period": 2018, "standard": None, "evidence": "hết năm 2018 … 11,65%", "span": [3, 20],
           "unit_key": "06200@-", "confidence": 0.9}


def test_a_fingerprint_is_what_the_fact_states_not_where_it_was_found():
    fact_type, payload = split_fact(POVERTY)
    moved = {**POVERTY, "evidence": "khác", "span": [100, 120], "unit_key": None, "confidence": 0.2}
    shouted = {**POVERTY, "unit": {"name": "BÍNH XÁ", "level": "xa", "parent": "Đình Lập"}}
    other_value = {**POVERTY, "value": 11.66}

    assert fingerprint(fact_type, payload) == fingerprint(*split_fact(moved)) == fingerprint(*split_fact(shouted))
    assert fingerprint(fact_type, payload) != fingerprint(*split_fact(other_value))
    assert "evidence" not in payload and "span" not in payload and payload["unit_key"] == "06200@-"


@pytest.mark.parametrize(("period", "year", "year_from", "date", "precision"), [
    (2018, 2018, None, None, "year"),
    ("2018", 2018, None, None, "year"),
    ("2019-2020", 2020, 2019, None, "span"),
    ("2020-09", 2020, None, datetime.date(2020, 9, 1), "month"),
    ("2020-09-15", 2020, None, datetime.date(2020, 9, 15), "day"),
    (None, None, None, None, "unknown"),
])
def test_a_period_is_read_as_year_span_month_or_day(period, year, year_from, date, precision):
    read = read_period(period)

    assert (read.year, read.year_from, read.date, read.precision) == (year, year_from, date, precision)


def test_a_period_that_is_no_period_is_refused():
    with pytest.raises(PayloadError, match="period"):
        read_period("đầu năm")


def test_a_fact_is_summarised_in_one_vietnamese_line():
    fact_type, payload = split_fact(POVERTY)

    assert summarise(fact_type, payload) == "xã Bính Xá, Đình Lập: tỷ lệ hộ nghèo 11,65% (2018)"
    assert summarise("support", {"helper": "Ban Nội chính Tỉnh ủy", "unit": {"name": "Sỹ Bình", "level": "xa"},
                                 "year": 2023, "amount_vnd": 354000000}) == (
        "Ban Nội chính Tỉnh ủy giúp đỡ xã Sỹ Bình năm 2023, 354.000.000 đồng")
    assert summarise("legal_ref", {"number": "14-CT/HU", "kind": "chi_thi", "date": "2014-08-01",
                                   "issuer": "Ban Thường vụ Huyện ủy Lộc Bình"}) == (
        "Chỉ thị 14-CT/HU ngày 2014-08-01 của Ban Thường vụ Huyện ủy Lộc Bình")
