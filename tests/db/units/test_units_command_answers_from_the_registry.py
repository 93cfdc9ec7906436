import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.db.units.conftest import commune

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("units", *args, stdout=out)
    return out.getvalue()


def test_find_nhat_tien_in_2019_says_what_it_is_today():
    out = run("find", "xã Nhất Tiến", "--parent", "Bắc Sơn", "--on", "2019-06-01")
    assert "xã Nhất Tiến, huyện Bắc Sơn, tỉnh Lạng Sơn" in out
    assert "hôm nay: xã Nhất Hòa, tỉnh Lạng Sơn" in out
    assert "trước danh mục đầu tiên" in out


def test_find_as_json_is_one_document():
    doc = json.loads(run("find", "Sỹ Bình", "--on", "2024-06-01", "--json"))
    assert doc["status"] == "found"
    (cand,) = doc["candidates"]
    assert (cand["code"], cand["name"], cand["path"]) == ("01978", "Sĩ Bình", "xã Sĩ Bình, huyện Bạch Thông, tỉnh Bắc Kạn")
    assert [t["name"] for t in cand["today"]] == ["Vĩnh Thông"]


def test_find_tan_lap_lists_the_namesakes():
    doc = json.loads(run("find", "Tân Lập", "--level", "xa", "--on", "2024-06-01", "--json"))
    assert doc["status"] == "ambiguous"
    assert len(doc["candidates"]) >= 20


def test_find_a_gone_unit_today_shows_it_at_other_dates():
    doc = json.loads(run("find", "huyện Tràng Định", "--json"))
    assert doc["status"] == "not_found"
    (district,) = doc["elsewhere"]
    assert len(district["today"]) == 7


def test_show_quan_binh_follows_it_to_quan_ha_and_to_today():
    out = run("show", "01996", "--on", "2019-06-01")
    assert "xã Quân Bình, huyện Bạch Thông, tỉnh Bắc Kạn" in out
    assert "855/NQ-UBTVQH14" in out
    assert "xã Quân Hà" in out
    assert "hôm nay: xã Cẩm Giàng, tỉnh Thái Nguyên" in out


def test_show_as_json_gives_lineage_before_and_after():
    doc = json.loads(run("show", "02005", "--on", "2022-01-01", "--json"))
    assert doc["unit"]["name"] == "Quân Hà"
    assert {step["unit"]["name"] for step in doc["before"]} >= {"Hà Vị", "Quân Bình"}
    assert doc["after"][0]["unit"]["name"] == "Cẩm Giàng"
    assert [u["name"] for u in doc["ancestors"]] == ["Bạch Thông", "Bắc Kạn"]


def test_show_chooses_the_unit_of_a_code_by_date():
    old = json.loads(run("show", "06436", "--on", "2024-01-01", "--json"))
    new = json.loads(run("show", "06436", "--json"))
    assert (old["unit"]["name"], new["unit"]["name"]) == ("Đồng Tiến", "Thiện Tân")
    assert [u["name"] for u in new["same_code"]] == ["Đồng Tiến"]


def test_show_tells_an_unknown_code():
    with pytest.raises(CommandError, match="Không có đơn vị nào"):
        run("show", "99999")


def test_a_bad_date_is_refused():
    with pytest.raises(CommandError, match="--on"):
        run("find", "Bắc Sơn", "--on", "hôm qua")


def test_find_a_village_looks_in_the_database():
    xa = commune("06376@2025-07-01", "Nhất Hòa", valid_from=None)
    commune("thon-1@2025-07-01", "Nà Pán", parent=xa, kind="thon", level="thon")
    doc = json.loads(run("find", "thôn Na Pan", "--level", "thon", "--json"))
    assert doc["status"] == "found"
    assert doc["candidates"][0]["path"] == "Thôn Nà Pán, Xã Nhất Hòa"
