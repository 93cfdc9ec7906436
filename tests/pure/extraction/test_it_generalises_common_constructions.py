"""General Vietnamese constructions, each on an invented sentence (names and figures are made up)."""


from .helpers import facts

# A four-digit year is never a count of units.

def test_a_year_before_a_named_commune_is_not_a_count():
    text = "Năm 2021 xã Phong Lâm đạt chuẩn nông thôn mới."
    assert facts(text, "unit_tally") == []
    [status] = facts(text, "ntm_status")
    assert (status["unit"]["name"], status["year"]) == ("Phong Lâm", 2021)


def test_a_year_before_criteria_is_not_a_tally():
    text = "Năm 2020 xã Phong Lâm đạt 16/19 tiêu chí."
    assert facts(text, "unit_tally") == []
    [count] = facts(text, "criteria_count")
    assert (count["unit"]["name"], count["achieved"], count["total"], count["year"]) == ("Phong Lâm", 16, 19, 2020)


# Legal references written in other ways.

def test_a_symbol_with_a_colon_and_stray_spaces_is_normalised():
    [ref] = facts("Theo Quyết định số: 73 /QĐ-UBND của UBND tỉnh, xã Vân Khê đạt chuẩn.", "legal_ref")
    assert (ref["number"], ref["kind"]) == ("73/QĐ-UBND", "quyet_dinh")


def test_a_date_before_the_decision_without_a_year_takes_the_datelines_year():
    text = "Ngày 9/4, Chủ tịch UBND tỉnh đã ký ban hành Quyết định 512/QĐ-UBND công nhận xã Vân Khê đạt chuẩn."
    [ref] = facts(text, "legal_ref")
    assert (ref["number"], ref["date"]) == ("512/QĐ-UBND", "2023-04-09")


def test_a_date_in_words_before_the_decision_is_its_date():
    text = "Ngày 14 tháng 02 năm 2019, UBND tỉnh ban hành Quyết định số 61/QĐ-UBND về việc công nhận xã đạt chuẩn."
    [ref] = facts(text, "legal_ref")
    assert ref["date"] == "2019-02-14"


def test_capitalised_kind_words_are_kinds():
    found = facts("Thực hiện Nghị Quyết số 7 của HĐND tỉnh và Quyết Định số 93 ngày 3/8/2020.", "legal_ref")
    assert {(f["number"], f["kind"]) for f in found} == {("7", "nghi_quyet"), ("93", "quyet_dinh")}


def test_a_bare_number_with_issuer_and_date_keeps_the_date():
    [ref] = facts("Căn cứ Nghị quyết 614 của Ủy ban Thường vụ Quốc hội ngày 11/10/2018 về sắp xếp xã.", "legal_ref")
    assert (ref["number"], ref["date"]) == ("614", "2018-10-11")


def test_a_range_of_decisions_is_one_fact_per_number():
    for text in ("UBND tỉnh ban hành các Quyết định từ số 210 - 212 công nhận xã đạt chuẩn.",
                 "UBND tỉnh ban hành các quyết định từ số 210 đến 212 công nhận xã đạt chuẩn."):
        found = facts(text, "legal_ref")
        assert sorted(f["number"] for f in found) == ["210", "211", "212"]
        assert {f["kind"] for f in found} == {"quyet_dinh"}


# Lists of units in one statement.

def test_each_commune_of_a_recognised_list_has_its_status():
    text = ("UBND tỉnh công nhận các xã Vân Khê, Phong Lâm, Bình Thạnh (huyện Sơn Hà) và xã Mỹ Lộc "
            "(huyện Đông Giang) đạt chuẩn nông thôn mới nâng cao năm 2020.")
    found = facts(text, "ntm_status")
    assert {f["unit"]["name"] for f in found} == {"Vân Khê", "Phong Lâm", "Bình Thạnh", "Mỹ Lộc"}
    assert {(f["status"], f["modality"], f["year"]) for f in found} == {("nang_cao", "achieved", 2020)}


def test_a_goal_list_gives_targets_and_the_target_tally():
    text = "Huyện Sơn Hà phấn đấu năm 2018 có 3 xã đạt chuẩn nông thôn mới, gồm: Vân Khê, Phong Lâm, Bình Thạnh."
    [tally] = facts(text, "unit_tally")
    assert (tally["count"], tally["modality"], tally["year"]) == (3, "target", 2018)
    found = facts(text, "ntm_status")
    assert {f["unit"]["name"] for f in found} == {"Vân Khê", "Phong Lâm", "Bình Thạnh"}
    assert {(f["modality"], f["year"]) for f in found} == {("target", 2018)}


def test_communes_counted_and_named_share_their_criteria():
    found = facts("Đến nay, 3 xã Vân Khê, Phong Lâm, Bình Thạnh đều đạt 19/19 tiêu chí.", "criteria_count")
    assert {(f["unit"]["name"], f["achieved"], f["total"]) for f in found} == {
        ("Vân Khê", 19, 19), ("Phong Lâm", 19, 19), ("Bình Thạnh", 19, 19)}


def test_coordinated_communes_share_their_criteria():
    found = facts("Xã Vân Khê và xã Phong Lâm đạt 12 tiêu chí.", "criteria_count")
    assert {(f["unit"]["name"], f["achieved"]) for f in found} == {("Vân Khê", 12), ("Phong Lâm", 12)}


def test_a_goal_with_its_year_opening_the_sentence_governs_every_clause():
    text = ("UBND huyện Sơn Hà phấn đấu đến năm 2019, xã Vân Khê được công nhận đạt chuẩn nông thôn mới; "
            "xã Phong Lâm đạt 17/19 tiêu chí.")
    [status] = facts(text, "ntm_status")
    assert (status["unit"]["name"], status["modality"], status["year"]) == ("Vân Khê", "target", 2019)
    assert facts(text, "criteria_count") == []


# Criteria bands and several child levels in tallies.

def test_bands_of_criteria_are_tallies():
    text = "Năm 2015, huyện Sơn Hà có 4 xã đạt từ 10 tiêu chí trở lên, 2 xã đạt dưới 10 tiêu chí."
    found = facts(text, "unit_tally")
    assert {(f["count"], f["state"]) for f in found} == {(4, "criteria:10-19"), (2, "criteria:0-9")}


def test_several_bands_in_one_sentence_are_one_tally_each():
    text = "Toàn huyện Sơn Hà có 2 xã đạt 5 tiêu chí, 7 xã đạt 8-10 tiêu chí, 3 xã đạt 11-12 tiêu chí."
    found = facts(text, "unit_tally")
    assert {(f["count"], f["state"]) for f in found} == {(2, "criteria:5-5"), (7, "criteria:8-10"),
                                                        (3, "criteria:11-12")}
    assert {f["parent"]["name"] for f in found} == {"Sơn Hà"}


def test_two_child_levels_in_one_clause_are_two_tallies():
    found = facts("Đến nay, toàn tỉnh Hòa Sơn có 64 xã và 210 thôn đạt chuẩn nông thôn mới.", "unit_tally")
    assert {(f["child_level"], f["count"]) for f in found} == {("xa", 64), ("thon", 210)}


def test_an_unnamed_whole_district_is_a_district():
    found = facts("Hiện nay, toàn huyện có 2 xã đạt 6 tiêu chí, 5 xã đạt 9-11 tiêu chí.", "unit_tally")
    assert {(f["parent"]["name"], f["parent"]["level"]) for f in found} == {(None, "huyen")}


# District status.

def test_a_district_recognised_as_meeting_the_standard():
    for text in ("Huyện Sơn Hà được công nhận đạt chuẩn nông thôn mới năm 2021.",
                 "Năm 2021, huyện Sơn Hà được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới."):
        [status] = facts(text, "ntm_status")
        assert (status["unit"]["name"], status["unit"]["level"], status["year"]) == ("Sơn Hà", "huyen", 2021)


# Years and indicators.

def test_a_year_in_the_same_sentence_dates_a_commune_figure():
    text = "Xã Vân Khê nằm ở phía bắc huyện Sơn Hà. Năm 2021, thu nhập bình quân của xã đạt 41,3 triệu đồng/người/năm."
    [fact] = facts(text, "indicator")
    assert (fact["unit"]["name"], fact["value"], fact["period"]) == ("Vân Khê", 41.3, 2021)


def test_the_income_of_a_named_commune_with_a_per_person_unit():
    [fact] = facts("Thu nhập bình quân đầu người của xã Vân Khê đạt 52,75 triệu đồng/người/năm.", "indicator")
    assert (fact["unit"]["name"], fact["key"], fact["value"]) == ("Vân Khê", "income_per_capita", 52.75)


def test_now_is_the_nearest_time_phrase_so_an_earlier_clauses_year_does_not_apply():
    text = ("Toàn huyện Sơn Hà năm 2016 bình quân đạt 7 tiêu chí/xã, đến nay là 13 tiêu chí/xã; "
            "thu nhập bình quân đầu người đạt 31,4 triệu đồng/người.")
    [fact] = facts(text, "indicator")
    assert (fact["value"], fact["period"]) == (31.4, None)


def test_a_later_estimate_is_a_second_figure_with_its_own_year():
    text = "Thu nhập bình quân đầu người của huyện Sơn Hà đạt 33,1 triệu đồng/người, ước năm 2019 đạt 35 triệu đồng/người."
    found = facts(text, "indicator")
    assert {(f["value"], f["period"]) for f in found} == {(33.1, None), (35, 2019)}


# Which unit a statement is about.

def test_a_district_that_only_qualifies_the_commune_is_not_the_subject():
    for text in ("Xã Vân Khê là xã đầu tiên của huyện Sơn Hà đạt chuẩn nông thôn mới năm 2016.",
                 "Xã Vân Khê thuộc huyện Sơn Hà đạt chuẩn nông thôn mới năm 2016."):
        [status] = facts(text, "ntm_status")
        assert (status["unit"]["name"], status["unit"]["level"]) == ("Vân Khê", "xa")


def test_a_demonstrative_is_not_a_name():
    text = "Đây là xã thứ 12 của tỉnh Hòa Sơn đạt chuẩn nông thôn mới."
    assert all(f["unit"]["name"] != "Đây" for f in facts(text, "ntm_status"))


def test_an_ellipsis_running_into_the_next_sentence_ends_the_first():
    text = "Năm 2018, 100% hộ dân xã Vân Khê sử dụng điện...Xã Vân Khê đạt chuẩn nông thôn mới nâng cao."
    [status] = facts(text, "ntm_status")
    assert (status["status"], status["year"]) == ("nang_cao", None)


def test_a_tally_right_after_a_raised_total_counts_in_the_same_district():
    text = ("Huyện Sơn Hà nâng tổng số xã đạt chuẩn nông thôn mới lên 14/18 xã. "
            "Có 2 xã đạt chuẩn nông thôn mới nâng cao.")
    found = facts(text, "unit_tally")
    assert {(f["count"], f["state"], f["parent"]["name"]) for f in found} == {
        (14, "dat_chuan", "Sơn Hà"), (2, "nang_cao", "Sơn Hà")}


def test_a_band_without_a_verb_after_the_count():
    found = facts("Toàn huyện Sơn Hà còn 2 xã dưới 6 tiêu chí.", "unit_tally")
    assert [(f["count"], f["state"]) for f in found] == [(2, "criteria:0-5")]


def test_a_signing_date_in_parentheses_after_the_symbol():
    [ref] = facts("Theo QĐ số 88/QĐ-UBND (ngày 7/9/2020) của UBND tỉnh, xã Vân Khê đạt chuẩn.", "legal_ref")
    assert (ref["number"], ref["date"], ref["issuer"]) == ("88/QĐ-UBND", "2020-09-07", "UBND tỉnh")


def test_a_figure_without_a_subject_in_an_article_about_a_commune_is_the_communes():
    text = ("Xã Vân Khê đón bằng công nhận đạt chuẩn nông thôn mới\n"
            "Xã Vân Khê thuộc huyện Sơn Hà. Xã Vân Khê có 9 thôn. Thu nhập bình quân đầu người đạt 44 triệu đồng/người/năm.")
    [fact] = facts(text, "indicator")
    assert (fact["unit"]["name"], fact["unit"]["level"]) == ("Vân Khê", "xa")


def test_a_figure_without_a_subject_in_an_article_about_a_district_is_the_districts():
    text = ("Huyện Sơn Hà về đích nông thôn mới\n"
            "Năm 2020, huyện Sơn Hà có thêm xã Vân Khê đạt chuẩn nông thôn mới. "
            "Thu nhập bình quân đầu người đạt 44 triệu đồng/người/năm.")
    [fact] = facts(text, "indicator")
    assert (fact["unit"]["name"], fact["unit"]["level"]) == ("Sơn Hà", "huyen")


def test_one_level_word_before_a_list_of_names_names_each():
    found = facts("Năm 2019, xã Vân Khê, Phong Lâm và Bình Thạnh được công nhận đạt chuẩn nông thôn mới.", "ntm_status")
    assert {(f["unit"]["name"], f["year"]) for f in found} == {("Vân Khê", 2019), ("Phong Lâm", 2019),
                                                               ("Bình Thạnh", 2019)}


def test_a_commune_followed_by_its_district_without_a_level_word_is_one_unit():
    found = facts("Xã Vân Khê, Sơn Hà đạt chuẩn nông thôn mới", "ntm_status")
    assert [f["unit"]["name"] for f in found] == ["Vân Khê"]


def test_criteria_met_after_dat_chuan_or_a_copula():
    for text in ("Đến nay, xã Vân Khê đã đạt chuẩn 15/19 tiêu chí.",
                 "Số tiêu chí xã Vân Khê đạt được là 15/19 tiêu chí."):
        [count] = facts(text, "criteria_count")
        assert (count["unit"]["name"], count["achieved"], count["total"]) == ("Vân Khê", 15, 19)


def test_an_income_in_millions_per_person_without_the_word_dong():
    [fact] = facts("Thu nhập bình quân đầu người của xã Vân Khê đạt 47,2 triệu/người/năm.", "indicator")
    assert (fact["unit"]["name"], fact["value"], fact["measure"]) == ("Vân Khê", 47.2, "million_vnd_per_year")
