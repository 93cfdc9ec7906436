from nongthon.evaluation import format_number
from nongthon.evaluation.reasons import vn_date, with_unit


def test_decimals_use_a_comma_and_thousands_a_dot():
    assert format_number(32.29) == "32,29"
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(36.0) == "36"
    assert format_number(0.125) == "0,125"


def test_percentages_stick_to_their_number_and_other_units_are_spaced():
    assert with_unit(85, "%") == "85%"
    assert with_unit(41, "triệu đồng") == "41 triệu đồng"


def test_dates_are_written_as_in_legal_texts():
    assert vn_date("2022-03-08") == "08/3/2022"
