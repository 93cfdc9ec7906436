import pytest
from django.core.management import CommandError, call_command

from nongthon.units.models import UnitAttribute
from tests.db.units.conftest import commune

pytestmark = pytest.mark.django_db

GOOD = ("code,name,value,valid_from,valid_to,source\n"
        "06382,dbkk,1,2021-01-01,2025-07-01,QĐ 861/QĐ-TTg\n"
        "06382,region,tdmnpb,2021-01-01,,Sở NN&PTNT\n")


@pytest.fixture
def communes():
    return commune("06382@-", "Nhất Tiến"), commune("06376@2025-07-01", "Nhất Hòa")


def test_a_good_file_is_loaded(tmp_path, communes):
    path = tmp_path / "thuoc-tinh.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("units", "attributes", str(path), stdout=None)
    rows = UnitAttribute.objects.order_by("name")
    assert [(a.unit.key, a.name, a.value, a.source) for a in rows] == [
        ("06382@-", "dbkk", "1", "QĐ 861/QĐ-TTg"), ("06382@-", "region", "tdmnpb", "Sở NN&PTNT")]


def test_loading_the_same_file_twice_keeps_one_copy(tmp_path, communes):
    path = tmp_path / "thuoc-tinh.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("units", "attributes", str(path))
    call_command("units", "attributes", str(path))
    assert UnitAttribute.objects.count() == 2


def test_one_bad_row_writes_nothing_and_names_file_line_and_field(tmp_path, communes):
    path = tmp_path / "thuoc-tinh.csv"
    path.write_text(GOOD + "06376,commune_group,5,2025-07-01,,QĐ 51\n", encoding="utf-8")
    with pytest.raises(CommandError) as err:
        call_command("units", "attributes", str(path))
    assert "thuoc-tinh.csv:4: value: «5» không phải nhóm 1, 2 hoặc 3" in str(err.value)
    assert UnitAttribute.objects.count() == 0


def test_a_unit_not_loaded_yet_is_an_error(tmp_path, communes):
    path = tmp_path / "thuoc-tinh.csv"
    path.write_text("code,name,value,valid_from\n06436,atk,1,2024-01-01\n", encoding="utf-8")
    with pytest.raises(CommandError, match="thuoc-tinh.csv:2: code: đơn vị 06436@- chưa có"):
        call_command("units", "attributes", str(path))
