import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_list_names_every_shipped_set():
    text = run("criteria", "list")
    assert "qd-318-2022-xa" in text and "51/2025/QĐ-TTg" in text


def test_list_as_json_gives_counts_and_gaps():
    data = {s["id"]: s for s in json.loads(run("criteria", "list", "--json"))}
    assert data["qd-318-2022-xa"]["criteria_count"] == 19
    assert data["qd-318-2022-xa"]["indicator_count"] == 57
    assert data["qd-1980-2016-xa"]["legal_basis"]["date"] == "2016-10-17"


def test_show_prints_thresholds_and_calls_gaps_gaps():
    text = run("criteria", "show", "qd-318-2022-xa")
    assert "vùng Đồng bằng sông Cửu Long: 85% (xác minh một phần)" in text
    assert "KHOẢNG TRỐNG (chưa có ngưỡng chính thức)" in text
    data = json.loads(run("criteria", "show", "qd-1980-2016-xa", "--json"))
    assert data["criteria"][9]["indicators"][0]["thresholds"][0]["value"] == 36


def test_show_of_an_unknown_set_lists_the_known_ones():
    with pytest.raises(CommandError) as err:
        run("criteria", "show", "qd-999")
    assert "qd-1980-2016-xa" in str(err.value)


def test_check_accepts_a_good_office_file(tmp_path):
    path = tmp_path / "tinh.yaml"
    path.write_text("id: tinh\nextends: qd-318-2022-xa\ntitle: Bộ của tỉnh\n"
                    "legal_basis: {number: 9/QĐ-UBND, date: 2022-09-09, issuer: UBND tỉnh}\n", encoding="utf-8")
    assert "hợp lệ — tinh, 19 tiêu chí" in run("criteria", "check", str(path))


def test_check_fails_with_file_line_and_field(tmp_path):
    path = tmp_path / "tinh.yaml"
    path.write_text("id: tinh\nextends: qd-318-2022-xa\ntitle: Bộ của tỉnh\n"
                    "legal_basis: {number: 9/QĐ-UBND, date: 2022-09-09, issuer: UBND tỉnh}\n"
                    "criteria:\n  - id: \"10\"\n    indicators:\n      - id: \"10.1\"\n        thresholds:\n"
                    "          - {region: tdmnpb, value: 45}\n", encoding="utf-8")
    err_out = StringIO()
    with pytest.raises(CommandError) as err:
        call_command("criteria", "check", str(path), stdout=StringIO(), stderr=err_out)
    assert "1 lỗi" in str(err.value)
    assert err_out.getvalue().startswith(f"{path}:10: criteria[10].indicators[10.1].thresholds[0].value:")
