import datetime as dt

from tests.pure.registry.conftest import BEFORE_FIRST_LIST, IN_2024


def names(units):
    return sorted(u.name for u in units)


def test_nhat_tien_in_2019_is_nhat_hoa_today(registry):
    res = registry.resolve("xã Nhất Tiến", parent="Lạng Sơn", on=BEFORE_FIRST_LIST)
    assert res.status == "found"
    assert registry.label(res.unit.key) == "xã Nhất Tiến, huyện Bắc Sơn, tỉnh Lạng Sơn"
    today = registry.today(res.unit.key)
    assert [(u.key, u.name) for u in today] == [("06376@2025-07-01", "Nhất Hòa")]


def test_binh_xa_was_split_between_two_new_communes(registry):
    unit = registry.resolve("Bính Xá", parent="Đình Lập", on=IN_2024).unit
    shares = {u.name: share for u, share in registry.today_with_share(unit.key)}
    assert shares == {"Đình Lập": "part", "Kiên Mộc": "part"}
    events = {registry.event(link.event).kind for link in registry.successors(unit.key)}
    assert events <= {"merge", "split"}


def test_quan_binh_merged_into_quan_ha_in_2020_under_resolution_855(registry):
    quan_binh = registry.resolve("Quân Bình", parent="Bạch Thông", on=BEFORE_FIRST_LIST).unit
    assert quan_binh.key == "01996@-"
    links = registry.successors(quan_binh.key)
    quan_ha = registry[links[0].successor]
    event = registry.event(links[0].event)
    assert quan_ha.name == "Quân Hà"
    assert event.effective == dt.date(2020, 2, 1)
    assert "855/NQ-UBTVQH14" in event.legal_basis
    assert quan_binh.valid_to == dt.date(2020, 2, 1)
    assert registry.resolve("Quân Hà", on=dt.date(2020, 6, 1)).unit.key == quan_ha.key
    assert names(registry.today(quan_binh.key)) == ["Cẩm Giàng"]


def test_ha_vi_kept_its_code_as_quan_ha(registry):
    versions = registry.versions("02005")
    assert [(u.name, u.valid_from) for u in versions][:2] == [("Hà Vị", None), ("Quân Hà", dt.date(2020, 2, 1))]


def test_trang_dinh_district_was_replaced_by_seven_communes(registry):
    district = registry.resolve("huyện Tràng Định", on=IN_2024).unit
    today = registry.today(district.key)
    assert len(today) == 7
    assert {u.level for u in today} == {"xa"}
    assert "Thất Khê" in names(today)


def test_a_code_alone_does_not_identify_a_unit(registry):
    versions = registry.versions("06436")
    assert [(u.key, u.name) for u in versions] == [("06436@-", "Đồng Tiến"), ("06436@2025-07-01", "Thiện Tân")]
    assert registry.by_code("06436", IN_2024).name == "Đồng Tiến"
    assert registry.by_code("06436").name == "Thiện Tân"
    assert [u.name for u in registry.today("06436@-")] == ["Thiện Tân"]


def test_63_provinces_became_34(registry):
    assert len(registry.valid_on(IN_2024, "tinh")) == 63
    assert len(registry.valid_on(dt.date(2025, 7, 1), "tinh")) == 34
    assert registry.valid_on(dt.date(2025, 7, 1), "huyen") == []
    assert len(registry.valid_on(dt.date(2025, 7, 1), "xa")) == 3321


def test_merged_provinces_point_to_the_new_province(registry):
    assert [u.key for u in registry.today("87@-")] == ["82@2025-07-01"]
    link = registry.predecessors("82@2025-07-01")[0]
    assert "202/2025/QH15" in registry.event(link.event).legal_basis


def test_an_unchanged_province_keeps_its_unit(registry):
    assert registry.by_code("20", IN_2024).key == registry.by_code("20").key == "20@-"


def test_a_rename_between_lists_is_dated_between_snapshots(registry):
    hue = registry.versions("46")
    assert [u.name for u in hue] == ["Thừa Thiên Huế", "Huế"]
    link = registry.predecessors(hue[1].key)[0]
    event = registry.event(link.event)
    assert event.kind in {"rename", "reclassify"}
    assert (event.earliest, event.latest) == (dt.date(2023, 5, 7), dt.date(2025, 1, 4))


def test_inferred_links_say_so(registry):
    inferred = [e for e in registry.events if e.inferred]
    assert inferred
    assert all("Suy ra" in e.note or "không suy ra" in e.note for e in inferred)


def test_every_unit_valid_today_has_a_province(registry):
    for unit in registry.valid_on(None, "xa"):
        assert registry.province_of(unit.key).level == "tinh"
