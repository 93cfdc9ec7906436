from nongthon.evaluation import KnownData, Status, UnitAttributes, evaluate, load_set

SET = load_set("qd-1980-2016-xa")
TAN_LAP = UnitAttributes(region="tdmnpb", name="Xã Tân Lập", code="06352")


def test_a_reported_19_of_19_makes_every_criterion_met_with_the_report_as_reason():
    result = evaluate(SET, TAN_LAP, KnownData(year=2020, asserted_count=(19, 19), source="Huyện ủy Bắc Sơn"))
    assert result.count_text == "19/19"
    assert result.status is Status.MET
    assert result.eligibility[0].status is Status.MET
    assert result.criterion("10").reason == "Tiêu chí 10 (Thu nhập): đạt, suy ra từ báo cáo 19/19 tiêu chí đạt"
    assert result.to_dict()["source"] == "Huyện ủy Bắc Sơn"
    assert not result.conflicts


def test_a_criterion_asserted_without_values_is_met_on_the_report():
    result = evaluate(SET, TAN_LAP, KnownData(year=2020, criterion_status={"10": True, "2": False}))
    assert result.criterion("10").status is Status.MET
    assert result.criterion("10").basis == "asserted"
    assert "đạt theo báo cáo" in result.criterion("10").reason
    assert result.criterion("2").status is Status.NOT_MET
    assert result.count_text == "1/19"
    assert result.status is Status.NOT_MET


def test_a_measured_value_that_contradicts_an_assertion_is_reported_as_a_conflict():
    known = KnownData(year=2020, values={"10.1": 32.29}, criterion_status={"10": True}, source="báo cáo xã")
    result = evaluate(SET, TAN_LAP, known)
    assert result.criterion("10").status is Status.NOT_MET
    [conflict] = result.conflicts
    assert conflict.ref == "10"
    assert conflict.text.startswith("Tiêu chí 10 (Thu nhập): báo cáo khẳng định đạt (báo cáo xã) nhưng số liệu "
                                    "cho thấy chưa đạt: Thu nhập bình quân")


def test_a_reported_count_that_the_values_contradict_is_a_conflict_and_is_not_used():
    result = evaluate(SET, TAN_LAP, KnownData(year=2020, values={"10.1": 30}, asserted_count=(19, 19)))
    assert result.met_count == 0
    texts = [c.text for c in result.conflicts]
    assert "Báo cáo ghi 19/19 tiêu chí đạt nhưng số liệu cho thấy tiêu chí 10 chưa đạt" in texts


def test_a_count_with_another_total_is_not_used_for_the_set():
    result = evaluate(load_set("qd-51-2025-xa"), UnitAttributes(commune_group=2),
                      KnownData(year=2026, asserted_count=(19, 19)))
    assert result.met_count == 0
    assert "bộ qd-51-2025-xa có 10 tiêu chí" in result.conflicts[0].text


def test_a_count_settles_the_remaining_criteria_as_not_met_when_the_known_ones_add_up():
    statuses = {str(i): True for i in range(1, 18)}
    result = evaluate(SET, TAN_LAP, KnownData(year=2020, criterion_status=statuses, asserted_count=(17, 19)))
    assert result.count_text == "17/19"
    assert result.criterion("18").status is Status.NOT_MET
    assert result.criterion("18").basis == "count"
