"""Phrasings met in articles from many provinces, each on an invented sentence (names and figures are made up)."""

import datetime as dt

from nongthon.extraction import extract

from .helpers import OPTIONS, facts


def tally_keys(text):
    return {(f["parent"]["name"], f["parent"]["level"], f["child_level"], f["count"], f["total"], f["state"])
            for f in facts(text, "unit_tally")}


# Units still being appraised are not recognised yet.

def test_units_preparing_their_files_are_no_status_and_no_tally():
    text = ("Đến nay, tỉnh Lam Sơn có 3/9 huyện đạt chuẩn nông thôn mới, 2 huyện đang hoàn thiện hồ sơ "
            "trình Trung ương thẩm định công nhận đạt chuẩn nông thôn mới (Tân Mỹ, Hòa Lạc).")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "huyen", 3, 9, "dat_chuan")}
    assert facts(text, "ntm_status") == []


# A group already counted, or the batch of a decision, is no stock.

def test_a_group_named_again_with_a_demonstrative_is_no_tally():
    text = "6 xã này đều đạt chuẩn nông thôn mới theo Bộ tiêu chí quốc gia."
    assert facts(text, "unit_tally") == []


def test_communes_announced_as_a_batch_are_no_tally():
    assert facts("Tỉnh Lam Sơn công bố 6 xã đạt chuẩn nông thôn mới.", "unit_tally") == []


# Which name is the province "toàn tỉnh" means.

def test_a_province_inside_a_department_with_an_abbreviation_names_no_province():
    text = ("Sở Nông nghiệp và Phát triển nông thôn (NN-PTNT) tỉnh Lam Sơn cho biết toàn tỉnh có 28 xã "
            "đạt chuẩn nông thôn mới.")
    assert tally_keys(text) == {(None, "tinh", "xa", 28, None, "dat_chuan")}


def test_a_province_named_as_the_place_of_a_set_of_criteria_is_named():
    text = ("UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới trên địa bàn tỉnh Lam Sơn. "
            "Đến nay, toàn tỉnh có 66/86 xã đạt chuẩn nông thôn mới.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 66, 86, "dat_chuan")}


# Counted kinds and parenthesised members are not the parent of a later count.

def test_a_list_of_kinds_after_a_count_names_no_unit():
    text = ("Đến nay, tỉnh Lam Sơn có 3/11 huyện, thị xã, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới "
            "(thị xã Tân Mỹ, Hòa Lạc và thành phố Đông Xuyên), 66/86 xã được công nhận đạt chuẩn nông thôn mới.")
    keys = tally_keys(text)
    assert ("Lam Sơn", "tinh", "xa", 66, 86, "dat_chuan") in keys
    assert ("Lam Sơn", "tinh", "huyen", 3, 11, "dat_chuan") in keys


# More ways of naming the standard.

def test_a_quoted_title_of_the_standard_is_the_standard():
    text = "UBND tỉnh công nhận xã Tân Mỹ, Hòa Lạc (huyện Đông Xuyên) đạt chuẩn “Xã nông thôn mới nâng cao” năm 2020."
    found = {(f["unit"]["name"], f["status"], f["year"]) for f in facts(text, "ntm_status")}
    assert found == {("Tân Mỹ", "nang_cao", 2020), ("Hòa Lạc", "nang_cao", 2020)}


def test_completing_the_national_target_programme_is_reaching_the_standard():
    text = "Trong năm 2024, tỉnh Lam Sơn có 12 xã phấn đấu hoàn thành chương trình mục tiêu quốc gia xây dựng nông thôn mới."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 12, None, "dat_chuan")}
    [tally] = facts(text, "unit_tally")
    assert (tally["year"], tally["modality"]) == (2024, "target")


def test_hamlets_recognised_as_model_hamlets_are_counted_as_villages():
    text = "Toàn tỉnh Lam Sơn có 63 xóm được công nhận đạt xóm nông thôn mới kiểu mẫu."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "thon", 63, None, "kieu_mau")}


# Years and periods.

def test_a_quarter_dates_its_sentence():
    text = "Đến hết quý II-2019, tỉnh Lam Sơn có 4 huyện đạt chuẩn nông thôn mới."
    [tally] = facts(text, "unit_tally")
    assert tally["year"] == 2019


def test_the_period_of_a_set_of_criteria_dates_no_later_clause():
    text = ("Đến nay 100% xã trong huyện Tân Mỹ được công nhận đạt chuẩn nông thôn mới giai đoạn 2021-2025; "
            "có 5 xã được công nhận đạt chuẩn nông thôn mới nâng cao.")
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["state"], tally["year"]) == (5, "nang_cao", None)


def test_a_year_framing_the_first_clause_dates_the_later_ones():
    text = "Hết năm 2018, tỉnh Lam Sơn có 20 xã đạt chuẩn nông thôn mới; 3 xã đạt chuẩn nông thôn mới nâng cao."
    assert {f["year"] for f in facts(text, "unit_tally")} == {2018}


# Cities, mixed states, rates.

def test_the_city_of_an_article_about_a_centrally_run_city_is_a_province():
    text = "Thành phố Hà Nội đẩy mạnh xây dựng nông thôn mới. Tính đến nay, thành phố có 382/382 xã đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {("Hà Nội", "tinh", "xa", 382, 382, "dat_chuan")}


def test_a_count_of_two_states_at_once_is_no_tally():
    text = "Hết năm 2021, tỉnh Lam Sơn có 88/150 xã đạt chuẩn nông thôn mới và nông thôn mới nâng cao."
    assert facts(text, "unit_tally") == []


def test_a_yearly_rate_is_no_tally():
    text = "Như vậy, trung bình mỗi năm tỉnh Lam Sơn phải có 7 xã đạt chuẩn nông thôn mới."
    assert facts(text, "unit_tally") == []


def test_a_goal_the_province_must_reach_is_a_target():
    text = "Đến năm 2020, toàn tỉnh Lam Sơn phải có 35 xã đạt chuẩn nông thôn mới."
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["modality"], tally["year"]) == (35, "target", 2020)


def test_the_standard_without_the_programmes_name_after_a_sentence_about_it():
    text = ("UBND tỉnh vừa ban hành các quyết định công nhận xã đạt chuẩn nông thôn mới năm 2017. "
            "Theo đó, đến nay tỉnh Lam Sơn có 27 xã đạt chuẩn, gồm: xã Tân Mỹ, huyện Hòa Lạc; xã Phú An, huyện Đông Xuyên.")
    names = {f["unit"]["name"] for f in facts(text, "ntm_status")}
    assert names == {"Tân Mỹ", "Phú An"}


# Dates of documents.

def test_the_number_heading_an_administrative_document_takes_its_header_date():
    text = ("UỶ BAN NHÂN DÂN\nTỈNH LAM SƠN\n\nSố: 24/KH-UBND\n\nLam Sơn, ngày 11 tháng 3 năm 2019\n\n"
            "KẾ HOẠCH\n\nThực hiện Chương trình xây dựng nông thôn mới năm 2019.")
    [ref] = facts(text, "legal_ref")
    assert (ref["number"], ref["kind"], ref["date"]) == ("24/KH-UBND", "ke_hoach", "2019-03-11")


def test_a_dateline_with_a_time_and_zone_dates_day_month_decisions():
    text = ("Lam Sơn: Thêm một xã đạt chuẩn\n\n22/03/2015, 20:41 (GMT+7)\n\n"
            "Ngày 18/3, Chủ tịch UBND tỉnh ban hành Quyết định 350/QĐ-UBND công nhận xã Tân Mỹ đạt chuẩn xã NTM.")
    found = extract(text, "t", registry=None, options=OPTIONS)
    [ref] = [f for f in found if f["type"] == "legal_ref"]
    assert ref["date"] == "2015-03-18"


# Raised totals and goals that reach over clauses and sentences.

def test_a_raised_total_with_the_count_after_the_state():
    text = ("Trong năm 2022 tỉnh Lam Sơn sẽ phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới, "
            "nâng tổng số đạt chuẩn của toàn tỉnh lên 310/411 xã.")
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["total"], tally["state"], tally["year"], tally["modality"]) == \
        (310, 411, "dat_chuan", 2022, "target")


def test_a_raised_total_of_communes_meeting_all_criteria():
    text = "Tỉnh Lam Sơn có thêm 6 xã, nâng tổng số xã đạt 19 tiêu chí đến cuối năm 2016 là 28/94 xã."
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["total"], tally["state"], tally["year"]) == (28, 94, "criteria:19-19", 2016)


def test_a_goal_opening_a_sentence_governs_its_later_clauses():
    text = ("Tỉnh Lam Sơn phấn đấu có thêm 22 xã đạt chuẩn nông thôn mới nâng cao; có thêm 4 xã đạt chuẩn "
            "nông thôn mới kiểu mẫu, nâng tổng số xã đạt chuẩn nông thôn mới kiểu mẫu của toàn tỉnh lên 6 xã.")
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["state"], tally["modality"]) == (6, "kieu_mau", "target")


def test_the_parts_of_a_goal_are_goals():
    text = ("Đến năm 2025 tỉnh Lam Sơn phấn đấu có ít nhất 155/194 xã đạt chuẩn nông thôn mới. "
            "Trong đó, có 64 xã đạt chuẩn nông thôn mới nâng cao.")
    assert {(f["count"], f["modality"]) for f in facts(text, "unit_tally")} == {(155, "target"), (64, "target")}


def test_a_batch_that_just_crossed_the_line_is_no_tally_but_each_member_reached_the_standard():
    text = "4 xã vừa cán đích nông thôn mới gồm: Tân Mỹ, Hòa Lạc, Phú An và Đông Xuyên của huyện Lam Sơn."
    assert facts(text, "unit_tally") == []
    assert {(f["unit"]["name"], f["status"]) for f in facts(text, "ntm_status")} == {
        ("Tân Mỹ", "dat_chuan"), ("Hòa Lạc", "dat_chuan"), ("Phú An", "dat_chuan"), ("Đông Xuyên", "dat_chuan")}


# Criteria counts.

def test_communes_named_in_parentheses_after_a_count_each_met_the_criteria():
    text = "Đến nay, huyện Lam Sơn có 2 xã (Tân Mỹ, Hòa Lạc) đạt 11 tiêu chí; 1 xã (Phú An) đạt 19 tiêu chí."
    found = {(f["unit"]["name"], f["achieved"]) for f in facts(text, "criteria_count")}
    assert found == {("Tân Mỹ", 11), ("Hòa Lạc", 11), ("Phú An", 19)}


def test_a_group_named_before_shares_its_criteria_but_is_no_tally():
    text = ("6 xã được công nhận lần này là: Tân Mỹ (Lam Sơn); Hòa Lạc, Phú An (Đông Xuyên); Cát Tiên, "
            "Bình Minh (Hà Châu); Yên Thế (Mỹ Lộc). 6 xã này đều đạt 19 tiêu chí theo Bộ tiêu chí quốc gia.")
    assert facts(text, "unit_tally") == []
    found = {(f["unit"]["name"], f["achieved"], f["total"]) for f in facts(text, "criteria_count")}
    assert found == {(n, 19, None) for n in ("Tân Mỹ", "Hòa Lạc", "Phú An", "Cát Tiên", "Bình Minh", "Yên Thế")}


def test_criteria_summed_over_a_group_are_no_communes_count():
    text = "Các xã Tân Mỹ, Hòa Lạc và Phú An đăng ký về đích. 3 xã này đã đạt 40/57 tiêu chí."
    assert facts(text, "criteria_count") == []


def test_a_named_commune_after_a_count_has_its_own_criteria():
    text = "Huyện Lam Sơn đã có 06/07 xã đạt chuẩn nông thôn mới, còn lại xã Phú An đạt 16/19 tiêu chí."
    [count] = facts(text, "criteria_count")
    assert (count["unit"]["name"], count["achieved"], count["total"]) == ("Phú An", 16, 19)
    assert all(not f["state"].startswith("criteria") for f in facts(text, "unit_tally"))


def test_a_share_of_communes_and_a_province_meet_no_criteria():
    assert facts("Huyện Lam Sơn có 100% số xã trên địa bàn hoàn thành 19/19 tiêu chí.", "criteria_count") == []
    assert facts("Tỉnh Lam Sơn đạt 20 tiêu chí xã nông thôn mới nâng cao.", "criteria_count") == []


def test_the_parts_of_a_recognised_batch_are_no_tallies():
    text = ("UBND tỉnh vừa ban hành quyết định công nhận đạt chuẩn nông thôn mới đối với 3 xã ở huyện Lam Sơn. "
            "Cụ thể, 2 xã Tân Mỹ và Hòa Lạc đạt chuẩn nông thôn mới, xã Phú An đạt chuẩn nông thôn mới nâng cao.")
    assert facts(text, "unit_tally") == []


def test_bare_commune_stating_its_result_in_an_article_about_it():
    text = ("Xã Tân Mỹ đạt chuẩn nông thôn mới\n\nXã Tân Mỹ, huyện Lam Sơn được công nhận đạt chuẩn nông thôn mới. "
            "Qua 10 năm thực hiện chương trình nông thôn mới, xã đã hoàn thành 19/19 tiêu chí nông thôn mới.")
    [count] = facts(text, "criteria_count")
    assert (count["unit"]["name"], count["achieved"], count["total"]) == ("Tân Mỹ", 19, 19)


def test_totals_written_with_words():
    assert tally_keys("Toàn tỉnh Lam Sơn có 3 trên 9 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.") \
        == {("Lam Sơn", "tinh", "huyen", 3, 9, "dat_chuan")}
    assert tally_keys("Tính đến tháng 4.2020, tỉnh Lam Sơn có 160 trong tổng số 178 xã được công nhận đạt chuẩn NTM.") \
        == {("Lam Sơn", "tinh", "xa", 160, 178, "dat_chuan")}


def test_a_parenthesis_with_figures_between_the_count_and_the_standard():
    text = "Tính đến hết tháng 6, cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {(None, "nuoc", "xa", 5775, 8227, "dat_chuan")}


def test_a_level_word_after_a_comma_is_no_list_of_kinds_unless_counted():
    text = "Về cấp xã, tỉnh Lam Sơn đã có 374/449 xã đạt chuẩn NTM."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 374, 449, "dat_chuan")}


# Lists that spell out the units of the sentence before.

def test_a_list_of_the_batch_takes_the_year_of_the_sentence_counting_it():
    text = ("Chủ tịch UBND tỉnh Lam Sơn vừa ký quyết định công nhận 3 xã đạt chuẩn nông thôn mới (NTM) đợt 2 năm 2019.\n\n"
            "Các xã được công nhận đạt chuẩn NTM đợt này bao gồm: Tân Mỹ, Hòa Lạc (huyện Đông Xuyên); Phú An "
            "(huyện Mỹ Lộc).")
    found = {(f["unit"]["name"], f["year"]) for f in facts(text, "ntm_status")}
    assert found == {("Tân Mỹ", 2019), ("Hòa Lạc", 2019), ("Phú An", 2019)}


def test_a_list_after_a_photo_caption_continues_the_sentence_before_the_caption():
    caption = "Người dân các xã làm đường giao thông để về đích nông thôn mới"
    text = ("Trong năm 2017, tỉnh Lam Sơn có 3 xã đăng ký phấn đấu đạt chuẩn nông thôn mới.\n\n"
            f"{caption}{caption}\n\n"
            "Đó là các xã: Tân Mỹ (Đông Xuyên); Hòa Lạc, Phú An (Mỹ Lộc).")
    found = {(f["unit"]["name"], f["modality"], f["year"]) for f in facts(text, "ntm_status")}
    assert found == {("Tân Mỹ", "target", 2017), ("Hòa Lạc", "target", 2017), ("Phú An", "target", 2017)}


# Whose figure it is.

def test_figures_without_a_subject_in_an_article_headlined_commune_then_district():
    text = ("Xã Tân Mỹ, huyện Lam Sơn về đích nông thôn mới\n\n"
            "Đời sống của nhân dân phát triển rõ rệt. Năm 2016, thu nhập bình quân đầu người đạt 39 triệu "
            "đồng/người/năm, đến năm 2021 đạt 72 triệu đồng/người/năm.")
    found = {(f["unit"]["name"], f["unit"]["level"], f["value"], f["period"]) for f in facts(text, "indicator")}
    assert found == {("Tân Mỹ", "xa", 39, 2016), ("Tân Mỹ", "xa", 72, 2021)}


def test_figures_after_a_sentence_about_an_unnamed_district_are_the_districts():
    text = ("Người dân xã Tân Mỹ làm đường.\n\nHuyện đã xây dựng 25,5 km đường nông thôn. "
            "Hiện có 95% số dân được sử dụng điện; 99,8% người dân được sử dụng nước sinh hoạt hợp vệ sinh.")
    found = {(f["unit"]["name"], f["unit"]["level"], f["key"]) for f in facts(text, "indicator")}
    assert found == {(None, "huyen", "electricity_households"), (None, "huyen", "clean_water_rural")}


def test_a_year_opening_the_next_sentence_does_not_date_the_figure_before_it():
    text = ("Xã Tân Mỹ có thu nhập bình quân đầu người năm 2022 đạt 33.500.000đ/người. "
            "năm 2021 xã đã đạt 17/19 tiêu chí.")
    [income] = facts(text, "indicator")
    assert income["period"] == 2022


def test_one_date_after_a_list_of_symbols_dates_each():
    text = "Đó là xã Tân Mỹ theo các Quyết định số 1495/QĐ-UBND, 1496/QĐ-UBND ngày 23/6/2020 của Chủ tịch UBND tỉnh."
    assert {(f["number"], f["date"]) for f in facts(text, "legal_ref")} == {
        ("1495/QĐ-UBND", "2020-06-23"), ("1496/QĐ-UBND", "2020-06-23")}


def test_a_decision_a_body_has_on_a_date_is_dated_and_a_submission_is_cited():
    text = ("Ngày 10/2/2020, UBND tỉnh Lam Sơn có Quyết định số 273/QĐ-UBND về việc công nhận xã đạt chuẩn. "
            "Theo đề nghị của Sở tại Tờ trình số 820/TTr-SNN ngày 21/6/2021 về việc phê duyệt Kế hoạch.")
    assert {(f["number"], f["kind"], f["date"]) for f in facts(text, "legal_ref")} == {
        ("273/QĐ-UBND", "quyet_dinh", "2020-02-10"), ("820/TTr-SNN", "other", "2021-06-21")}


def test_a_header_laid_out_as_a_table_dates_its_number():
    text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 387/KH-UBND | Lam Sơn, ngày 01 tháng 7 năm 2021 |\n"
    [ref] = facts(text, "legal_ref")
    assert (ref["number"], ref["date"]) == ("387/KH-UBND", "2021-07-01")


def test_a_series_of_poverty_rates_each_with_its_year():
    text = ("Cụ thể, năm 2010, tỷ lệ hộ nghèo của tỉnh Lam Sơn lên tới 22,8%, giảm xuống còn 18,22% (năm 2011); "
            "14,51% (năm 2012); 8,40% (năm 2014).")
    assert {(f["value"], f["period"]) for f in facts(text, "poverty_rate")} == {
        (22.8, 2010), (18.22, 2011), (14.51, 2012), (8.4, 2014)}


def test_two_mentions_of_the_rate_keep_their_own_values():
    text = "Năm 2010 tỷ lệ hộ nghèo của tỉnh Lam Sơn là 50% (cao nhất nước), đến năm 2014, tỷ lệ hộ nghèo chỉ còn 31%."
    assert {(f["value"], f["period"]) for f in facts(text, "poverty_rate")} == {(50, 2010), (31, 2014)}


def test_completing_the_programme_without_building_and_a_year_in_parentheses():
    text = "Năm 2010 mỗi xã đạt 3,52 tiêu chí. 5 năm sau (năm 2015), tỉnh Lam Sơn có 17 xã hoàn thành nông thôn mới."
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["state"], tally["year"]) == (17, "dat_chuan", 2015)


def test_a_share_and_a_parenthesis_between_the_count_and_the_standard():
    text = ("Toàn tỉnh Lam Sơn có 95/112 xã đạt 19 tiêu chí NTM, trong đó có 83 xã, chiếm 74,1% xã được công nhận "
            "đạt chuẩn NTM; 54/91 xã (đạt 59,3% tổng số xã) đạt chuẩn nâng cao.")
    keys = tally_keys(text)
    assert ("Lam Sơn", "tinh", "xa", 83, None, "dat_chuan") in keys
    assert ("Lam Sơn", "tinh", "xa", 54, 91, "nang_cao") in keys


def test_communes_visited_to_assess_their_criteria_are_not_recognised_yet():
    text = ("Đoàn đã làm việc tại xã Tân Mỹ để đánh giá các tiêu chí xét công nhận xã hoàn thành chương trình "
            "nông thôn mới năm 2019.")
    assert facts(text, "ntm_status") == []


def test_a_goal_year_in_the_next_sentence_does_not_make_a_result_a_goal():
    text = "Đến tháng 7/2022, tỉnh Lam Sơn có 22 xã nông thôn mới nâng cao. Phấn đấu đến năm 2025 có 30 xã nâng cao."
    found = {(f["count"], f["modality"]) for f in facts(text, "unit_tally")}
    assert (22, "achieved") in found


def test_the_sentence_after_a_goal_opening_with_besides_continues_it():
    text = ("Tỉnh Lam Sơn đặt mục tiêu đến cuối năm 2023 sẽ có thêm 2 xã đạt chuẩn nông thôn mới, gồm các xã Tân Mỹ, "
            "Hòa Lạc. Bên cạnh đó, có 2 xã đạt chuẩn nông thôn mới nâng cao là Phú An (huyện Đông Xuyên), Yên Thế "
            "(huyện Mỹ Lộc).")
    found = {(f["unit"]["name"], f["status"], f["modality"]) for f in facts(text, "ntm_status")}
    assert ("Phú An", "nang_cao", "target") in found and ("Yên Thế", "nang_cao", "target") in found


def test_the_figure_of_a_comparison_base_year_in_parentheses():
    text = "Thu ngân sách nhà nước của tỉnh Lam Sơn năm 2018 đạt 8.368 tỷ đồng, tăng gấp 4 lần so với năm 2010 (2.106 tỷ đồng)."
    found = {(f["key"], f["value"], f["period"]) for f in facts(text, "indicator")}
    assert found == {("budget_revenue", 8368000000000, 2018), ("budget_revenue", 2106000000000, 2010)}


def test_a_poverty_rate_from_one_year_to_another():
    text = "Tỷ lệ hộ nghèo toàn tỉnh Lam Sơn giảm mạnh từ 26,96% năm 2010 xuống còn 4,76% năm 2024."
    assert {(f["value"], f["period"]) for f in facts(text, "poverty_rate")} == {(26.96, 2010), (4.76, 2024)}


def test_the_standard_in_a_field_is_the_model_standard():
    [status] = facts("Xã Tân Mỹ (huyện Lam Sơn) được công nhận đạt chuẩn nông thôn mới về lĩnh vực văn hóa.", "ntm_status")
    assert (status["unit"]["name"], status["status"]) == ("Tân Mỹ", "kieu_mau")


def test_communes_not_yet_meeting_the_criteria_have_no_count():
    text = "Tỉnh Lam Sơn phấn đấu có 2 xã gồm Tân Mỹ, Hòa Lạc về đích. Đến nay, cả 2 xã này đều chưa đạt 19 tiêu chí."
    assert facts(text, "criteria_count") == []


def test_communes_listed_after_their_criteria_each_met_them():
    text = "Huyện Lam Sơn có 03/56 xã đạt 18/19 tiêu chí gồm: Tân Mỹ, Hòa Lạc, Phú An."
    found = {(f["unit"]["name"], f["achieved"], f["total"]) for f in facts(text, "criteria_count")}
    assert found == {("Tân Mỹ", 18, 19), ("Hòa Lạc", 18, 19), ("Phú An", 18, 19)}


def test_a_count_written_after_its_band_of_criteria():
    text = "Phân loại theo nhóm ở tỉnh Lam Sơn: đạt từ 15-18 tiêu chí có 14 xã; đạt từ 05-09 tiêu chí có 02 xã."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 14, None, "criteria:15-18"),
                                ("Lam Sơn", "tinh", "xa", 2, None, "criteria:5-9")}


def test_communes_recognised_as_the_ones_listed_before():
    text = ("Các xã đề nghị thẩm định đợt này gồm Tân Mỹ, Hòa Lạc (Lam Sơn) và Phú An (Đông Xuyên). Đoàn đã khảo sát. "
            "Qua bỏ phiếu, Hội đồng Thẩm định công nhận 3 xã trên đạt chuẩn NTM.")
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Tân Mỹ", "Hòa Lạc", "Phú An"}


def test_communes_that_are_to_reach_the_standard_are_not_recognised():
    text = "Các xã gồm Tân Mỹ, Hòa Lạc đăng ký về đích. Số tiêu chí cần thực hiện thêm để 2 xã này đạt chuẩn NTM là 62."
    assert [f for f in facts(text, "ntm_status") if f["modality"] == "achieved"] == []


def test_this_district_qualified_by_its_province_is_the_articles_district():
    text = ("Huyện Tân Mỹ, tỉnh Lam Sơn về đích nông thôn mới\n\nHuyện Tân Mỹ có 23 xã. Đây là huyện cuối cùng của "
            "tỉnh Lam Sơn được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới năm 2022.")
    found = {(f["unit"]["name"], f["unit"]["level"], f["year"]) for f in facts(text, "ntm_status")}
    assert ("Tân Mỹ", "huyen", 2022) in found


def test_a_share_of_communes_gives_the_district_no_standing():
    text = "Huyện Tân Mỹ phấn đấu đến năm 2025 có ít nhất 50% số xã được công nhận xã nông thôn mới nâng cao."
    assert facts(text, "ntm_status") == []


def test_communes_listed_after_a_colon_and_their_district_in_parentheses():
    text = ("Đến hết quý II-2019, tỉnh Lam Sơn có 4 huyện đạt chuẩn nông thôn mới; 3 xã: Tân Mỹ, Hòa Lạc, Phú An "
            "(huyện Đông Xuyên) đạt chuẩn nông thôn mới nâng cao.")
    assert ("Lam Sơn", "tinh", "xa", 3, None, "nang_cao") in tally_keys(text)
    found = {(f["unit"]["name"], f["status"]) for f in facts(text, "ntm_status")}
    assert found == {("Tân Mỹ", "nang_cao"), ("Hòa Lạc", "nang_cao"), ("Phú An", "nang_cao")}


def test_provinces_counted_in_the_country_with_their_names_in_parentheses():
    text = ("Cả nước cũng có 249 đơn vị cấp huyện thuộc 57 tỉnh, thành phố được công nhận đạt chuẩn nông thôn mới. "
            "Ngoài ra, có 2 tỉnh (Lam Sơn, Hà Châu) đã được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây "
            "dựng nông thôn mới.")
    keys = tally_keys(text)
    assert (None, "nuoc", "huyen", 249, None, "dat_chuan") in keys
    assert (None, "nuoc", "tinh", 2, None, "dat_chuan") in keys
    assert {(f["unit"]["name"], f["unit"]["level"]) for f in facts(text, "ntm_status")} == {
        ("Lam Sơn", "tinh"), ("Hà Châu", "tinh")}


def test_the_first_unit_of_a_province_named_after_the_standard():
    text = ("Ngay sau khi trở thành địa phương đầu tiên của tỉnh được công nhận đạt chuẩn NTM vào năm 2015, "
            "thị xã Tân Mỹ tiếp tục xây dựng NTM kiểu mẫu.")
    found = {(f["unit"]["name"], f["unit"]["level"], f["year"]) for f in facts(text, "ntm_status")}
    assert found == {("Tân Mỹ", "huyen", 2015)}


# Related-article headlines after the text name other provinces.

def test_the_headlines_province_owns_the_whole_when_no_province_dominates():
    text = ("Tỉnh Lam Sơn: bộ mặt nông thôn đổi thay\n\n"
            "Toàn tỉnh đã có 30/40 xã đạt chuẩn nông thôn mới.\n\n"
            "Chuyển đổi số ở tỉnh Bình Hà\n\n"
            "Đường về làng ở tỉnh Hòa Mỹ\n")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 30, 40, "dat_chuan")}


def test_a_later_count_after_the_stock_built_is_a_stock_too():
    text = "Tỉnh Lam Sơn đã xây dựng 36/36 xã đạt chuẩn nông thôn mới; 2/4 huyện đạt chuẩn huyện nông thôn mới."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 36, 36, "dat_chuan"),
                                ("Lam Sơn", "tinh", "huyen", 2, 4, "dat_chuan")}


def test_communes_registered_to_complete_the_programme_are_targets():
    text = ("Tỉnh Lam Sơn có thêm 5 xã đạt đủ 19 tiêu chí NTM.\n\n"
            "Trong đó, có 3 xã đăng ký hoàn thành năm 2024 là xã Tân Mỹ, xã Hòa Lạc và xã Phú An.")
    statuses = {(f["unit"]["name"], f["status"], f["modality"], f["year"]) for f in facts(text, "ntm_status")}
    assert statuses == {(name, "dat_chuan", "target", 2024) for name in ("Tân Mỹ", "Hòa Lạc", "Phú An")}
    assert {(f["count"], f["modality"], f["year"]) for f in facts(text, "unit_tally")} == {(3, "target", 2024)}


def test_communes_preparing_files_for_a_dated_recognition_are_targets():
    text = ("Xã Tân Mỹ và xã Hòa Lạc đã hoàn thành 19/19 tiêu chí và đang lập hồ sơ xét, thẩm định, "
            "công nhận xã đạt chuẩn nông thôn mới vào tháng 8/2024.")
    statuses = {(f["unit"]["name"], f["status"], f["modality"], f["year"]) for f in facts(text, "ntm_status")}
    assert statuses == {(name, "dat_chuan", "target", 2024) for name in ("Tân Mỹ", "Hòa Lạc")}
    undated = text.replace(" vào tháng 8/2024", "")
    assert facts(undated, "ntm_status") == []


def test_districts_shares_listed_after_a_colon_each_give_a_tally():
    text = ("Tỉnh Lam Sơn đã công nhận 42 xã đạt chuẩn nông thôn mới. "
            "Gồm: Huyện Tân Mỹ: 20/20 xã, huyện Hòa Lạc: 10/10 xã, huyện Phú An: 12/14 xã.")
    assert tally_keys(text) == {("Tân Mỹ", "huyen", "xa", 20, 20, "dat_chuan"),
                                ("Hòa Lạc", "huyen", "xa", 10, 10, "dat_chuan"),
                                ("Phú An", "huyen", "xa", 12, 14, "dat_chuan")}
    # the same figures with no statement about the standard before them are no tallies
    assert facts(text.split(". ", 1)[1], "unit_tally") == []


def test_units_named_in_parentheses_after_their_count_are_members():
    text = "Tỉnh Lam Sơn có 2/4 huyện (Tân Mỹ và Hòa Lạc) đạt chuẩn huyện nông thôn mới."
    statuses = {(f["unit"]["name"], f["unit"]["level"], f["status"]) for f in facts(text, "ntm_status")}
    assert statuses == {("Tân Mỹ", "huyen", "dat_chuan"), ("Hòa Lạc", "huyen", "dat_chuan")}
    # fewer names than counted: the parenthesis does not list the members
    assert facts(text.replace("2/4 huyện", "3/4 huyện"), "ntm_status") == []


def test_a_commune_placed_by_district_and_province_is_the_subject():
    text = "Xã Tân Mỹ, huyện Bình Hà, tỉnh Lam Sơn về đích nông thôn mới với 19/19 tiêu chí."
    assert {(f["unit"]["name"], f["unit"]["level"]) for f in facts(text, "ntm_status")} == {("Tân Mỹ", "xa")}
    assert {(f["unit"]["name"], f["achieved"]) for f in facts(text, "criteria_count")} == {("Tân Mỹ", 19)}


def test_the_part_of_a_goal_after_trong_do_is_a_goal_too():
    goal = ("Giai đoạn 2021-2025, tỉnh Lam Sơn phấn đấu có thêm 5 huyện đạt chuẩn nông thôn mới (gồm Tân Mỹ, "
            "Hòa Lạc, Phú An, Bình Hà, Đức Hòa) và thị xã Kiến An hoàn thành nhiệm vụ xây dựng nông thôn mới, "
            "trong đó có 1 huyện đạt chuẩn nông thôn mới kiểu mẫu.")
    model = [f for f in facts(goal, "unit_tally") if f["state"] == "kieu_mau"]
    assert [(f["count"], f["modality"]) for f in model] == [(1, "target")]
    stock = "Tỉnh Lam Sơn đã có 5/9 huyện đạt chuẩn nông thôn mới, trong đó có 1 huyện đạt chuẩn nông thôn mới kiểu mẫu."
    model = [f for f in facts(stock, "unit_tally") if f["state"] == "kieu_mau"]
    assert [(f["count"], f["modality"]) for f in model] == [(1, "achieved")]


def test_a_share_written_with_so_is_a_tally_but_mot_so_is_not_a_count():
    assert tally_keys("Tỉnh Lam Sơn đã có 103/184 số xã đạt chuẩn nông thôn mới.") == \
        {("Lam Sơn", "tinh", "xa", 103, 184, "dat_chuan")}
    assert facts("Tỉnh Lam Sơn có một số xã đạt chuẩn nông thôn mới.", "unit_tally") == []


def test_criteria_met_on_the_way_do_not_hide_the_count_of_the_standard():
    text = ("Đầu năm 2024, tỉnh Lam Sơn đã có 2 xã đã hoàn thành 19/19 tiêu chí và chính thức "
            "đạt chuẩn xây dựng nông thôn mới.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 2, None, "criteria:19-19"),
                                ("Lam Sơn", "tinh", "xa", 2, None, "dat_chuan")}


def test_the_standard_named_by_its_set_of_criteria_after_a_sentence_about_the_programme():
    text = ("Tỉnh Lam Sơn đẩy mạnh xây dựng nông thôn mới. "
            "Đến nay, toàn tỉnh có 23 xã đạt chuẩn theo Bộ tiêu chí quốc gia; bình quân mỗi xã đạt 9,3 tiêu chí.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 23, None, "dat_chuan")}


def test_the_stock_named_before_its_figure():
    text = ("Tỉnh Lam Sơn xây dựng nông thôn mới. Phân loại theo nhóm: số xã đạt chuẩn (19 tiêu chí) "
            "đã có quyết định công nhận là 35 xã; đạt từ 15-18 tiêu chí có 14 xã.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 35, None, "dat_chuan"),
                                ("Lam Sơn", "tinh", "xa", 14, None, "criteria:15-18")}
    # a share is no count of communes
    assert facts("Tỉnh Lam Sơn xây dựng nông thôn mới. Số xã đạt chuẩn là 35%.", "unit_tally") == []


def test_a_province_that_completed_the_national_programme_reached_the_standard():
    text = ("Tỉnh Lam Sơn là một trong những địa phương sớm hoàn thành chương trình mục tiêu quốc gia "
            "về xây dựng nông thôn mới.")
    assert {(f["unit"]["name"], f["unit"]["level"], f["status"], f["modality"]) for f in facts(text, "ntm_status")} \
        == {("Lam Sơn", "tinh", "dat_chuan", "achieved")}


def test_a_dateline_with_the_time_first_in_parentheses_dates_the_text():
    from nongthon.extraction.numbers import find_dateline

    assert find_dateline("Tin vắn\n\n(08:43 | 26/04/2019)\n\nNội dung") == dt.date(2019, 4, 26)


def test_a_year_to_come_before_the_standard_in_its_clause_makes_a_target():
    text = ("Huyện Bình Hà đã có 6/7 xã đạt chuẩn nông thôn mới, đến cuối năm 2019 xã Tân Mỹ đạt 19 tiêu chí "
            "và đến năm 2020 huyện đạt chuẩn nông thôn mới.")
    found = extract(text, "t", doc_date=dt.date(2019, 4, 26), registry=None, options=OPTIONS)
    statuses = {(f["unit"]["name"], f["modality"], f["year"]) for f in found if f["type"] == "ntm_status"}
    assert statuses == {("Bình Hà", "target", 2020)}


def test_members_of_a_recognised_batch_listed_in_the_next_sentence_take_its_year():
    text = ("Hội đồng xét công nhận 07 xã trên địa bàn tỉnh Lam Sơn đạt chuẩn nông thôn mới năm 2018. "
            "Trong đó, huyện Bình Hà có 02 xã được công nhận: xã Tân Mỹ và xã Hòa Lạc, huyện Phú An có 3 xã.")
    statuses = {(f["unit"]["name"], f["status"], f["modality"], f["year"]) for f in facts(text, "ntm_status")}
    assert statuses == {("Tân Mỹ", "dat_chuan", "achieved", 2018), ("Hòa Lạc", "dat_chuan", "achieved", 2018)}
    assert facts(text, "unit_tally") == []  # a share of the batch is no stock


def test_a_district_named_beside_the_count_of_communes_reached_the_standard_too():
    text = "Tính đến cuối năm 2016, toàn tỉnh Lam Sơn đã có 28/118 xã và huyện Tân Mỹ đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 28, 118, "dat_chuan")}
    statuses = {(f["unit"]["name"], f["unit"]["level"], f["status"], f["year"]) for f in facts(text, "ntm_status")}
    assert statuses == {("Tân Mỹ", "huyen", "dat_chuan", 2016)}


def test_the_whole_stated_before_the_count_and_the_standard_left_bare_at_the_end():
    text = ("Như vậy, trong tổng số 194 xã thực hiện chương trình NTM, đến nay tỉnh Lam Sơn đã có 118 xã "
            "được công nhận đạt chuẩn.")
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 118, 194, "dat_chuan")}


def test_a_province_in_parentheses_only_places_the_district_that_has_the_communes():
    text = "Giai đoạn 2011 - 2015, huyện Tân Mỹ (tỉnh Lam Sơn) có 4 xã đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {("Tân Mỹ", "huyen", "xa", 4, None, "dat_chuan")}


def test_a_count_with_its_noun_written_twice():
    text = "Như vậy, toàn tỉnh Lam Sơn đã có 50 xã/97 xã đã được công nhận đạt chuẩn nông thôn mới."
    assert tally_keys(text) == {("Lam Sơn", "tinh", "xa", 50, 97, "dat_chuan")}


def test_a_batch_recognised_opening_a_report_is_no_stock():
    text = ("(TBMK) – 12 xã được UBND tỉnh Lam Sơn công nhận đạt chuẩn nông thôn mới nâng cao năm 2019 "
            "thuộc các huyện Tân Mỹ, Hòa Lạc.")
    assert facts(text, "unit_tally") == []
    stock = "Đến nay, tỉnh Lam Sơn có 12 xã được công nhận đạt chuẩn nông thôn mới nâng cao."
    assert tally_keys(stock) == {("Lam Sơn", "tinh", "xa", 12, None, "nang_cao")}


def test_the_details_of_a_decision_two_sentences_back_are_its_batch():
    text = ("Chủ tịch UBND tỉnh Lam Sơn vừa ra quyết định công nhận 2 xã đạt chuẩn nông thôn mới kiểu mẫu năm 2024. "
            "Với kết quả này, tỉnh tiến gần hơn đến mục tiêu. "
            "Theo đó, 2 xã nông thôn mới kiểu mẫu năm 2024 gồm: xã Tân Mỹ và xã Hòa Lạc.")
    assert facts(text, "unit_tally") == []
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Tân Mỹ", "Hòa Lạc"}


def test_what_a_unit_became_by_reaching_the_standard_is_achieved():
    text = ("Đến nay, huyện Tân Mỹ cũng đã cán đích với việc 10/10 xã đạt chuẩn nông thôn mới, trở thành "
            "huyện thứ 2 của tỉnh Lam Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới.")
    assert {f["modality"] for f in facts(text)} == {"achieved"}
    goal = "Huyện Tân Mỹ phấn đấu trở thành huyện thứ 2 của tỉnh Lam Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới."
    assert {f["modality"] for f in facts(goal, "ntm_status")} == {"target"}


def test_becoming_the_first_by_completing_the_criteria_is_achieved():
    text = ("Đến năm 2023, xã Tân Mỹ tiếp tục hoàn thành các tiêu chí xã nông thôn mới nâng cao và trở thành "
            "xã đầu tiên trong tỉnh Lam Sơn được công nhận xã nông thôn mới nâng cao.")
    assert {f["modality"] for f in facts(text) if f["type"] in {"ntm_status", "unit_tally"}} == {"achieved"}


def test_a_unit_proposed_to_the_central_council_for_recognition_is_not_recognised_yet():
    text = ("Thành phố Tân Mỹ đã được các bộ, ngành thẩm định, đề nghị Hội đồng Trung ương xét công nhận "
            "hoàn thành nhiệm vụ xây dựng nông thôn mới.")
    assert facts(text, "ntm_status") == []
