from nongthon.evaluation import KnownData, Status, UnitAttributes, evaluate, load_set

from .helpers import provincial_fixture, set_from_text


def test_a_provincial_set_inherits_the_national_criteria_and_adds_its_own():
    cset = provincial_fixture()
    assert cset.extends == "qd-318-2022-xa"
    assert [c.id for c in cset.criteria] == [str(i) for i in range(1, 21)]
    assert cset.total == 20
    assert cset.criterion("10").name == "Thu nhập"
    assert cset.conditions == load_set("qd-318-2022-xa").conditions


def test_a_provincial_override_replaces_only_the_threshold_it_names():
    national = load_set("qd-318-2022-xa").indicator("10.1")
    provincial = provincial_fixture().indicator("10.1")
    assert len(provincial.thresholds) == len(national.thresholds) + 1
    result = evaluate(provincial_fixture(), UnitAttributes(region="tdmnpb"), KnownData(year=2023, values={"10.1": 41}))
    assert result.indicator("10.1").status is Status.MET
    assert "41 triệu đồng/người/năm ≥ 40 triệu đồng yêu cầu" in result.indicator("10.1").reason
    national_result = evaluate(load_set("qd-318-2022-xa"), UnitAttributes(region="tdmnpb"),
                               KnownData(year=2023, values={"10.1": 41}))
    assert national_result.indicator("10.1").status is Status.UNKNOWN


def test_the_shipped_can_tho_set_extends_318_without_inventing_thresholds():
    cset = load_set("can-tho-3429-2022-xa")
    assert cset.province == "92" and cset.total == 19
    assert len(cset.gaps()) == len(load_set("qd-318-2022-xa").gaps())


def test_a_provincial_set_can_remove_criteria_and_indicators():
    cset = set_from_text("""\
extends: qd-1980-2016-xa
remove_criteria: ["19"]
criteria:
  - id: "9"
    remove_indicators: ["9.2"]
""", header="id: bot\ntitle: Bộ rút gọn\nlegal_basis: {number: 2/QĐ-UBND, date: 2017-01-01, issuer: UBND tỉnh}\n")
    assert cset.total == 18
    assert [i.id for i in cset.criterion("9").indicators] == ["9.1"]
    assert cset.period_from == 2016 and cset.scope.value == "xa"


def test_removing_a_criterion_the_parent_does_not_have_is_an_error():
    import pytest

    from nongthon.evaluation import SetFileError

    with pytest.raises(SetFileError) as err:
        set_from_text('extends: qd-1980-2016-xa\nremove_criteria: ["25"]\n',
                      header="id: bot\ntitle: x\nlegal_basis: {number: 2, date: 2017-01-01, issuer: x}\n")
    assert "thu.yaml:5: remove_criteria[0]: '25' không có trong bộ tiêu chí gốc" in str(err.value)


def test_a_set_can_extend_an_office_file_next_to_it(tmp_path):
    from nongthon.evaluation import load_set_file

    (tmp_path / "tinh.yaml").write_text((provincial_fixture().path and open(provincial_fixture().path).read()),
                                        encoding="utf-8")
    (tmp_path / "huyen.yaml").write_text("id: huyen-thu\nextends: tinh.yaml\ntitle: Bộ thử của huyện\n"
                                         "legal_basis: {number: 3/QĐ-UBND, date: 2023-01-01, issuer: UBND huyện}\n",
                                         encoding="utf-8")
    cset = load_set_file(tmp_path / "huyen.yaml")
    assert cset.total == 20 and cset.extends == "tinh.yaml"
