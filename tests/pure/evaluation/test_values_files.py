import pytest

from nongthon.evaluation import ValuesFileError, load_set, read_known_data
from nongthon.evaluation.values import parse_number

SET = load_set("qd-1980-2016-xa")


def test_numbers_may_be_written_vietnamese_or_machine_style():
    assert parse_number("32,29") == 32.29
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("32.29") == 32.29
    assert parse_number("85%") == 85
    assert parse_number("nhiều") is None


def test_a_csv_of_indicator_values_is_read(tmp_path):
    path = tmp_path / "tan-lap.csv"
    path.write_text('indicator,value\n10.1,"32,29"\n9.1,đạt\n', encoding="utf-8")
    known = read_known_data(path, 2020, SET)
    assert known.values == {"10.1": 32.29, "9.1": True}


def test_a_csv_of_criterion_statuses_with_a_count_is_read(tmp_path):
    path = tmp_path / "bao-cao.csv"
    path.write_text("criterion,status\n# theo báo cáo huyện\n10,đạt\n11,chưa đạt\ntong,17/19\n", encoding="utf-8")
    known = read_known_data(path, 2020, SET)
    assert known.criterion_status == {"10": True, "11": False}
    assert known.asserted_count == (17, 19)


def test_bad_rows_are_reported_with_file_and_line(tmp_path):
    path = tmp_path / "sai.csv"
    path.write_text("indicator,value\n10.1,ba mươi\n99.9,1\n9.1,có lẽ\n", encoding="utf-8")
    with pytest.raises(ValuesFileError) as err:
        read_known_data(path, 2020, SET)
    lines = str(err.value).splitlines()
    assert lines[0] == f"{path}:2: value: 'ba mươi' không phải là số"
    assert lines[1] == f"{path}:3: indicator: '99.9' không có trong bộ qd-1980-2016-xa"
    assert lines[2].startswith(f"{path}:4: value: 'có lẽ'")


def test_a_json_file_is_read_and_its_errors_carry_lines(tmp_path):
    path = tmp_path / "xa.json"
    path.write_text('{"values": {"10.1": 38.5},\n "criteria": {"1": "đạt"},\n "count": "19/19",\n'
                    ' "recognition": {"tier": "dat_chuan", "decision": "1234/QĐ-UBND", "year": 2020},\n'
                    ' "source": "báo cáo xã"}\n', encoding="utf-8")
    known = read_known_data(path, 2020, SET)
    assert known.values == {"10.1": 38.5} and known.criterion_status == {"1": True}
    assert known.asserted_count == (19, 19) and known.recognition.decision == "1234/QĐ-UBND"
    assert known.source == "báo cáo xã"
    bad = tmp_path / "sai.json"
    bad.write_text('{"values": {"10.1": 38.5},\n "criteria": {"42": "đạt"}}\n', encoding="utf-8")
    with pytest.raises(ValuesFileError) as err:
        read_known_data(bad, 2020, SET)
    assert str(err.value) == f"{bad}:2: criterion: '42' không có trong bộ qd-1980-2016-xa"


def test_a_file_without_the_expected_header_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("ma,gia_tri\n10.1,3\n", encoding="utf-8")
    with pytest.raises(ValuesFileError) as err:
        read_known_data(path, 2020)
    assert f"{path}:1: (tiêu đề)" in str(err.value)
