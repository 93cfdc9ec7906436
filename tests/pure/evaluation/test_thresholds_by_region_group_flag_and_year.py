from nongthon.evaluation import KnownData, Status, UnitAttributes, evaluate, load_set

from .helpers import set_from_text

INCOME = load_set("qd-1980-2016-xa")


def income(region, value, year=2020, flags=frozenset()):
    result = evaluate(INCOME, UnitAttributes(region=region, flags=flags), KnownData(year=year, values={"10.1": value}))
    return result.indicator("10.1")


def test_income_below_the_regional_threshold_fails_with_a_reason():
    r = income("tdmnpb", 32.29)
    assert r.status is Status.NOT_MET
    assert r.reason == ("Thu nhập bình quân đầu người khu vực nông thôn 32,29 triệu đồng/người/năm < 36 triệu đồng "
                        "yêu cầu (vùng Trung du và miền núi phía Bắc, năm 2020)")


def test_the_same_income_meets_one_region_and_fails_another():
    assert income("btb", 40).status is Status.MET
    assert income("dnb", 40).status is Status.NOT_MET
    assert "≥ 36 triệu đồng yêu cầu (vùng Bắc Trung Bộ, năm 2020)" in income("btb", 40).reason
    assert "< 59 triệu đồng yêu cầu (vùng Đông Nam Bộ, năm 2020)" in income("dnb", 40).reason


def test_a_value_exactly_at_the_threshold_meets_it():
    assert income("dhntb", 41).status is Status.MET


def test_a_year_without_an_official_threshold_is_a_gap_not_a_guess():
    r = income("tdmnpb", 32.29, year=2018)
    assert r.status is Status.UNKNOWN
    assert "chưa có ngưỡng chính thức cho vùng Trung du và miền núi phía Bắc, năm 2018" in r.reason
    assert "cần văn phòng điều phối bổ sung" in r.reason


def test_without_a_region_the_evaluator_says_which_attribute_is_missing():
    r = income(None, 40)
    assert r.status is Status.UNKNOWN
    assert r.reason.startswith("Chưa biết vùng kinh tế – xã hội của đơn vị")


GROUPS = set_from_text("""\
criteria:
  - id: "1"
    name: Hạ tầng
    indicators:
      - id: "1.1"
        name: Tỷ lệ đường trục xã được cứng hóa
        rule: ">="
        unit: "%"
        thresholds:
          - {group: 1, value: 100, verified: true, source: thử}
          - {group: 2, value: 90, verified: true, source: thử}
          - {group: 3, value: null, verified: false}
""")


def test_thresholds_follow_the_commune_group():
    def run(group, value):
        return evaluate(GROUPS, UnitAttributes(commune_group=group), KnownData(year=2022, values={"1.1": value}))

    assert run(1, 95).status is Status.NOT_MET
    assert run(2, 95).status is Status.MET
    assert "≥ 90% yêu cầu (nhóm 2, năm 2022)" not in run(2, 95).indicator("1.1").reason  # year not a selector
    assert run(2, 95).indicator("1.1").reason.endswith("95% ≥ 90% yêu cầu (nhóm 2)")
    gap = run(3, 95).indicator("1.1")
    assert gap.status is Status.UNKNOWN and "chưa có ngưỡng chính thức cho nhóm 3" in gap.reason
    assert run(None, 95).indicator("1.1").reason.startswith("Chưa biết nhóm xã")


def test_a_special_commune_uses_the_northern_midlands_threshold(provincial=None):
    from .helpers import provincial_fixture

    cset = provincial_fixture()
    plain = evaluate(cset, UnitAttributes(region="dbscl"), KnownData(year=2023, values={"10.1": 38}))
    special = evaluate(cset, UnitAttributes(region="dbscl", flags=frozenset({"dbkk"})),
                       KnownData(year=2023, values={"10.1": 38}))
    assert plain.indicator("10.1").status is Status.UNKNOWN  # ĐBSCL 2023 is still a gap
    r = special.indicator("10.1")
    assert r.status is Status.NOT_MET
    assert "(xã đặc biệt khó khăn áp dụng ngưỡng vùng Trung du và miền núi phía Bắc, năm 2023)" in r.reason
