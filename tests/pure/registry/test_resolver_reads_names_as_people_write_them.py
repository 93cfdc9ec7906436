import datetime as dt

import pytest

from tests.pure.registry.conftest import BEFORE_FIRST_LIST, IN_2024


def test_it_finds_si_binh_when_written_sy_binh(registry):
    res = registry.resolve("Sỹ Bình", on=IN_2024)
    assert res.status == "found"
    assert res.unit.key == "01978@-"
    assert res.unit.name == "Sĩ Bình"
    assert "y/i" in res.candidates[0].why


def test_it_strips_the_level_word_before_the_name(registry):
    assert registry.resolve("xã Sỹ Bình", on=IN_2024).unit.key == "01978@-"
    assert registry.resolve("huyện Bắc Sơn", on=IN_2024).unit.key == "185@-"
    assert registry.resolve("TP. Lạng Sơn", on=IN_2024).unit.key == "178@-"
    assert registry.resolve("Thành phố Hà Nội").unit.key == "01@-"


def test_a_level_word_keeps_only_units_of_its_kind(registry):
    town = registry.resolve("thị trấn Bắc Sơn", on=IN_2024)
    district = registry.resolve("huyện Bắc Sơn", on=IN_2024)
    assert town.unit.kind == "thi_tran"
    assert district.unit.kind == "huyen"


def test_it_ignores_old_and_new_tone_placement(registry):
    old_style = registry.resolve("tỉnh Hoà Bình", on=IN_2024)
    new_style = registry.resolve("tỉnh Hòa Bình", on=IN_2024)
    assert old_style.unit.key == new_style.unit.key == "17@-"


def test_it_finds_a_name_written_without_accents_and_says_so(registry):
    res = registry.resolve("Quan Ha", on=dt.date(2022, 1, 1))
    assert res.status == "found"
    assert res.unit.name == "Quân Hà"
    assert "bỏ dấu" in res.candidates[0].why


def test_it_is_ambiguous_about_tan_lap_rather_than_guessing(registry):
    res = registry.resolve("Tân Lập", level="xa", on=IN_2024)
    assert res.status == "ambiguous"
    assert res.unit is None
    assert len(res.candidates) >= 20
    assert all(c.unit.name == "Tân Lập" for c in res.candidates[:20])


def test_a_parent_name_chooses_among_namesakes(registry):
    res = registry.resolve("Tân Lập", parent="Bắc Sơn", on=IN_2024)
    assert res.status == "found"
    assert registry.label(res.unit.key) == "xã Tân Lập, huyện Bắc Sơn, tỉnh Lạng Sơn"
    assert "thuộc Bắc Sơn" in res.candidates[0].why


def test_parents_may_follow_the_name_after_commas(registry):
    res = registry.resolve("Nhất Tiến, Bắc Sơn, Lạng Sơn", on=BEFORE_FIRST_LIST)
    assert res.unit.key == "06382@-"


def test_a_parent_may_be_given_as_a_unit_key(registry):
    assert registry.resolve("Tân Lập", parent="185@-", on=IN_2024).unit.key == "06352@-"


def test_a_parent_that_matches_nothing_gives_not_found_with_the_namesakes(registry):
    res = registry.resolve("Bính Xá", parent="Hà Giang", on=IN_2024)
    assert res.status == "not_found"
    assert res.candidates
    assert any("Hà Giang" in n for n in res.notes)


def test_a_level_filters_candidates(registry):
    res = registry.resolve("Bắc Sơn", level="huyen", on=IN_2024)
    assert res.status == "found"
    assert res.unit.level == "huyen"


def test_an_unknown_name_is_not_found(registry):
    res = registry.resolve("Xã Không Có Thật", on=IN_2024)
    assert res.status == "not_found"
    assert res.candidates == ()
    assert res.notes


def test_an_empty_name_is_not_found(registry):
    assert registry.resolve("   ").status == "not_found"


def test_an_unknown_level_is_refused(registry):
    with pytest.raises(ValueError, match="unknown level"):
        registry.resolve("Bắc Sơn", level="commune")


def test_a_date_before_the_first_list_is_answered_with_a_note(registry):
    res = registry.resolve("xã Nhất Tiến", parent="Bắc Sơn", on=BEFORE_FIRST_LIST)
    assert res.status == "found"
    assert any("trước danh mục đầu tiên" in n for n in res.notes)


def test_a_unit_gone_by_the_date_is_not_found_but_named_with_its_dates(registry):
    res = registry.resolve("xã Nhất Tiến", parent="Bắc Sơn")  # today
    assert res.status == "not_found"
    assert [u.key for u in res.elsewhere if u.code == "06382"] == ["06382@-"]
    assert any("2025-07-01" in n for n in res.notes)


def test_names_of_communes_merged_before_the_first_list_are_aliases(registry):
    res = registry.resolve("Hữu Vĩnh", parent="Bắc Sơn", on=BEFORE_FIRST_LIST)
    assert res.status == "found"
    assert res.unit.name == "Bắc Sơn"
    assert "vietnamadminunits" in res.candidates[0].why


def test_it_knows_the_short_forms_of_the_two_largest_cities(registry):
    assert registry.resolve("TP.HCM").unit.key == registry.by_code("79").key
    assert registry.resolve("TP. HN").unit.key == "01@-"


def test_a_name_asked_again_on_another_date_gets_that_dates_answer(registry):
    # the resolver keeps what a name matches between calls: each date must still get its own answer
    asks = [dt.date(2019, 6, 1), dt.date(2026, 1, 1), dt.date(2024, 6, 1), dt.date(2025, 3, 1),
            dt.date(2010, 1, 1), dt.date(2026, 1, 1), dt.date(2019, 6, 1)]
    answers = [registry.resolve("xã Nhật Tiến", on=on) for on in asks]
    for on, res in zip(asks, answers, strict=True):
        assert all(c.unit.valid_on(on) for c in res.candidates)
        # xã Nhật Tiến (08413) of Hưng Yên existed from 4 January to 30 June 2025 only
        assert ("08413@2025-01-04" in {c.unit.key for c in res.candidates}) == \
            (dt.date(2025, 1, 4) <= on < dt.date(2025, 7, 1))
        quoted = " ".join(res.notes)
        # a date before the first list, or one on which nothing of the name is valid, is quoted itself
        assert (on.isoformat() in quoted) == (on < registry.first_list or res.status == "not_found")
    assert answers[1].status == "not_found" and answers[1].elsewhere
    assert {c.unit.key for c in answers[3].candidates} > {c.unit.key for c in answers[2].candidates}
    assert answers[0] == answers[-1] and answers[1] == answers[5]
