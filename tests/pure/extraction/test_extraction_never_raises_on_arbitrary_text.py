from hypothesis import given, settings
from hypothesis import strategies as st

from nongthon.extraction import ExtractOptions, extract
from nongthon.extraction.numbers import parse_date, parse_number

PIECES = list("xã huyện tỉnh đạt chuẩn nông thôn mới NTM tiêu chí 0123456789/,.;:()%-–\n") + [
    "Tân Lập ", "phấn đấu ", "năm 2020 ", "3/13 xã ", "Quyết định số 12/QĐ-UBND ", "tỷ lệ hộ nghèo ",
    "tỷ đồng ", "ha ", "ngày 15/5/2016 ", "gồm: ", "(A, B) ", "xã ", "huyện ", "đạt chuẩn nông thôn mới ",
    "Được phân công giúp đỡ ", "Ban Dân vận ", "thứ 2/10 của tỉnh ", "thêm ", "đạt từ 11 - 14 tiêu chí ",
    "5.343/8.267 xã ", "hai xã ", "gồm: ", "Đó là ", "Theo đó, ", "(2020) ", "Đức Trọng (10 xã), ", "trong đó ",
    "tỷ lệ hộ nghèo còn 3% ở xã A, ", "1. Sở Y tế chỉ đạo xã Sen Thủy\n", "được phân công ", "giao các Sở chỉ đạo ",
]
VIETNAMESE = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@given(st.text(max_size=40))
def test_number_parsing_never_raises(text):
    parse_number(text)


@given(st.text(max_size=40), st.one_of(st.none(), st.integers(min_value=1, max_value=3000)))
def test_date_parsing_never_raises(text, year):
    parse_date(text, year)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), VIETNAMESE))
def test_extract_never_raises_and_its_evidence_is_always_in_the_text(text):
    for fact in extract(text, "doc", registry=None, options=ExtractOptions(use_registry=False)):
        start, end = fact["span"]
        assert text[start:end] == fact["evidence"]
