from nongthon.evaluation import KnownData, Recognition, Status, Tier, UnitAttributes, evaluate, load_set

from .helpers import set_from_text

KIEU_MAU = load_set("qd-319-2022-xa-kieu-mau")


def test_a_model_commune_needs_a_recognition_as_advanced_commune():
    known = KnownData(year=2024, values={"3.1": 1, "4.1": 1},
                      recognition=Recognition(Tier.NANG_CAO, "99/QĐ-UBND", 2023))
    result = evaluate(KIEU_MAU, UnitAttributes(region="tdmnpb"), known)
    assert result.criterion("1").status is Status.MET
    assert "theo quyết định công nhận 99/QĐ-UBND" in result.indicator("1.1").reason
    tiers = {e.tier: e.status for e in result.eligibility}
    assert tiers[Tier.NANG_CAO] is Status.MET


def test_a_recognition_at_a_lower_tier_does_not_prove_the_advanced_tier():
    known = KnownData(year=2024, recognition=Recognition(Tier.DAT_CHUAN, "1/QĐ-UBND", 2020))
    result = evaluate(KIEU_MAU, UnitAttributes(region="tdmnpb"), known)
    assert result.criterion("1").status is Status.UNKNOWN


def test_the_model_income_is_a_gap_while_the_advanced_income_level_is_unknown():
    result = evaluate(KIEU_MAU, UnitAttributes(region="dbsh"), KnownData(year=2024, values={"2.1": 80}))
    r = result.indicator("2.1")
    assert r.status is Status.UNKNOWN
    assert "mức thu nhập xã nông thôn mới nâng cao, vùng Đồng bằng sông Hồng (nên chưa tính được mức 110%)" in r.reason


def test_a_threshold_relative_to_another_set_is_computed_from_it():
    cset = set_from_text("""\
criteria:
  - id: "2"
    name: Thu nhập
    indicators:
      - id: "2.1"
        name: Thu nhập bình quân
        rule: ">="
        unit: triệu đồng/người/năm
        short_unit: triệu đồng
        relative_to: {set: qd-1980-2016-xa, indicator: "10.1", factor: 1.1, label: mức của bộ 2016–2020}
""")
    result = evaluate(cset, UnitAttributes(region="tdmnpb"), KnownData(year=2020, values={"2.1": 39}))
    r = result.indicator("2.1")
    assert r.status is Status.NOT_MET
    assert r.reason == ("Thu nhập bình quân 39 triệu đồng/người/năm < 39,6 triệu đồng yêu cầu "
                        "(110% mức của bộ 2016–2020, vùng Trung du và miền núi phía Bắc, năm 2020)")


def test_count_rules_need_at_least_the_threshold():
    result = evaluate(KIEU_MAU, UnitAttributes(region="tdmnpb"), KnownData(year=2024, values={"3.1": 0}))
    assert result.indicator("3.1").status is Status.NOT_MET
    assert result.indicator("3.1").reason == "Số mô hình thôn thông minh: chưa có (yêu cầu ít nhất 1)"


def test_a_district_is_eligible_only_with_90_percent_satisfied():
    district = load_set("qd-320-2022-huyen")
    statuses = {str(i): True for i in range(1, 10)}
    low = evaluate(district, UnitAttributes(), KnownData(year=2023, criterion_status=statuses, values={"hai_long": 88.5}))
    high = evaluate(district, UnitAttributes(), KnownData(year=2023, criterion_status=statuses, values={"hai_long": 92}))
    assert low.status is Status.MET and low.eligibility[0].status is Status.NOT_MET
    assert "88,5% < 90% yêu cầu" in low.eligibility[0].reason
    assert high.eligibility[0].status is Status.MET


def test_an_advanced_set_without_a_verified_list_is_decided_by_a_recognition():
    nang_cao = load_set("qd-318-2022-xa-nang-cao")
    result = evaluate(nang_cao, UnitAttributes(region="tdmnpb"),
                      KnownData(year=2023, recognition=Recognition(Tier.NANG_CAO, "103/QĐ-UBND", 2023)))
    assert result.count_text == "0/?"
    assert result.eligibility[0].status is Status.MET
    assert result.eligibility[0].reason.startswith("Đã được công nhận nông thôn mới nâng cao theo quyết định 103/QĐ-UBND")


def test_a_recognised_commune_whose_values_fail_is_a_conflict():
    result = evaluate(load_set("qd-1980-2016-xa"), UnitAttributes(region="tdmnpb"),
                      KnownData(year=2020, values={"10.1": 30}, recognition=Recognition(Tier.DAT_CHUAN, "5/QĐ-UBND", 2020)))
    assert any(c.ref == "recognition" for c in result.conflicts)
