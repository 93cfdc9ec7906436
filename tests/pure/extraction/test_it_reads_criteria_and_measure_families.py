"""Families of phrasing for criteria counts, poverty rates, indicators and legal references, each on an
invented sentence (names and figures are made up)."""


from .helpers import facts


def counts(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["achieved"], f["total"], f["year"])
            for f in facts(text, "criteria_count")}


# Criteria counts.

def test_the_district_meets_its_own_nine_criteria_after_a_count_of_its_communes():
    text = ("Huyện Lạc Phong đã có 14/14 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nâng cao "
            "và huyện đạt 9/9 tiêu chí huyện nông thôn mới.")
    assert ("Lạc Phong", "huyen", 9, 9, None) in counts(text)
    assert not [t for t in facts(text, "unit_tally") if t["state"] == "criteria:9-9"]


def test_a_district_that_has_its_communes_and_meets_nine_criteria():
    text = "Năm 2019, huyện Lạc Phong có 100% số xã đạt chuẩn nông thôn mới, huyện đã hoàn thành 9/9 tiêu chí."
    assert counts(text) == {("Lạc Phong", "huyen", 9, 9, 2019)}


def test_communes_named_after_la_each_meet_the_criteria():
    text = "Huyện Lạc Phong hiện có 2 xã hoàn thành 19 tiêu chí là Ea Kra và Tà Nung, 4 xã đạt từ 15 đến 18 tiêu chí."
    assert {("Ea Kra", "xa", 19, None, None), ("Tà Nung", "xa", 19, None, None)} <= counts(text)


def test_the_year_of_a_recognition_does_not_date_the_criteria_kept_since():
    assert counts("Xã Vĩnh Lộc đạt chuẩn nông thôn mới năm 2017, đã đạt 19/19 tiêu chí.") == {
        ("Vĩnh Lộc", "xa", 19, 19, None)}
    assert counts("Xã Vĩnh Lộc được công nhận đạt chuẩn nông thôn mới năm 2019; hiện xã đạt 19/19 tiêu chí.") == {
        ("Vĩnh Lộc", "xa", 19, 19, None)}


def test_criteria_kept_or_raised_by_a_recognised_commune_are_counted():
    text = "Đến nay xã Vĩnh Lộc vẫn duy trì 19/19 tiêu chí; xã Hòa Thạnh đã nâng chất 19/19 tiêu chí."
    assert counts(text) == {("Vĩnh Lộc", "xa", 19, 19, None), ("Hòa Thạnh", "xa", 19, 19, None)}


def test_the_commune_named_in_a_parenthesis_after_the_criteria():
    text = "Toàn huyện có một xã đạt 19/19 tiêu chí (xã Hòa Lâm - huyện Mỹ Sơn đã được công nhận xã nông thôn mới)."
    assert ("Hòa Lâm", "xa", 19, 19, None) in counts(text)


def test_every_commune_of_a_subject_list_meets_the_criteria():
    text = "Xã Phú Lợi (huyện Mỹ Sơn) và xã Tân An (huyện Đông Hà) đều đạt 16/19 tiêu chí."
    assert counts(text) == {("Phú Lợi", "xa", 16, 19, None), ("Tân An", "xa", 16, 19, None)}
    assert counts("Trong số đó, xã Ea Tam, Cư Pui đạt 14 tiêu chí.") == {("Ea Tam", "xa", 14, None, None),
                                                                       ("Cư Pui", "xa", 14, None, None)}


# Poverty rates and other figures.

def rates(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["value"], f["period"]) for f in facts(text, "poverty_rate")}


def indicators(text):
    return {(f["unit"]["name"], f["key"], f["value"], f["period"], f["modality"]) for f in facts(text, "indicator")}


def test_each_value_of_a_fall_takes_the_year_in_its_parenthesis():
    text = ("Từ năm 2017 - 2021, tỷ lệ hộ nghèo của tỉnh Hòa Lâm giảm 15,2%, từ 28,4% (đầu năm 2017) "
            "xuống còn 13,2% (vào cuối năm 2021).")
    assert rates(text) == {("Hòa Lâm", "tinh", 28.4, 2017), ("Hòa Lâm", "tinh", 13.2, 2021)}


def test_the_rate_of_a_part_of_the_households_or_of_a_group_of_units_is_no_units_rate():
    assert rates("Tỷ lệ hộ nghèo trong các hộ đồng bào dân tộc thiểu số của huyện Mỹ Sơn giảm từ 40,2% "
                 "xuống còn 18,5%.") == set()
    assert rates("Tỷ lệ hộ nghèo tại hai huyện Tà Lùng và Nậm Xe giảm từ 70,1% xuống còn 40,3%.") == set()
    assert rates("Tỷ lệ hộ nghèo tại các xã đặc biệt khó khăn của huyện Mỹ Sơn còn 21,4%.") == set()


def test_a_rate_without_a_subject_belongs_to_the_commune_its_paragraph_is_about():
    text = ("Đây là địa phương thứ 3 trong huyện đạt chuẩn, sau xã Hữu Lộc và xã Tân Phong.\n\n"
            "Đến nay, thu nhập bình quân đầu người ở xã đạt 31,2 triệu đồng/năm. Riêng tỷ lệ hộ nghèo giảm "
            "xuống còn 3,15%. Ngoài ra, xã Phú Lợi cũng thực hiện tốt các tiêu chí về y tế.")
    assert rates(text) == {("Phú Lợi", "xa", 3.15, None)}


def test_an_estimate_of_the_years_result_is_no_goal():
    text = ("Huyện Đông Sơn dự kiến thu nhập bình quân đầu người năm 2022 ước đạt 45,2 triệu đồng, "
            "tỷ lệ hộ nghèo còn 1,25%.")
    assert indicators(text) == {("Đông Sơn", "income_per_capita", 45.2, 2022, "achieved")}
    assert rates(text) == {("Đông Sơn", "huyen", 1.25, 2022)}


def test_thresholds_set_out_after_a_goal_are_targets():
    text = ("Tỉnh Hòa Lâm đặt mục tiêu đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới nâng cao.\n\n"
            "Thu nhập bình quân đầu người khu vực nông thôn đạt 70 triệu đồng/người/năm trở lên. "
            "Tỷ lệ hộ nghèo còn dưới 1%, tỷ lệ người dân tham gia bảo hiểm y tế đạt 92% trở lên.")
    assert indicators(text) == {("Hòa Lâm", "income_per_capita", 70, None, "target"),
                                ("Hòa Lâm", "health_insurance_coverage", 92, None, "target")}
    assert rates(text) == set()


def test_each_step_of_a_rise_is_a_figure_with_its_own_year():
    text = ("Thu nhập bình quân đầu người của huyện Mỹ Sơn tăng từ 12,4 triệu đồng/năm (năm 2011) lên 18 triệu "
            "đồng/năm (năm 2014) và lên 22,5 triệu đồng năm 2016.")
    assert indicators(text) == {("Mỹ Sơn", "income_per_capita", 12.4, 2011, "achieved"),
                                ("Mỹ Sơn", "income_per_capita", 18, 2014, "achieved"),
                                ("Mỹ Sơn", "income_per_capita", 22.5, 2016, "achieved")}


def test_the_same_figure_for_a_later_year_after_a_semicolon():
    text = ("Thu nhập bình quân đầu người của huyện Mỹ Sơn năm 2021 đạt 41 triệu đồng/người; năm 2022 ước đạt "
            "44,6 triệu đồng/người.")
    assert indicators(text) == {("Mỹ Sơn", "income_per_capita", 41, 2021, "achieved"),
                                ("Mỹ Sơn", "income_per_capita", 44.6, 2022, "achieved")}


def test_a_figure_in_the_list_of_a_goal_is_a_target_even_after_a_recognition_it_aims_at():
    text = ("Huyện Mỹ Sơn phấn đấu giai đoạn 2026-2030 có 40% số xã đạt chuẩn nâng cao; có 2 thôn được công nhận "
            "thôn kiểu mẫu, thu nhập bình quân đầu người đạt 80 triệu đồng/năm.")
    assert indicators(text) == {("Mỹ Sơn", "income_per_capita", 80, "2026-2030", "target")}
    text = "Thực hiện Chương trình mục tiêu quốc gia, thu nhập bình quân đầu người của huyện Mỹ Sơn đạt 52 triệu đồng."
    assert indicators(text) == {("Mỹ Sơn", "income_per_capita", 52, None, "achieved")}


# Legal references written with odd characters and spacing.

def refs(text):
    return {(f["number"], f["kind"], f["date"]) for f in facts(text, "legal_ref")}


def test_a_symbol_typed_with_eth_and_a_stray_space_before_its_dash_is_normalised():
    assert refs("Phó Thủ tướng vừa ký Quyết định 2047/QÐ -TTg công nhận huyện Mỹ Sơn đạt chuẩn.") == {
        ("2047/QĐ-TTg", "quyet_dinh", None)}


def test_symbols_with_an_en_dash_or_tu_and_so_run_into_the_number():
    text = ("Căn cứ Nghị quyết số 19-NQ/TƯ ngày 16/6/2022; Quyết định số 211/QĐ–UBND ngày 3/2/2023; "
            "s412/QĐ-TTg ngày 09/4/2022 về bộ tiêu chí.")
    assert refs(text) == {("19-NQ/TƯ", "nghi_quyet", "2022-06-16"), ("211/QĐ-UBND", "quyet_dinh", "2023-02-03"),
                          ("412/QĐ-TTg", "quyet_dinh", "2022-04-09")}


def test_a_programme_named_by_a_number_is_no_document():
    assert refs("Đến nay 5/12 thôn của xã Mỹ Lợi đã hoàn thành Chương trình 135 và Chương trình 30a.") == set()


def test_a_sentence_opening_on_poor_households_states_the_rate_and_not_the_near_poors():
    assert rates("Hộ nghèo của xã Phú Lợi giảm còn 1,8%, hộ cận nghèo còn 3,5%.") == {("Phú Lợi", "xa", 1.8, None)}


def test_a_year_after_the_unit_dates_a_rate_under_a_named_poverty_standard():
    assert rates("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của xã Phú Lợi năm 2023 còn 2,05%.") == {
        ("Phú Lợi", "xa", 2.05, 2023)}
    assert rates("Cuối năm 2022, theo chuẩn nghèo đa chiều giai đoạn 2022-2025, tỷ lệ hộ nghèo của xã Phú Lợi "
                 "còn 2,4%.") == {("Phú Lợi", "xa", 2.4, 2022)}


def test_figures_given_respectively_go_to_their_units_in_order():
    text = ("Thu nhập bình quân đầu người của xã Phú Lợi (huyện Mỹ Sơn) và xã Tân An (huyện Đông Hà) lần lượt đạt "
            "48 triệu đồng và 52 triệu đồng.")
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 48, None, "achieved"),
                                ("Tân An", "income_per_capita", 52, None, "achieved")}
    assert rates("Tỷ lệ hộ nghèo của xã Phú Lợi và xã Tân An lần lượt là 2,1% và 3,4%.") == {
        ("Phú Lợi", "xa", 2.1, None), ("Tân An", "xa", 3.4, None)}


def test_a_rise_written_with_da_tang_len_keeps_its_second_value():
    text = "Thu nhập bình quân đầu người của xã Phú Lợi từ 15 triệu đồng (năm 2012) đã tăng lên 52 triệu đồng (năm 2022)."
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 15, 2012, "achieved"),
                                ("Phú Lợi", "income_per_capita", 52, 2022, "achieved")}


def test_the_electricity_criterions_wording_with_its_comma_names_the_figure():
    text = "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn của huyện Mỹ Sơn đạt 99,6%."
    assert indicators(text) == {("Mỹ Sơn", "electricity_households", 99.6, None, "achieved")}


def test_a_share_given_as_part_of_another_is_no_figure_of_its_own():
    text = "Huyện Mỹ Sơn có 100% hộ dân sử dụng điện lưới quốc gia, trong đó có 97,5% hộ sử dụng điện an toàn."
    assert indicators(text) == {("Mỹ Sơn", "electricity_households", 100, None, "achieved")}


def test_a_symbol_typed_with_a_dot_or_spaced_dashes_before_its_issuers_code():
    assert refs("UBND tỉnh ban hành Quyết định số 2519/QĐ.UBND ngày 14/10/2021 công nhận xã Mỹ Lợi.") == {
        ("2519/QĐ-UBND", "quyet_dinh", "2021-10-14")}
    assert refs("Chủ tịch UBND tỉnh ký Quyết định số 877 /QĐ - UBND ngày 9/9/2022 công nhận xã Tân An.") == {
        ("877/QĐ-UBND", "quyet_dinh", "2022-09-09")}


def test_a_notice_that_reports_conclusions_is_a_notice():
    assert refs("Theo Thông báo kết luận số 118-TB/TU ngày 2/3/2022 của Ban Thường vụ Tỉnh ủy.") == {
        ("118-TB/TU", "other", "2022-03-02")}


def test_an_average_of_criteria_per_commune_is_no_units_count():
    assert counts("Đến nay, bình quân mỗi xã của huyện Mỹ Sơn đạt 16 tiêu chí.") == set()


def test_a_commune_named_after_a_count_of_communes_has_its_own_criteria():
    text = "Huyện Mỹ Sơn có 10 xã, trong đó xã Phú Lợi đạt 19/19 tiêu chí, xã Tân An đạt 15/19 tiêu chí."
    assert counts(text) == {("Phú Lợi", "xa", 19, 19, None), ("Tân An", "xa", 15, 19, None)}
    assert [t for t in facts(text, "unit_tally") if t["state"].startswith("criteria:")] == []


def test_a_share_of_poor_households_in_parentheses_is_the_rate():
    assert rates("Xã Phú Lợi có 25 hộ nghèo (chiếm 1,8%) và 40 hộ cận nghèo.") == {("Phú Lợi", "xa", 1.8, None)}


def test_the_base_years_rate_in_parentheses_is_a_rate_of_that_year():
    text = "Tỷ lệ hộ nghèo của huyện Mỹ Sơn năm 2023 là 2,34%, giảm 1,1% so với năm 2022 (3,44%)."
    assert rates(text) == {("Mỹ Sơn", "huyen", 2.34, 2023), ("Mỹ Sơn", "huyen", 3.44, 2022)}


def test_an_effort_word_or_a_present_figure_after_a_goal_is_no_goal():
    text = "Nhờ tập trung phấn đấu, năm 2022 thu nhập bình quân đầu người của xã Phú Lợi đạt 48 triệu đồng."
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 48, 2022, "achieved")}
    text = ("Xã Phú Lợi phấn đấu trong năm 2024 đạt chuẩn nông thôn mới nâng cao; hiện nay thu nhập bình quân "
            "đầu người của xã Phú Lợi đạt 58 triệu đồng.")
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 58, None, "achieved")}
    text = "Phấn đấu đến năm 2025, thu nhập bình quân đầu người của tỉnh Hòa Lâm đạt 80 triệu đồng."
    assert indicators(text) == {("Hòa Lâm", "income_per_capita", 80, 2025, "target")}


def test_clean_water_and_paved_roads_named_with_the_unit_or_a_comma_inside():
    assert indicators("Tỷ lệ dân số nông thôn của huyện Mỹ Sơn được sử dụng nước sạch đạt 72,5%.") == {
        ("Mỹ Sơn", "clean_water_rural", 72.5, None, "achieved")}
    text = "Tỷ lệ đường ô tô đến trung tâm xã được nhựa hóa, bê tông hóa của tỉnh Hòa Lâm đạt 100%."
    assert indicators(text) == {("Hòa Lâm", "paved_road_to_commune", 100, None, "achieved")}
    text = "Tỷ lệ hộ dân nông thôn tỉnh Hòa Lâm sử dụng nước hợp vệ sinh đạt 100%, trong đó gần 70% dùng nước sạch."
    assert indicators(text) == {("Hòa Lâm", "clean_water_rural", 100, None, "achieved")}


def test_a_signing_date_given_with_who_issued_it_or_a_passive_verb():
    assert refs("Quyết định số 27/QĐ-UBND do UBND tỉnh ban hành ngày 5/1/2023 công nhận xã Phú Lợi.") == {
        ("27/QĐ-UBND", "quyet_dinh", "2023-01-05")}
    assert refs("Theo Quyết định số 31/QĐ-UBND được ký ngày 6/2/2023, xã Tân An đạt chuẩn.") == {
        ("31/QĐ-UBND", "quyet_dinh", "2023-02-06")}


def test_a_monthly_income_is_not_the_yearly_income_per_capita():
    assert indicators("Thu nhập bình quân đầu người tại xã Phú Lợi đạt 4,2 triệu đồng/người/tháng.") == set()


def test_each_communes_count_written_beside_its_name_without_a_verb():
    text = "Kết quả cụ thể: xã Phú Lợi 17/19 tiêu chí; xã Tân An 15/19 tiêu chí; xã Hòa Thạnh 14/19 tiêu chí."
    assert counts(text) == {("Phú Lợi", "xa", 17, 19, None), ("Tân An", "xa", 15, 19, None),
                            ("Hòa Thạnh", "xa", 14, 19, None)}
    text = "Các xã còn lại đạt từ 12 đến 16 tiêu chí, gồm: xã Tân An (16 tiêu chí), xã Hòa Thạnh (12 tiêu chí)."
    assert counts(text) == {("Tân An", "xa", 16, None, None), ("Hòa Thạnh", "xa", 12, None, None)}
    assert counts("Số tiêu chí đạt được của xã Phú Lợi là 17/19 tiêu chí.") == {("Phú Lợi", "xa", 17, 19, None)}


def test_criteria_counts_given_respectively_go_to_the_listed_communes_in_order():
    assert counts("Các xã Phú Lợi, Hòa Thạnh, Tân An lần lượt đạt 15, 16 và 17 tiêu chí.") == {
        ("Phú Lợi", "xa", 15, None, None), ("Hòa Thạnh", "xa", 16, None, None), ("Tân An", "xa", 17, None, None)}
    assert counts("Xã Phú Lợi, Tân An lần lượt đạt 15, 16 và 17 tiêu chí.") == set()  # three counts, two communes


def test_an_income_written_per_person_first_is_the_income_per_capita():
    text = "Năm 2022, bình quân mỗi người dân huyện Mỹ Sơn có thu nhập đạt gần 58 triệu đồng/năm."
    assert indicators(text) == {("Mỹ Sơn", "income_per_capita", 58, 2022, "achieved")}


def test_the_same_figure_of_the_next_commune_named_without_its_level_word():
    text = ("Đến cuối năm 2022, thu nhập bình quân đầu người của người dân xã Phú Lợi đạt 46,2 triệu đồng/người/năm; "
            "Tân An đạt 45,9 triệu đồng/người/năm; Hòa Thạnh đạt 51,7 triệu đồng/người/năm.")
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 46.2, 2022, "achieved"),
                                ("Tân An", "income_per_capita", 45.9, 2022, "achieved"),
                                ("Hòa Thạnh", "income_per_capita", 51.7, 2022, "achieved")}


def test_a_range_over_a_group_is_no_figure_but_the_commune_named_after_it_has_one():
    text = ("Huyện Mỹ Sơn có 3 xã hiện đạt mức thu nhập bình quân đầu người từ 40,3 - 42,5 triệu đồng/người/năm, "
            "xã Phú Lợi đạt hơn 33 triệu đồng/người/năm.")
    assert indicators(text) == {("Phú Lợi", "income_per_capita", 33, None, "achieved")}


def test_a_sentence_that_goes_on_with_the_rate_of_the_sentence_before():
    text = ("Năm 2016, tỷ lệ hộ nghèo của huyện Mỹ Sơn là 12,4%, giảm xuống còn 9,1% (năm 2018). "
            "Năm 2020, chỉ còn khoảng 4,6% và đến nay có 12 xã đạt chuẩn.")
    assert rates(text) == {("Mỹ Sơn", "huyen", 12.4, 2016), ("Mỹ Sơn", "huyen", 9.1, 2018),
                           ("Mỹ Sơn", "huyen", 4.6, 2020)}
