import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nongthon.units.models import Unit

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


def test_tan_lap_2020_with_19_of_19_reported_is_eligible(tan_lap):
    text = run("--set", "qd-1980-2016-xa", "--unit", "06352", "--year", "2020", "--count", "19/19",
               "--source", "Huyện ủy Bắc Sơn, 15/9/2020")
    assert text.startswith("Xã Tân Lập, Huyện Bắc Sơn, Tỉnh Lạng Sơn (khóa 06352@-)")
    assert "Thuộc tính: vùng Trung du và miền núi phía Bắc" in text
    assert "Kết quả: 19/19 tiêu chí đạt — đạt" in text
    assert "[đạt] đạt chuẩn nông thôn mới: Đủ điều kiện xét công nhận đạt chuẩn nông thôn mới: đạt 19/19 tiêu chí" in text


def test_a_values_file_gives_reasons_per_indicator(tan_lap, tmp_path):
    path = tmp_path / "tan-lap-2020.csv"
    path.write_text('indicator,value\n10.1,"32,29"\n9.1,đạt\n', encoding="utf-8")
    text = run("--set", "qd-1980-2016-xa", "--unit", "06352", "--year", "2020", "--values", str(path))
    assert ("[chưa đạt] 10.1: Thu nhập bình quân đầu người khu vực nông thôn 32,29 triệu đồng/người/năm < "
            "36 triệu đồng yêu cầu (vùng Trung du và miền núi phía Bắc, năm 2020)") in text
    assert "Kết quả: 0/19 tiêu chí đạt — chưa đạt" in text


def test_the_json_output_names_the_unit_and_the_verdicts(tan_lap):
    data = json.loads(run("--set", "qd-1980-2016-xa", "--unit", "06352", "--year", "2020", "--count", "19/19", "--json"))
    assert data["unit"]["key"] == "06352@-" and data["unit"]["region"] == "tdmnpb"
    assert data["count"] == "19/19" and data["eligibility"][0]["status"] == "met"


def test_a_bad_values_file_is_reported_with_its_line(tan_lap, tmp_path):
    path = tmp_path / "sai.csv"
    path.write_text("criterion,status\n10,có thể\n", encoding="utf-8")
    err_out = StringIO()
    with pytest.raises(CommandError):
        call_command("evaluate", "--set", "qd-1980-2016-xa", "--unit", "06352", "--year", "2020",
                     "--values", str(path), stdout=StringIO(), stderr=err_out)
    assert err_out.getvalue().startswith(f"{path}:2: status:")


def test_an_unknown_unit_is_a_clear_error(db):
    with pytest.raises(CommandError) as err:
        run("--set", "qd-1980-2016-xa", "--unit", "99999", "--year", "2020")
    assert "Không có đơn vị hành chính mã 99999" in str(err.value)


def test_the_unit_valid_during_the_year_is_chosen_when_a_code_was_reused(tan_lap):
    new_province = Unit.objects.create(key="20@2025-07-01", code="20", name="Lạng Sơn", kind="tinh", level="tinh",
                                       valid_from=datetime.date(2025, 7, 1))
    Unit.objects.create(key="06352@2025-07-01", code="06352", name="Xã Mới", kind="xa", level="xa",
                        parent=new_province, valid_from=datetime.date(2025, 7, 1))
    old = json.loads(run("--set", "qd-318-2022-xa", "--unit", "06352", "--year", "2023", "--json"))
    new = json.loads(run("--set", "qd-51-2025-xa", "--unit", "06352", "--year", "2026", "--json"))
    assert old["unit"]["key"] == "06352@-"
    assert new["unit"]["key"] == "06352@2025-07-01"


def test_region_and_flags_can_be_given_on_the_command_line(tan_lap):
    data = json.loads(run("--set", "qd-318-2022-xa", "--unit", "06352", "--year", "2023", "--flag", "dbkk", "--json"))
    assert data["unit"]["flags"] == ["dbkk"]
    assert "xã đặc biệt khó khăn áp dụng ngưỡng vùng Trung du và miền núi phía Bắc" in json.dumps(data, ensure_ascii=False)


def test_a_set_for_another_level_is_noted(tan_lap):
    data = json.loads(run("--set", "qd-320-2022-huyen", "--unit", "06352", "--year", "2023", "--json"))
    assert any("dành cho cấp huyện" in n for n in data["notes"])
