from nongthon.evaluation import KnownData, Status, UnitAttributes, evaluate, load_set

SET318 = load_set("qd-318-2022-xa")


def test_nothing_known_leaves_every_criterion_unknown_and_lists_what_is_missing():
    result = evaluate(SET318, UnitAttributes(region="btb"), KnownData(year=2023))
    assert result.status is Status.UNKNOWN
    assert result.count_text == "0/19"
    assert all(c.status is Status.UNKNOWN for c in result.criteria)
    kinds = {m.kind for m in result.missing}
    assert {"threshold", "status", "value"} <= kinds


def test_a_gap_is_named_as_a_gap_with_the_region():
    result = evaluate(SET318, UnitAttributes(region="tn"), KnownData(year=2024, values={"10.1": 70}))
    r = result.indicator("10.1")
    assert r.status is Status.UNKNOWN
    assert r.reason == ("Thu nhập bình quân đầu người khu vực nông thôn: 70 triệu đồng/người/năm; chưa có ngưỡng "
                        "chính thức cho vùng Tây Nguyên («Thu nhập bình quân đầu người khu vực nông thôn»); "
                        "cần văn phòng điều phối bổ sung")
    assert any(m.ref == "10.1" for m in result.gaps)


def test_a_failing_listed_indicator_fails_a_criterion_whose_indicator_list_is_unverified():
    result = evaluate(SET318, UnitAttributes(region="dbscl"), KnownData(year=2024, values={"9.1": False}))
    assert result.criterion("9").status is Status.NOT_MET
    assert "Không còn nhà tạm, nhà dột nát: chưa đạt" in result.criterion("9").reason


def test_met_listed_indicators_do_not_prove_a_criterion_whose_list_is_unverified():
    result = evaluate(SET318, UnitAttributes(region="dbscl"), KnownData(year=2024, values={"9.1": True, "9.2": 97}))
    c = result.criterion("9")
    assert c.status is Status.UNKNOWN
    assert "danh mục chỉ tiêu chính thức chưa được xác minh" in c.reason
    assert "ngưỡng mới xác minh một phần" in result.indicator("9.2").reason


def test_missing_data_is_only_what_blocks_a_verdict():
    statuses = {str(i): True for i in range(1, 20)}
    result = evaluate(SET318, UnitAttributes(region="dbsh"), KnownData(year=2023, criterion_status=statuses))
    assert result.count_text == "19/19"
    # only the recognition conditions remain: the satisfaction threshold (a gap) and three values
    assert [(m.kind, m.ref) for m in result.missing] == [
        ("threshold", "hai_long"), ("value", "hai_long"), ("value", "khong_no_dong"), ("value", "an_ninh")]
    assert result.eligibility[0].status is Status.UNKNOWN
    assert "điều kiện «Tỷ lệ người dân hài lòng" in result.eligibility[0].reason


def test_a_value_of_the_wrong_kind_is_reported_not_compared():
    result = evaluate(SET318, UnitAttributes(region="dbsh"), KnownData(year=2023, values={"9.2": "nhiều"}))
    result = evaluate(SET318, UnitAttributes(region="dbscl"), KnownData(year=2023, values={"9.2": "nhiều"}))
    assert result.indicator("9.2").status is Status.UNKNOWN
    assert result.indicator("9.2").reason.startswith("Giá trị 'nhiều' của «Tỷ lệ hộ có nhà ở kiên cố")


def test_a_year_outside_the_period_is_noted():
    result = evaluate(SET318, UnitAttributes(region="dbsh"), KnownData(year=2020))
    assert result.notes == ("Năm 2020 nằm ngoài thời kỳ áp dụng 2021–2025 của bộ tiêu chí",)
