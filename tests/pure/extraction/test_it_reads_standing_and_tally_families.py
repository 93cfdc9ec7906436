"""Families of phrasing for a unit's standing and for tallies, each on an invented sentence (names and figures
are made up)."""


from nongthon.extraction.clean import recase_capitals
from nongthon.extraction.segment import segment

from .helpers import facts


def statuses(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["status"], f["modality"], f["year"])
            for f in facts(text, "ntm_status")}


def tally_keys(text):
    return {(f["parent"]["name"], f["parent"]["level"], f["child_level"], f["count"], f["total"], f["state"],
             f["year"], f["modality"]) for f in facts(text, "unit_tally")}


# Lists of named communes.

def test_an_abbreviated_city_in_parentheses_does_not_end_the_sentence():
    text = "Các xã gồm: Tân Hòa (TP. Lam Sơn), Phú Mỹ (huyện Đông Xuyên)."
    assert len(segment(text)) == 1


def test_communes_listed_after_a_plural_subject_and_its_standard_each_hold_it():
    text = ("Các xã đạt chuẩn nông thôn mới nâng cao gồm: Tân Hòa (TP. Lam Sơn), Phú Mỹ (huyện Đông Xuyên), "
            "Hòa Lạc, Vĩnh Xuân.")
    assert statuses(text) == {(name, "xa", "nang_cao", "achieved", None)
                              for name in ("Tân Hòa", "Phú Mỹ", "Hòa Lạc", "Vĩnh Xuân")}


# Verbs of reaching the standard, and headlines that set their predicate after the place.

def test_a_commune_raised_to_the_standard_holds_it():
    assert statuses("Xã Phú Điền lên chuẩn nông thôn mới năm 2019.") == {("Phú Điền", "xa", "dat_chuan", "achieved", 2019)}


def test_touching_the_finish_line_is_reaching_the_standard():
    text = "Năm 2018, xã Phú Điền chính thức chạm đích nông thôn mới."
    assert statuses(text) == {("Phú Điền", "xa", "dat_chuan", "achieved", 2018)}


def test_a_headline_predicate_opening_with_a_capital_after_its_place_is_read():
    assert statuses("Huyện Tân Phước (Lam Sơn): Về đích nông thôn mới") == {
        ("Tân Phước", "huyen", "dat_chuan", "achieved", None)}


def test_a_province_completing_the_building_of_new_rural_areas_holds_the_standard():
    assert statuses("Tỉnh Lam Sơn hoàn thành xây dựng nông thôn mới") == {
        ("Lam Sơn", "tinh", "dat_chuan", "achieved", None)}


def test_a_province_after_communes_completing_the_programme_holds_no_standard():
    text = "Sau khi hoàn thành xây dựng xã nông thôn mới, tỉnh Lam Sơn tiến lên xây dựng xã nông thôn mới nâng cao."
    assert statuses(text) == set()


# Headlines written in capitals.

def test_a_headline_in_capitals_is_read_and_its_evidence_is_the_stored_text():
    text = ("XÃ PHÚ ĐIỀN (HUYỆN TÂN PHƯỚC) ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO\n"
            "Ngày 4/3, UBND huyện Tân Phước công bố xã Phú Điền đạt chuẩn, với đường giao thông khang trang.")
    found = facts(text, "ntm_status")
    headline = [f for f in found if f["evidence"].startswith("XÃ PHÚ ĐIỀN")]
    assert [(f["unit"]["name"], f["unit"]["parent"], f["status"]) for f in headline] == [
        ("Phú Điền", "Tân Phước", "nang_cao")]


def test_a_line_in_capitals_keeps_its_abbreviations_and_document_numbers():
    text = "LAM SƠN: 6 XÃ ĐẠT CHUẨN NTM THEO KẾ HOẠCH 45/KH-UBND\nTỉnh Lam Sơn có thêm 6 xã đạt chuẩn NTM theo kế hoạch."
    recased = recase_capitals(text)
    assert recased.split("\n")[0] == "Lam Sơn: 6 xã đạt chuẩn NTM theo kế hoạch 45/KH-UBND"
    assert len(recased) == len(text)


def test_a_commune_placed_after_a_dash_in_its_city_keeps_its_own_name():
    text = "Xã Hòa Tiến - TP Đông Xuyên đã được công nhận xã nông thôn mới năm 2016."
    assert statuses(text) == {("Hòa Tiến", "xa", "dat_chuan", "achieved", 2016)}


# Lists of registered communes, sentence after sentence, the programme named only before them.

def test_registered_batches_listed_one_sentence_after_another_are_each_read():
    text = ("Tỉnh Lam Sơn đã duyệt danh sách 9 xã đăng ký hoàn thành xây dựng nông thôn mới trong giai đoạn tới.\n"
            "7 xã đăng ký hoàn thành trong năm 2026 là: Tân Hòa, Phú Điền (Đông Xuyên), Hòa Lạc. "
            "2 xã đăng ký hoàn thành trong năm 2027 là: Vĩnh Xuân (Tân Phước) và Mỹ Lộc.")
    keys = tally_keys(text)
    assert ("Lam Sơn", "tinh", "xa", 7, None, "dat_chuan", 2026, "target") in keys
    assert ("Lam Sơn", "tinh", "xa", 2, None, "dat_chuan", 2027, "target") in keys
    assert {("Vĩnh Xuân", "xa", "dat_chuan", "target", 2027), ("Mỹ Lộc", "xa", "dat_chuan", "target", 2027),
            ("Hòa Lạc", "xa", "dat_chuan", "target", 2026)} <= statuses(text)


# Model communes outstanding in a field; a batch of new ones is no stock.

def test_a_commune_outstanding_in_a_field_is_a_model_commune():
    text = "Xã Hòa Lạc, huyện Tân Phước đạt chuẩn nông thôn mới nổi trội về lĩnh vực giáo dục."
    assert statuses(text) == {("Hòa Lạc", "xa", "kieu_mau", "achieved", None)}


def test_new_communes_just_recognised_are_a_batch_not_a_stock():
    text = "4 xã mới ở tỉnh Lam Sơn vừa được công nhận đạt chuẩn nông thôn mới kiểu mẫu."
    assert facts(text, "unit_tally") == []


def test_communes_a_recognition_is_given_to_each_hold_the_standard():
    text = ("Năm 2021, Hội đồng thẩm định tỉnh Lam Sơn đã xét công nhận đạt chuẩn nông thôn mới cho các xã "
            "Tân Hòa (Đông Xuyên), Phú Điền và Mỹ Lộc (Tân Phước).")
    assert statuses(text) == {(name, "xa", "dat_chuan", "achieved", 2021) for name in ("Tân Hòa", "Phú Điền", "Mỹ Lộc")}


# Tallies stated as ranges or shares.

def test_a_range_of_communes_is_no_count():
    assert facts("Năm 2024, tỉnh Lam Sơn phấn đấu có thêm 4-6 xã đạt chuẩn nông thôn mới.", "unit_tally") == []
    assert facts("Huyện Tân Phước có 2 – 3 xã đạt chuẩn nông thôn mới.", "unit_tally") == []


# Goal and result.

def test_the_figure_of_a_goal_that_was_beaten_is_the_goal():
    text = ("Đến tháng 9/2022, tỉnh Lam Sơn có 64/120 xã đạt chuẩn nông thôn mới, vượt chỉ tiêu có 58 xã đạt chuẩn "
            "vào cuối năm 2022.")
    keys = tally_keys(text)
    assert ("Lam Sơn", "tinh", "xa", 58, None, "dat_chuan", 2022, "target") in keys
    assert not any(k[3] == 58 and k[7] == "achieved" for k in keys)


def test_goals_set_out_district_by_district_stay_goals_in_the_sentences_after_the_first():
    text = ("Năm 2025, mục tiêu cụ thể cho từng huyện như: Huyện Tân Phước có 2 xã đạt chuẩn nông thôn mới "
            "(xã Hòa Lạc, xã Mỹ Lộc). Huyện Đông Xuyên có 1 xã đạt chuẩn nông thôn mới (xã Phú Điền).")
    assert ("Phú Điền", "xa", "dat_chuan", "target", None) in statuses(text) or \
        ("Phú Điền", "xa", "dat_chuan", "target", 2025) in statuses(text)
    assert all(f["modality"] == "target" for f in facts(text, "ntm_status") + facts(text, "unit_tally"))


def test_criteria_of_the_remaining_communes_are_not_the_count_of_districts_before_them():
    text = "Phấn đấu đến năm 2025 có 1 huyện đạt chuẩn nông thôn mới, các xã còn lại đạt từ 12 tiêu chí trở lên."
    assert not any(k[5].startswith("criteria") for k in tally_keys(text))


# Numbered names; "về đích xây dựng nông thôn mới".

def test_a_numbered_commune_keeps_its_number_wherever_the_text_names_it_so():
    text = ("Lam Sơn: Xã Phú Điền 2 bứt phá về đích xây dựng nông thôn mới\n"
            "Năm 2021, xã Phú Điền 2, huyện Tân Phước đã được công nhận đạt chuẩn nông thôn mới.")
    assert statuses(text) == {("Phú Điền 2", "xa", "dat_chuan", "achieved", None),
                              ("Phú Điền 2", "xa", "dat_chuan", "achieved", 2021)}


def test_a_count_after_a_commune_is_no_part_of_its_name():
    text = "Xã Phú Điền 12 tiêu chí, xã Hòa Lạc đạt chuẩn nông thôn mới."
    assert "Phú Điền 12" not in {f["unit"]["name"] for f in facts(text)}


# Totals stated with "tổng số".

def test_a_raised_total_stated_with_dat_is_a_stock():
    text = ("Năm 2019, tỉnh Lam Sơn có thêm 21 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn toàn tỉnh "
            "đến cuối năm 2019 đạt 133 xã.")
    assert ("Lam Sơn", "tinh", "xa", 133, None, "dat_chuan", 2019, "achieved") in tally_keys(text)


def test_the_total_number_of_communes_in_the_state_is_a_stock():
    text = "Đến nay, tỉnh Lam Sơn có tổng số xã đạt chuẩn nông thôn mới trên toàn tỉnh là 214 xã."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 214, None, "dat_chuan", None, "achieved")}


# Groups that are not stocks: the list of a decision, a group said to have none.

def test_the_list_of_a_decision_is_no_stock():
    text = "Danh sách 12 xã thuộc 5 huyện đạt chuẩn nông thôn mới: Tân Hòa, Phú Điền, Hòa Lạc."
    assert facts(text, "unit_tally") == []


def test_a_district_that_once_had_no_standard_commune_is_no_count():
    text = ("Huyện Tân Phước, tỉnh Lam Sơn đã có nhiều đổi thay. Từ một huyện chưa có xã đạt chuẩn nông thôn mới "
            "thì đến nay đã có 9/17 xã cán đích nông thôn mới.")
    keys = tally_keys(text)
    assert not any(k[2] == "huyen" for k in keys)
    assert {k[3:5] for k in keys} == {(9, 17)}


# Criteria of another subject after a count of communes.

def test_a_districts_criteria_after_its_communes_count_are_not_the_communes_state():
    for text in ("Huyện Tân Phước có 14/14 xã đạt chuẩn nông thôn mới, huyện hoàn thành 9/9 tiêu chí.",
                 "Huyện Tân Phước có 14/14 xã được công nhận nông thôn mới, đạt 9/9 tiêu chí."):
        assert not any(k[5].startswith("criteria") for k in tally_keys(text)), text


def test_counts_after_a_goal_that_was_met_are_results():
    text = ("Đến tháng 6/2022, tỉnh Lam Sơn có 98/120 xã đạt chuẩn nông thôn mới, cơ bản hoàn thành mục tiêu "
            "giai đoạn 2021-2025; có 41 xã đạt chuẩn nông thôn mới nâng cao, vượt mục tiêu được giao.")
    assert {k[7] for k in tally_keys(text)} == {"achieved"}


def test_a_goal_to_be_met_is_still_a_goal():
    text = "Để hoàn thành mục tiêu đạt chuẩn nông thôn mới năm 2025, xã Phú Điền đã tập trung mọi nguồn lực."
    assert statuses(text) == {("Phú Điền", "xa", "dat_chuan", "target", 2025)}


def test_goals_listed_one_sentence_each_after_the_goal_stay_goals():
    text = ("Mục tiêu đến hết năm 2025, tỉnh Lam Sơn có ít nhất 3 huyện đạt chuẩn nông thôn mới. "
            "60 xã trở lên đạt chuẩn nông thôn mới. 150/400 thôn đạt chuẩn nông thôn mới.")
    assert {(k[2], k[3], k[7]) for k in tally_keys(text)} == {("huyen", 3, "target"), ("xa", 60, "target"),
                                                             ("thon", 150, "target")}


def test_the_end_of_a_year_written_without_nam_dates_a_tally():
    text = "Tính đến cuối 2023, trên địa bàn tỉnh Lam Sơn có 80/120 xã đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 80, 120, "dat_chuan", 2023, "achieved")}


def test_a_share_written_with_tren_tong_so_keeps_count_and_total():
    for text in ("Tỉnh Lam Sơn có 45 trên tổng số 120 xã đạt chuẩn nông thôn mới.",
                 "Tỉnh Lam Sơn có 45 xã trên tổng số 120 xã đạt chuẩn nông thôn mới."):
        assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 45, 120, "dat_chuan", None, "achieved")}, text


def test_the_count_before_a_raised_total_is_the_increment():
    text = ("Năm 2022, tỉnh Lam Sơn có 5 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn "
            "lên 45/120 xã.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 45, 120, "dat_chuan", 2022, "achieved")}


def test_a_headline_in_capitals_alone_lowers_the_reports_ordinary_words():
    assert statuses("XÃ HÒA LẠC ĐÓN NHẬN BẰNG CÔNG NHẬN ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO") == {
        ("Hòa Lạc", "xa", "nang_cao", "achieved", None)}


def test_a_headline_saying_basically_reached_with_a_capital_states_no_standing():
    assert statuses("Xã Hòa Lạc, huyện Tân Phước: Cơ bản đạt chuẩn nông thôn mới nâng cao") == set()


def test_communes_listed_district_by_district_between_semicolons_each_hold_the_state():
    text = ("Xã Hòa Lạc, xã Mỹ Lộc và xã Tân Hòa (huyện Tân Phước); xã Phú Điền (huyện Đông Xuyên); "
            "xã Vĩnh Xuân (huyện Hà Lam) đạt chuẩn nông thôn mới năm 2022.")
    assert statuses(text) == {(name, "xa", "dat_chuan", "achieved", 2022)
                              for name in ("Hòa Lạc", "Mỹ Lộc", "Tân Hòa", "Phú Điền", "Vĩnh Xuân")}


# Years of a result and of a goal in one sentence; a plan's year opening the sentence.

def test_a_result_dated_before_a_coordinated_goal_keeps_its_year():
    text = ("Xã Hòa Lạc đã đạt chuẩn nông thôn mới năm 2016 và đang phấn đấu đạt chuẩn nông thôn mới nâng cao "
            "vào năm 2026.")
    assert statuses(text) == {("Hòa Lạc", "xa", "dat_chuan", "achieved", 2016),
                              ("Hòa Lạc", "xa", "nang_cao", "target", 2026)}


def test_a_plan_for_a_year_opening_the_sentence_makes_its_counts_goals():
    text = "Kế hoạch năm 2026, huyện Tân Phước có 4 xã đạt chuẩn nông thôn mới nâng cao."
    assert tally_keys(text) == {("Tân Phước", "huyen", "xa", 4, None, "nang_cao", 2026, "target")}


def test_a_share_of_communes_with_its_count_in_parentheses_is_a_tally():
    text = "Hết năm 2023, huyện Tân Phước có 100% số xã đạt chuẩn nông thôn mới (14/14 xã)."
    assert tally_keys(text) == {("Tân Phước", "huyen", "xa", 14, 14, "dat_chuan", 2023, "achieved")}


def test_a_list_opened_with_gom_cac_xa_and_a_colon_is_read():
    text = ("UBND tỉnh Lam Sơn vừa công nhận 3 xã đạt chuẩn nông thôn mới năm 2022, gồm các xã: Hòa Lạc, "
            "Mỹ Lộc (huyện Tân Phước) và Vĩnh Xuân (huyện Đông Xuyên).")
    assert statuses(text) == {(name, "xa", "dat_chuan", "achieved", 2022) for name in ("Hòa Lạc", "Mỹ Lộc", "Vĩnh Xuân")}


def test_a_standing_dated_after_the_article_is_a_goal():
    # the article is dated 2 May 2023 (DATELINE)
    text = "Xã Hòa Lạc nằm trong lộ trình đạt chuẩn nông thôn mới nâng cao năm 2025."
    assert statuses(text) == {("Hòa Lạc", "xa", "nang_cao", "target", 2025)}


def test_the_year_of_an_earlier_recognition_does_not_date_a_later_goal():
    text = ("Trên nền tảng được công nhận xã nông thôn mới năm 2016, xã Hòa Lạc tiếp tục phấn đấu trở thành "
            "xã nông thôn mới nâng cao.")
    assert ("Hòa Lạc", "xa", "nang_cao", "target", None) in statuses(text)


def test_two_named_consecutive_years_are_one_period():
    text = ("UBND tỉnh Lam Sơn đã phê duyệt danh sách 12 xã đăng ký hoàn thành xây dựng nông thôn mới "
            "trong 2 năm 2022 và 2023.")
    assert {k[6] for k in tally_keys(text)} == {"2022-2023"}


def test_units_chosen_to_be_built_up_to_a_grade_are_goals():
    text = "Năm nay, xã Hòa Lạc tiếp tục chọn thôn Bãi Dài để xây dựng thôn nông thôn mới kiểu mẫu năm 2024."
    assert statuses(text) == {("Bãi Dài", "thon", "kieu_mau", "target", 2024)}
    text = "Tỉnh Lam Sơn chọn 2 xã Hòa Lạc, Mỹ Lộc để xây dựng xã nông thôn mới kiểu mẫu."
    assert statuses(text) == {("Hòa Lạc", "xa", "kieu_mau", "target", None), ("Mỹ Lộc", "xa", "kieu_mau", "target", None)}
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 2, None, "kieu_mau", None, "target")}


def test_villages_counted_with_a_compound_noun_before_the_programme_are_a_tally():
    text = "Tỉnh Lam Sơn có 64 thôn, bản nông thôn mới và 12 thôn, bản nông thôn mới kiểu mẫu."
    assert {(k[2], k[3], k[5]) for k in tally_keys(text)} == {("thon", 64, "dat_chuan"), ("thon", 12, "kieu_mau")}


def test_a_header_in_capitals_does_not_teach_the_casing_of_a_headline():
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA LẠC ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO\n"
            "Xã Hòa Lạc có đường giao thông khang trang.")
    assert statuses(text) == {("Hòa Lạc", "xa", "nang_cao", "achieved", None)}
