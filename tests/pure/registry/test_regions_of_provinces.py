import datetime as dt

from nongthon.registry import REGIONS, region_of


def test_every_province_before_the_reform_has_one_of_the_seven_regions(registry):
    provinces = registry.valid_on(dt.date(2024, 6, 1), "tinh")
    assert len(provinces) == 63
    assert {region_of(p.code, dt.date(2024, 6, 1)) for p in provinces} == set(REGIONS)


def test_every_province_after_the_reform_has_a_region(registry):
    for p in registry.valid_on(dt.date(2025, 7, 1), "tinh"):
        assert region_of(p.code) in REGIONS


def test_the_region_of_a_code_depends_on_the_date():
    # 24 was Bắc Giang before 1 July 2025 and is the new Bắc Ninh after.
    assert region_of("27", dt.date(2024, 1, 1)) == "dbsh"
    assert region_of("20", dt.date(2024, 1, 1)) == "tdmnpb"
    assert region_of("80", dt.date(2024, 1, 1)) == "dbscl"
    assert region_of("72", dt.date(2024, 1, 1)) == "dnb"
    assert region_of("72") is None


def test_an_unknown_code_has_no_region():
    assert region_of("99") is None
