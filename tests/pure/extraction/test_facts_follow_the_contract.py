"""Small literal texts, one rule of spec/facts.md each."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract

OPTIONS = ExtractOptions(use_registry=False)


def facts(text, kind=None, doc_date=None):
    found = extract(text, "t", doc_date=doc_date, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]


def test_a_commune_recognised_in_a_year_is_an_achieved_status():
    [fact] = facts("Năm nay, xã Hòa Bình, huyện Chợ Mới đạt chuẩn nông thôn mới năm 2019.", "ntm_status")
    assert fact["unit"] == {"name": "Hòa Bình", "level": "xa", "parent": "Chợ Mới"}
    assert (fact["status"], fact["modality"], fact["year"]) == ("dat_chuan", "achieved", 2019)


def test_a_goal_is_a_target():
    [fact] = facts("Huyện Na Rì phấn đấu trở thành huyện nông thôn mới vào năm 2025.", "ntm_status")
    assert (fact["unit"]["name"], fact["modality"], fact["year"]) == ("Na Rì", "target", 2025)


def test_a_tally_gives_its_total_only_to_the_item_that_states_it_and_names_each_listed_unit():
    text = "Huyện Chợ Đồn có 3/13 xã được công nhận đạt chuẩn nông thôn mới (Bằng Lũng, Ngọc Phái, Đông Viên); 1 xã đạt chuẩn nông thôn mới nâng cao."
    tallies = facts(text, "unit_tally")
    assert [(t["count"], t["total"], t["state"]) for t in tallies] == [(3, 13, "dat_chuan"), (1, None, "nang_cao")]
    assert all(t["parent"]["name"] == "Chợ Đồn" for t in tallies)
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Bằng Lũng", "Đông Viên", "Ngọc Phái"}


def test_an_increment_is_not_a_tally():
    assert facts("Năm 2021, tỉnh Bắc Kạn công nhận thêm 5 xã đạt chuẩn nông thôn mới.", "unit_tally") == []


def test_a_range_of_criteria_is_a_criteria_state():
    [fact] = facts("Toàn huyện Pác Nặm có 9 xã đạt từ 11 - 14 tiêu chí.", "unit_tally")
    assert (fact["count"], fact["state"]) == (9, "criteria:11-14")


def test_indicators_are_not_criteria():
    assert facts("Xã Tân Lập hoàn thành 39/39 chỉ tiêu đề ra.", "criteria_count") == []
    [fact] = facts("Xã Tân Lập hoàn thành 19/19 tiêu chí nông thôn mới.", "criteria_count")
    assert (fact["achieved"], fact["total"]) == (19, 19)


def test_a_poverty_rate_takes_the_year_of_its_own_sentence_only():
    text = "Xã Bính Xá là xã biên giới. Năm 2016 còn khó khăn. Tỷ lệ hộ nghèo của xã Bính Xá còn 11,65%."
    [fact] = facts(text, "poverty_rate")
    assert (fact["value"], fact["period"]) == (11.65, None)


def test_money_and_area_indicators_are_converted():
    text = "Huyện Bắc Sơn: tổng diện tích gieo trồng đạt trên 11.800ha; tổng thu ngân sách đạt 34 tỷ đồng."
    found = {f["key"]: f["value"] for f in facts(text, "indicator")}
    assert found == {"sown_area": 11800, "budget_revenue": 34_000_000_000}


def test_a_legal_reference_is_normalised_with_its_date_and_issuer():
    text = "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về học tập."
    [fact] = facts(text, "legal_ref")
    assert (fact["number"], fact["kind"], fact["date"], fact["issuer"]) == (
        "05-CT/TW", "chi_thi", "2016-05-15", "Bộ Chính trị")


def test_a_day_month_legal_date_takes_the_dateline_year():
    [fact] = facts("Ngày 15/09, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 15/09 về việc này.",
                   "legal_ref", doc_date=dt.date(2020, 9, 20))
    assert fact["date"] == "2020-09-15"


def test_numbers_sharing_one_symbol_are_separate_references():
    numbers = [f["number"] for f in facts("Theo Quyết định 2165, 2166/QĐ-UBND của UBND tỉnh.", "legal_ref")]
    assert numbers == ["2165/QĐ-UBND", "2166/QĐ-UBND"]


def test_an_assignment_to_help_a_commune_is_a_support_fact():
    text = "Được phân công giúp đỡ xã Bành Trạch xây dựng NTM, năm 2023, Ban Dân vận Tỉnh ủy tiếp tục hỗ trợ."
    [fact] = facts(text, "support")
    assert (fact["helper"], fact["unit"]["name"], fact["year"]) == ("Ban Dân vận Tỉnh ủy", "Bành Trạch", 2023)


def test_a_province_named_only_inside_an_organisation_is_not_named():
    text = "Báo Bắc Kạn đưa tin. Toàn tỉnh có 59 xã đạt chuẩn nông thôn mới."
    [fact] = facts(text, "unit_tally")
    assert fact["parent"] == {"name": None, "level": "tinh", "parent": None}


def test_a_list_spelling_out_the_previous_sentence_takes_its_year():
    text = ("UBND tỉnh vừa ban hành Quyết định công nhận các xã đạt chuẩn nông thôn mới năm 2021 trên địa bàn "
            "tỉnh sau khi thẩm định hồ sơ của các huyện. Theo đó, công nhận 2 xã NTM gồm: Định Hòa (huyện Lai Vung); "
            "Phú Ninh (huyện Tam Nông).")
    found = {(f["unit"]["name"], f["year"]) for f in facts(text, "ntm_status")}
    assert found == {("Định Hòa", 2021), ("Phú Ninh", 2021)}


def test_basically_meeting_the_standard_is_not_meeting_it():
    assert facts("Tỉnh Điện Biên có 44/115 xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới.", "unit_tally") == []


def test_a_count_under_a_recognition_verb_is_an_increment_even_after_a_first_count():
    text = "Chủ tịch UBND tỉnh ký quyết định công nhận 05 xã đạt chuẩn nông thôn mới kiểu mẫu và 21 xã đạt chuẩn nông thôn mới nâng cao."
    assert facts(text, "unit_tally") == []


def test_a_goal_of_criteria_is_not_a_criteria_count():
    text = "Huyện phấn đấu đến năm 2020, xã Đắk Trăm đạt 16/19 tiêu chí."
    assert facts(text, "criteria_count") == []
