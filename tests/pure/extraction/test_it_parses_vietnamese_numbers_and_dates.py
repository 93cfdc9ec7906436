import pytest

from nongthon.extraction.numbers import find_dateline, money_vnd, parse_date, parse_number


@pytest.mark.parametrize("written, value", [
    ("11.800", 11800), ("3,6", 3.6), ("32,29", 32.29), ("1.234,5", 1234.5), ("110", 110), ("46,42", 46.42),
    ("1.825", 1825), ("2.106", 2106),
])
def test_dots_group_thousands_and_commas_mark_decimals(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "abc", "1,2,3", ",5"])
def test_what_is_not_a_number_parses_to_none(written):
    assert parse_number(written) is None


@pytest.mark.parametrize("number, scale, vnd", [
    ("3,6", "tỷ", 3_600_000_000), ("354", "triệu", 354_000_000), ("34", "tỷ", 34_000_000_000), ("500", None, 500),
])
def test_amounts_of_money_are_converted_to_dong(number, scale, vnd):
    assert money_vnd(number, scale) == vnd


@pytest.mark.parametrize("written, default_year, iso", [
    ("15/5/2016", None, "2016-05-15"),
    ("1/8/2014", None, "2014-08-01"),
    ("2-6-2022", None, "2022-06-02"),
    ("15 tháng 5 năm 2016", None, "2016-05-15"),
    ("tháng 7/2022", None, "2022-07"),
    ("15/09", 2020, "2020-09-15"),
    ("15/09", None, None),
    ("31/2/2020", None, None),
])
def test_dates_are_written_as_iso_and_a_day_month_date_takes_the_dateline_year(written, default_year, iso):
    assert parse_date(written, default_year) == iso


def test_the_dateline_near_the_top_is_the_document_date():
    assert find_dateline("PublishingPortal - Block\n\n25/10/2022\nTăng cỡ chữ").isoformat() == "2022-10-25"
    assert find_dateline("13/08/2022 - 22:10\n\nLong An").isoformat() == "2022-08-13"
    assert find_dateline("Ngày 22/8/2023, Hội Cựu chiến binh tổ chức hội nghị") is None
