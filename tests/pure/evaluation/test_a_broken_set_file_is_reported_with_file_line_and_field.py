import pytest

from nongthon.evaluation import SetFileError, load_set_file


def errors_of(tmp_path, text: str) -> list[str]:
    path = tmp_path / "van-phong.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SetFileError) as err:
        load_set_file(path)
    return [str(e) for e in err.value.errors]


GOOD_HEAD = """\
id: van-phong
title: Bộ của văn phòng
legal_basis: {number: 5/QĐ-UBND, date: 2022-05-05, issuer: UBND tỉnh}
period: {from: 2022, to: 2025}
scope: xa
tier: dat_chuan
criteria:
  - id: "10"
    name: Thu nhập
    indicators:
      - id: "10.1"
        name: Thu nhập bình quân
        rule: ">="
        thresholds:
"""


def test_an_unknown_region_names_file_line_and_field(tmp_path):
    errors = errors_of(tmp_path, GOOD_HEAD + "          - {region: mienbac, value: null, verified: false}\n")
    assert len(errors) == 1
    assert errors[0].startswith(f"{tmp_path / 'van-phong.yaml'}:15: criteria[10].indicators[10.1].thresholds[0].region:")
    assert "mienbac" in errors[0]


def test_an_unverified_number_is_refused_so_no_made_up_value_ships(tmp_path):
    errors = errors_of(tmp_path, GOOD_HEAD + "          - {region: tdmnpb, value: 45}\n")
    assert any(":15: criteria[10].indicators[10.1].thresholds[0].value:" in e and "value: null" in e for e in errors)


def test_a_verified_threshold_without_a_source_is_refused(tmp_path):
    errors = errors_of(tmp_path, GOOD_HEAD + "          - {region: tdmnpb, value: 45, verified: true}\n")
    assert any("thresholds[0].source" in e for e in errors)


def test_a_yaml_syntax_error_gives_its_line(tmp_path):
    errors = errors_of(tmp_path, "id: x\ntitle: [chưa đóng\nscope: xa\n")
    assert len(errors) == 1 and "van-phong.yaml:" in errors[0] and "(cú pháp YAML)" in errors[0]


def test_a_duplicate_key_and_a_misspelt_key_are_both_reported(tmp_path):
    text = GOOD_HEAD.replace("scope: xa\n", "scope: xa\nscope: huyen\ntierr: dat_chuan\n") + \
        "          - {region: tdmnpb, value: null}\n"
    errors = errors_of(tmp_path, text)
    assert any(":6: scope: khóa lặp lại (đã có ở dòng 5)" in e for e in errors)


def test_every_problem_is_reported_at_once(tmp_path):
    text = GOOD_HEAD.replace("tier: dat_chuan", "tier: sieu_cap").replace('rule: ">="', "rule: between") + \
        "          - {region: tdmnpb, group: 7, value: null}\n"
    errors = errors_of(tmp_path, text)
    fields = [e.split(": ")[0].split(":", 2)[-1] for e in errors]
    assert any(e.endswith(":6: tier: 'sieu_cap' không hợp lệ; chọn một trong: dat_chuan, nang_cao, kieu_mau, hien_dai")
               for e in errors)
    assert any("criteria[10].indicators[10.1].rule" in e for e in errors)
    assert any("thresholds[0].group" in e for e in errors)
    assert len(fields) >= 3


def test_a_missing_title_and_criteria_are_reported(tmp_path):
    errors = errors_of(tmp_path, "id: van-phong\nlegal_basis: {number: 1, date: 2022-01-01, issuer: x}\n"
                                 "period: {from: 2022, to: 2025}\nscope: xa\ntier: dat_chuan\n")
    assert any(": title: thiếu" in e for e in errors)
    assert any(": criteria: thiếu" in e for e in errors)


def test_extending_an_unknown_set_is_an_error_on_the_extends_line(tmp_path):
    errors = errors_of(tmp_path, "id: van-phong\nextends: khong-co\ntitle: x\n"
                                 "legal_basis: {number: 1, date: 2022-01-01, issuer: x}\n")
    assert any(":2: extends: không có bộ tiêu chí 'khong-co'" in e for e in errors)


def test_an_indicator_id_used_twice_is_reported(tmp_path):
    text = GOOD_HEAD + "          - {region: tdmnpb, value: null}\n" + \
        "      - id: \"10.1\"\n        name: Lặp\n        rule: bool\n"
    errors = errors_of(tmp_path, text)
    assert any(":16: criteria[10].indicators[10.1]: mã chỉ tiêu '10.1' lặp lại" in e for e in errors)
