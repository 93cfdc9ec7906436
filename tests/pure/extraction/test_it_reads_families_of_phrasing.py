"""Families of phrasing found in articles from further provinces, each on an invented sentence
(names and figures are made up)."""


from nongthon.extraction import ExtractOptions, extract

from .helpers import DATELINE, facts


def criteria(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["achieved"], f["total"], f["year"])
            for f in facts(text, "criteria_count")}


# Criteria said of a group that a list has just spelt out.

def test_criteria_of_the_communes_listed_earlier_in_the_sentence():
    text = ("Các xã được công nhận đạt chuẩn gồm Tân Mỹ, Hòa Lạc (huyện Đông Giang) và Phú An (huyện Tây Sơn); "
            "các xã này đều đã hoàn thành 19/19 tiêu chí.")
    assert criteria(text) == {("Tân Mỹ", "xa", 19, 19, None), ("Hòa Lạc", "xa", 19, 19, None),
                              ("Phú An", "xa", 19, 19, None)}


def test_criteria_of_the_communes_listed_in_the_sentence_before():
    text = ("Hội đồng tỉnh vừa công nhận 3 xã đạt chuẩn nông thôn mới năm 2022 gồm xã Tân Mỹ, Hòa Lạc huyện "
            "Đông Giang và xã Phú An thuộc huyện Tây Sơn. Các xã trên đã hoàn thành 19 tiêu chí theo Bộ tiêu chí "
            "quốc gia.")
    assert criteria(text) == {("Tân Mỹ", "xa", 19, None, None), ("Hòa Lạc", "xa", 19, None, None),
                              ("Phú An", "xa", 19, None, None)}


def test_criteria_a_group_is_to_meet_are_no_count():
    text = ("Năm 2024 tỉnh chọn 2 xã gồm Tân Mỹ và Hòa Lạc. Các xã này phấn đấu hoàn thành 19/19 tiêu chí "
            "vào cuối năm.")
    assert criteria(text) == set()


def test_a_district_that_has_enough_criteria():
    text = "Huyện Đông Giang đủ 9 tiêu chí huyện nông thôn mới theo quy định."
    assert criteria(text) == {("Đông Giang", "huyen", 9, None, None)}


# Lists of communes that place each with an abbreviated level word.

def test_an_abbreviated_city_after_a_listed_commune_places_it():
    text = ("5 xã được công nhận đạt chuẩn nông thôn mới năm 2021 gồm xã Tân Mỹ, Hòa Lạc TP Đông Giang; "
            "xã Phú An, Phú Hòa huyện Tây Sơn.")
    names = {f["unit"]["name"] for f in facts(text, "ntm_status")}
    assert names == {"Tân Mỹ", "Hòa Lạc", "Phú An", "Phú Hòa"}


# Dates of cited documents.

def legal(text):
    return {(f["number"], f["kind"], f["date"]) for f in facts(text, "legal_ref")}


def test_a_date_on_the_next_line_of_a_wrapped_citation():
    text = ("Căn cứ Nghị định số 41/2021/NĐ-CP ngày\n"
            "15/3/2021 của Chính phủ; Quyết định số 907/QĐ-TTg\n"
            "ngày 08/01/2022 của Thủ tướng Chính phủ.")
    assert legal(text) == {("41/2021/NĐ-CP", "nghi_dinh", "2021-03-15"),
                           ("907/QĐ-TTg", "quyet_dinh", "2022-01-08")}


def test_a_new_line_that_starts_a_new_item_lends_no_date():
    text = "Căn cứ Quyết định số 907/QĐ-TTg\nNgày 08/01/2022, xã Tân Mỹ tổ chức hội nghị."
    assert legal(text) == {("907/QĐ-TTg", "quyet_dinh", None)}


def test_decisions_announced_with_a_date_are_cited_by_number_after_it():
    text = ("Ngày 5-11-2022, UBND tỉnh Lam Sơn ban hành các quyết định công nhận xã đạt chuẩn nông thôn mới. "
            "Theo đó, UBND tỉnh ban hành Quyết định 1812 công nhận xã Tân Mỹ đạt chuẩn nông thôn mới. "
            "UBND tỉnh ban hành các Quyết định 1813, 1814 công nhận các xã Hòa Lạc, Phú An đạt chuẩn nông thôn mới.")
    assert legal(text) == {("1812", "quyet_dinh", "2022-11-05"), ("1813", "quyet_dinh", "2022-11-05"),
                           ("1814", "quyet_dinh", "2022-11-05")}


def test_a_decision_of_another_kind_keeps_no_date():
    text = ("Ngày 5-11-2022, UBND tỉnh Lam Sơn ban hành các quyết định công nhận xã đạt chuẩn nông thôn mới. "
            "Các xã thực hiện theo Nghị quyết số 12/NQ-HĐND của HĐND tỉnh.")
    assert legal(text) == {("12/NQ-HĐND", "nghi_quyet", None)}


def test_as_many_numbers_as_the_decisions_announced_take_their_date_anywhere_after():
    filler = " ".join(f"Xã thứ {i} tiếp tục duy trì các tiêu chí." for i in range(1, 9))
    text = ("Ngày 7/10/2021, Chủ tịch UBND tỉnh Lam Sơn đã ký 3 Quyết định công nhận 3 xã đạt chuẩn nông thôn mới. "
            + filler + "\nNguồn: Quyết định từ số 410 đến 412 của UBND tỉnh.")
    assert legal(text) == {(str(n), "quyet_dinh", "2021-10-07") for n in (410, 411, 412)}
    other = text.replace("410 đến 412", "410 đến 413")
    assert legal(other) == {(str(n), "quyet_dinh", None) for n in (410, 411, 412, 413)}


# Time phrases.

def tallies(text):
    return {(f["count"], f["total"], f["state"], f["year"], f["modality"]) for f in facts(text, "unit_tally")}


def test_a_programme_period_before_until_now_does_not_date_the_stock():
    text = ("Kết quả thực hiện Chương trình giai đoạn 2016-2020 trên địa bàn tỉnh Lam Sơn tính đến nay, toàn tỉnh "
            "có 41 xã đạt chuẩn nông thôn mới.")
    assert tallies(text) == {(41, None, "dat_chuan", None, "achieved")}
    dated = "Giai đoạn 2016-2020, toàn tỉnh Lam Sơn có 41 xã đạt chuẩn nông thôn mới."
    assert tallies(dated) == {(41, None, "dat_chuan", "2016-2020", "achieved")}


# Counts that are no stock.

def test_the_units_of_a_decision_spelt_out_after_theo_do_are_no_stock():
    text = ("Theo đó, 3 xã đạt chuẩn nông thôn mới gồm: Tân Mỹ, Hòa Lạc (huyện Đông Giang) và Phú An. "
            "12 xã đạt chuẩn nông thôn mới nâng cao, gồm: Phú Hòa, Phú Lộc (Tây Sơn); Mỹ Lợi (Đông Giang). "
            "Theo đó, đợt này, 2 xã được công nhận đạt chuẩn nông thôn mới kiểu mẫu là Mỹ Thạnh và Mỹ Hưng.")
    assert tallies(text) == set()
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {
        "Tân Mỹ", "Hòa Lạc", "Phú An", "Phú Hòa", "Phú Lộc", "Mỹ Lợi", "Mỹ Thạnh", "Mỹ Hưng"}


def test_a_listed_stock_after_a_stock_stays_a_stock():
    text = ("Đến nay, toàn tỉnh Lam Sơn có 3/9 huyện đạt chuẩn nông thôn mới. "
            "3 huyện đạt chuẩn nông thôn mới gồm: Đông Giang, Tây Sơn và Mỹ Lợi.")
    assert (3, None, "dat_chuan", None, "achieved") in tallies(text)


def test_units_recognised_within_a_year_are_no_stock():
    text = "Như vậy, trong năm 2022, toàn tỉnh Lam Sơn có 7 xã đạt chuẩn nông thôn mới nâng cao."
    assert tallies(text) == set()
    goal = "Trong năm 2024, tỉnh Lam Sơn phấn đấu có 7 xã đạt chuẩn nông thôn mới nâng cao."
    assert tallies(goal) == {(7, None, "nang_cao", 2024, "target")}


def test_a_group_addressed_by_doi_voi_is_no_stock():
    text = ("Chủ tịch UBND tỉnh Lam Sơn yêu cầu đối với 4 xã đạt chuẩn nông thôn mới, các xã tiếp tục duy trì "
            "các tiêu chí.")
    assert tallies(text) == set()


# Statuses.

def statuses(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["status"], f["modality"], f["year"])
            for f in facts(text, "ntm_status")}


def test_a_caption_between_a_recognition_and_its_list_of_communes():
    text = ("Lam Sơn: Thêm 2 xã đạt chuẩn\n"
            "Thứ Ba 12/01/2022\n"
            "Hội đồng tỉnh Lam Sơn vừa bỏ phiếu công nhận 2 xã đạt chuẩn nông thôn mới năm 2021.\n"
            "Lãnh đạo tỉnh kiểm tra trạm y tế xã Tân Mỹ\n"
            "Các xã được bỏ phiếu công nhận đạt chuẩn gồm Tân Mỹ (huyện Đông Giang) và Hòa Lạc (huyện Tây Sơn).")
    assert statuses(text) == {("Tân Mỹ", "xa", "dat_chuan", "achieved", 2021),
                              ("Hòa Lạc", "xa", "dat_chuan", "achieved", 2021)}


def test_to_be_recognised_after_a_goal_is_a_target():
    text = "Tỉnh Lam Sơn phấn đấu năm 2024, 2 huyện Đông Giang, Tây Sơn sẽ được công nhận huyện đạt chuẩn nông thôn mới."
    assert statuses(text) == {("Đông Giang", "huyen", "dat_chuan", "target", 2024),
                              ("Tây Sơn", "huyen", "dat_chuan", "target", 2024)}


def test_a_district_coordinated_after_a_counted_increment_has_its_own_standing():
    text = ("Năm 2024, tỉnh Lam Sơn phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới và huyện Đông Giang đạt huyện "
            "nông thôn mới đầu tiên của tỉnh.")
    assert statuses(text) == {("Đông Giang", "huyen", "dat_chuan", "target", 2024)}
    assert {(f["parent"]["name"], f["count"], f["modality"]) for f in facts(text, "unit_tally")} == {
        ("Lam Sơn", 1, "target")}


def test_a_list_in_parentheses_opened_by_gom():
    text = ("Giai đoạn 2021-2025, tỉnh Lam Sơn phấn đấu có thêm 3 huyện đạt chuẩn nông thôn mới (gồm Đông Giang, "
            "Tây Sơn, Mỹ Lợi).")
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Đông Giang", "Tây Sơn", "Mỹ Lợi"}


def test_a_list_of_the_same_count_as_the_sentence_before_takes_its_year():
    text = ("Đến cuối tháng 9 năm 2022, toàn tỉnh Lam Sơn có 41/52 xã đạt chuẩn nông thôn mới; 3/7 huyện đạt "
            "chuẩn huyện nông thôn mới và 2 đô thị hoàn thành nhiệm vụ xây dựng nông thôn mới. "
            "3 huyện đạt chuẩn nông thôn mới gồm: Đông Giang, Tây Sơn và huyện Mỹ Lợi.")
    assert {("Đông Giang", "huyen", "dat_chuan", "achieved", 2022), ("Tây Sơn", "huyen", "dat_chuan", "achieved", 2022),
            ("Mỹ Lợi", "huyen", "dat_chuan", "achieved", 2022)} <= statuses(text)
    assert {(f["child_level"], f["count"], f["total"], f["year"]) for f in facts(text, "unit_tally")} == {
        ("xa", 41, 52, 2022), ("huyen", 3, 7, 2022), ("huyen", 2, None, 2022), ("huyen", 3, None, 2022)}
    other = text.replace("3 huyện đạt chuẩn nông thôn mới gồm", "5 huyện đạt chuẩn nông thôn mới gồm")
    assert {f["year"] for f in facts(other, "ntm_status")} == {None}


def test_the_programme_misspelt_is_still_the_programme():
    text = "Đến nay, huyện Đông Giang có 12 xã đạt chuẩn Nông thông mới."
    assert {(f["parent"]["name"], f["count"]) for f in facts(text, "unit_tally")} == {("Đông Giang", 12)}


def test_the_programme_capitalised_after_a_level_word_is_no_unit():
    text = "Năm 2022, tỉnh Lam Sơn có 2 huyện đạt chuẩn huyện Nông thôn mới."
    assert facts(text, "ntm_status") == []


def test_an_organisation_after_theo_do_is_no_listed_commune():
    text = ("Năm 2022, tỉnh Lam Sơn có 5 xã được công nhận đạt chuẩn nông thôn mới. "
            "Theo đó, UBND tỉnh chỉ đạo các huyện tổ chức lễ công bố.")
    assert facts(text, "ntm_status") == []


# Poverty rates.

def rates(text):
    return {(f["unit"]["name"], f["value"], f["period"]) for f in facts(text, "poverty_rate")}


def test_poor_households_counted_with_their_share():
    text = ("Theo kết quả rà soát cuối năm 2022 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, tỉnh Lam Sơn có "
            "9.120 hộ nghèo, chiếm tỷ lệ 3,14%; 8.700 hộ cận nghèo, chiếm tỷ lệ 2,9%.")
    assert rates(text) == {("Lam Sơn", 3.14, 2022)}
    counted = "Đến cuối năm 2020, xã Tân Mỹ chỉ còn 27 hộ nghèo/1.930 hộ, chiếm tỷ lệ 1,4%."
    assert rates(counted) == {("Tân Mỹ", 1.4, 2020)}


def test_a_share_of_all_poor_households_is_no_rate():
    text = "Tại tỉnh Lam Sơn có 8.500 hộ nghèo ở nông thôn, chiếm tỷ lệ 93,2% so với tổng số hộ nghèo."
    assert rates(text) == set()


def test_a_rate_and_the_rate_it_fell_to_each_with_its_year():
    text = "Tỷ lệ hộ nghèo năm 2012 tại huyện Đông Giang là 7,45%, đến cuối năm 2020 giảm còn 1,02%."
    assert rates(text) == {("Đông Giang", 7.45, 2012), ("Đông Giang", 1.02, 2020)}


def test_a_poverty_goal_is_no_rate():
    text = "Tỉnh Lam Sơn phấn đấu đến cuối năm 2027, tỷ lệ hộ nghèo còn dưới 2%."
    assert rates(text) == set()


def test_a_starting_rate_written_near():
    text = "Khi bắt đầu xây dựng nông thôn mới, huyện Đông Giang có thu nhập thấp; hộ nghèo còn gần 15%."
    assert rates(text) == {("Đông Giang", 15, None)}


# Indicators.

def indicators(text):
    return {(f["unit"]["name"], f["key"], f["value"], f["modality"]) for f in facts(text, "indicator")}


def test_products_counted_after_the_programme_is_named():
    text = "Tỉnh Lam Sơn đã đánh giá, xếp hạng sản phẩm OCOP với 212 sản phẩm từ 3 sao trở lên."
    assert indicators(text) == {("Lam Sơn", "ocop_products", 212, "achieved")}
    more = "Tỉnh Lam Sơn có thêm 12 sản phẩm OCOP được công nhận."
    assert indicators(more) == set()


def test_income_of_rural_residents_and_a_misplaced_tone_mark():
    text = "Năm 2021, thu nhập của người dân khu vực nông thôn tỉnh Lam Sơn đạt 38,45triêụđồng/người/năm."
    assert indicators(text) == {("Lam Sơn", "income_per_capita", 38.45, "achieved")}


def test_households_using_electricity_with_their_share_after_a_comma():
    text = "Toàn xã Tân Mỹ đã có 1510/1512 hộ sử dụng điện thường xuyên, đạt tỉ lệ 99,87%."
    assert indicators(text) == {("Tân Mỹ", "electricity_households", 99.87, "achieved")}


def test_a_list_of_one_closing_the_sentence():
    text = ("Theo đó, 2 xã đạt chuẩn nông thôn mới gồm: Tân Mỹ, Hòa Lạc (huyện Đông Giang). "
            "1 xã đạt chuẩn nông thôn mới kiểu mẫu là xã Phú An (Tây Sơn).")
    assert tallies(text) == set()
    assert ("Phú An", "xa", "kieu_mau", "achieved", None) in statuses(text)


def test_a_count_after_the_state_introduced_by_voi():
    text = ("Đến nay, Lam Sơn là tỉnh có nhiều đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới nhất "
            "vùng với 4/7 đơn vị cấp huyện gồm 3 huyện: Đông Giang, Tây Sơn, Mỹ Lợi và thị xã Phú An.")
    assert (4, 7, "dat_chuan", None, "achieved") in tallies(text)
    assert {"Đông Giang", "Tây Sơn", "Mỹ Lợi"} <= {f["unit"]["name"] for f in facts(text, "ntm_status")}
    addressed = "UBND tỉnh Lam Sơn vừa công nhận đạt chuẩn nông thôn mới đối với 3 xã ở huyện Đông Giang."
    assert tallies(addressed) == set()


def test_another_subject_after_a_counted_goal_has_its_own_status():
    text = ("Tỉnh Lam Sơn phấn đấu năm 2026, 2 huyện Đông Giang, Tây Sơn sẽ được công nhận huyện đạt chuẩn nông "
            "thôn mới và tỉnh sẽ trở thành tỉnh nông thôn mới.")
    assert ("Lam Sơn", "tinh", "dat_chuan", "target", 2026) in statuses(text)


def test_a_batch_recognised_opening_a_list_sentence_is_no_stock():
    text = ("12 xã được công nhận “xã đạt chuẩn nông thôn mới” năm 2022 gồm xã Tân Mỹ, Hòa Lạc huyện Đông Giang; "
            "xã Phú An huyện Tây Sơn.")
    assert tallies(text) == set()


def test_units_below_a_number_of_criteria_are_no_elliptic_standard():
    text = ("Đến cuối năm 2020, toàn tỉnh Lam Sơn có 21 xã đạt chuẩn nông thôn mới; 30 xã đạt từ 10 - 14 tiêu chí; "
            "06 xã đạt dưới 05 tiêu chí.")
    assert tallies(text) == {(21, None, "dat_chuan", 2020, "achieved"), (30, None, "criteria:10-14", 2020, "achieved"),
                             (6, None, "criteria:0-4", 2020, "achieved")}


def test_one_of_the_communes_counted_is_the_commune_not_its_village():
    text = "Người dân thôn Nà Lầu, xã Phong Lâm (01 trong 05 xã về đích nông thôn mới năm 2021) làm đường."
    assert {(f["unit"]["name"], f["unit"]["level"]) for f in facts(text, "ntm_status")} == {("Phong Lâm", "xa")}


# Goals and results.

def test_units_to_be_recognised_under_a_goal_raise_a_target_total():
    text = ("Theo kế hoạch, đến năm 2027 toàn tỉnh Lam Sơn phấn đấu có thêm 12 xã được công nhận xã đạt chuẩn nông "
            "thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới toàn tỉnh lên 80/96 xã.")
    assert tallies(text) == {(80, 96, "dat_chuan", 2027, "target")}
    done = "Sau nhiều năm nỗ lực, đến nay tỉnh Lam Sơn đã có 80 xã được công nhận đạt chuẩn nông thôn mới."
    assert {t[-1] for t in tallies(done)} == {"achieved"}


def test_after_becoming_the_first_is_achieved():
    text = ("Ngay sau khi trở thành địa phương đầu tiên của tỉnh được công nhận đạt chuẩn nông thôn mới vào năm "
            "2016, thị xã Phú An tiếp tục xây dựng nông thôn mới kiểu mẫu.")
    assert {f["modality"] for f in facts(text, "ntm_status")} == {"achieved"}


def test_recognised_as_the_programme_with_its_grade():
    text = "Năm 2022, xã Tân Mỹ đã được công nhận nông thôn mới nâng cao."
    assert statuses(text) == {("Tân Mỹ", "xa", "nang_cao", "achieved", 2022)}
    contrast = "Trước đây, Mỹ Lợi đã được công nhận nông thôn mới nâng cao, trong khi xã Tân Mỹ chưa đạt."
    assert ("Tân Mỹ", "xa", "nang_cao", "achieved", None) not in statuses(contrast)


def test_one_of_the_first_two_is_a_tally_of_two():
    text = "Năm 2023, Tân Mỹ là một trong 2 xã đầu tiên của tỉnh Lam Sơn trở thành xã nông thôn mới kiểu mẫu."
    assert {(f["count"], f["state"]) for f in facts(text, "unit_tally")} == {(2, "kieu_mau")}


def test_a_list_belongs_to_the_nearer_counted_state():
    text = ("Đến cuối năm 2023, toàn huyện Đông Giang có 9/9 xã đạt chuẩn nông thôn mới, có 3 xã đạt chuẩn nông thôn "
            "mới nâng cao gồm: Tân Mỹ, Hòa Lạc, Phú An.")
    assert {(f["unit"]["name"], f["status"]) for f in facts(text, "ntm_status")} == {
        ("Tân Mỹ", "nang_cao"), ("Hòa Lạc", "nang_cao"), ("Phú An", "nang_cao")}
    own = ("Ngày 5/8/2023, tỉnh Lam Sơn ban hành Quyết định công nhận đạt chuẩn nông thôn mới năm 2022 đối với 3 xã: "
           "Tân Mỹ, Hòa Lạc - huyện Đông Giang và Phú An - huyện Tây Sơn.")
    assert {(f["unit"]["name"], f["status"]) for f in facts(own, "ntm_status")} == {
        ("Tân Mỹ", "dat_chuan"), ("Hòa Lạc", "dat_chuan"), ("Phú An", "dat_chuan")}


def test_a_list_in_groups_by_district_running_up_to_the_state():
    text = ("UBND tỉnh Lam Sơn ban hành các quyết định công nhận các xã: Tân Mỹ, Hòa Lạc, huyện Đông Giang; Phú An, "
            "Phú Hòa, huyện Tây Sơn, đạt chuẩn nông thôn mới nâng cao năm 2023.")
    assert statuses(text) == {(name, "xa", "nang_cao", "achieved", 2023)
                              for name in ("Tân Mỹ", "Hòa Lạc", "Phú An", "Phú Hòa")}


def test_bodies_of_listed_districts_that_announce_are_no_statuses():
    text = ("Ủy ban nhân dân các huyện: Đông Giang, Tây Sơn và Mỹ Lợi tổ chức công bố xã đạt chuẩn nông thôn mới "
            "kiểu mẫu theo quy định.")
    assert facts(text, "ntm_status") == []


def test_list_sentences_after_a_recognition_detail_its_batch():
    text = ("Sáng nay, Hội đồng thẩm định tỉnh Lam Sơn đã bỏ phiếu công nhận xã đạt chuẩn nông thôn mới năm 2023.\n"
            "Theo đó, 100% thành viên đồng ý công nhận 2 xã đạt chuẩn nông thôn mới gồm: Tân Mỹ, Hòa Lạc.\n"
            "Một góc xã Tân Mỹ.\n"
            "Có 3 xã đạt chuẩn nông thôn mới nâng cao gồm: Phú An, Phú Hòa (huyện Tây Sơn); Mỹ Lợi (huyện Đông Giang).")
    assert tallies(text) == set()
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Tân Mỹ", "Hòa Lạc", "Phú An", "Phú Hòa", "Mỹ Lợi"}


def test_a_list_of_a_count_the_decision_before_recognised_is_its_batch():
    text = ("Công nhận 02 xã đạt chuẩn nông thôn mới kiểu mẫu và 12 xã đạt chuẩn nông thôn mới nâng cao năm 2023\n"
            "Ngày 28/12, Chủ tịch UBND tỉnh Lam Sơn ký quyết định công nhận 02 xã đạt chuẩn nông thôn mới kiểu mẫu "
            "năm 2023 và 12 xã đạt chuẩn nông thôn mới nâng cao năm 2023 trên địa bàn tỉnh.\n"
            "12 xã đạt chuẩn nông thôn mới nâng cao năm 2023 gồm: 07 xã thuộc huyện Đông Giang (Tân Mỹ, Hòa Lạc, Phú "
            "An, Phú Hòa, Mỹ Lợi, Mỹ Hưng, Mỹ Thạnh); 05 xã thuộc huyện Tây Sơn (Tây An, Tây Bình, Tây Giang, Tây "
            "Phú, Tây Vinh).")
    assert tallies(text) == set()


def test_a_goal_with_its_year_first_governs_a_long_plan_sentence():
    text = ("Trong năm 2024, tỉnh Lam Sơn phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới, 15 xã biên giới phấn đấu "
            "đạt bình quân từ 12-13 tiêu chí/xã, các huyện tiếp tục chỉ đạo xã điểm đặc biệt khó khăn để đến hết năm "
            "đạt từ 12 tiêu chí trở lên, mỗi huyện lựa chọn 01 xã đã đạt chuẩn để chỉ đạo điểm, có 80/150 thôn của 15 "
            "xã biên giới đạt chuẩn thôn nông thôn mới.")
    assert tallies(text) == {(80, 150, "dat_chuan", 2024, "target")}
    assert {(f["parent"]["name"], f["parent"]["level"]) for f in facts(text, "unit_tally")} == {("Lam Sơn", "tinh")}


def test_no_more_communes_below_a_number_of_criteria_is_no_tally():
    text = "Đến nay, tỉnh Lam Sơn chỉ còn 12 xã dưới 10 tiêu chí, đặc biệt không còn xã dưới 5 tiêu chí."
    assert tallies(text) == {(12, None, "criteria:0-9", None, "achieved")}


def test_the_first_province_to_have_a_commune_reach_the_standard_is_no_tally():
    text = "Lam Sơn là tỉnh đầu tiên trong cả nước có xã miền núi, biên giới đạt chuẩn nông thôn mới."
    assert tallies(text) == set()


def test_a_unit_named_as_one_of_the_programme_is_recognised():
    text = "Một góc xã nông thôn mới Phú An (huyện Tây Sơn, tỉnh Lam Sơn)."
    assert statuses(text) == {("Phú An", "xa", "dat_chuan", "achieved", None)}
    building = "Huyện tập trung xây dựng xã nông thôn mới Phú An trong năm nay."
    assert statuses(building) == set()


def test_headlines_of_other_articles_listed_after_the_text_are_skipped():
    body = "Lam Sơn: thêm 3 xã về đích\n" + "Nội dung bài viết về các xã của tỉnh Lam Sơn. " * 12
    related = ("\nĐông Giang: Sức sống mới ở huyện nông thôn mới Tây Sơn\n13:32 | 16/04/2025 Nông thôn mới\n"
               "\nPhú An: Phát triển du lịch trên nền tảng nông thôn mới\n10:04 | 06/05/2025 Nông thôn mới\n")
    assert facts(body + related, "ntm_status") == []


def test_a_counted_sentence_after_a_goal_with_a_goal_word_of_its_own_continues_it():
    text = ("Theo kế hoạch, đến năm 2027 tỉnh Lam Sơn phấn đấu có thêm 12 xã được công nhận xã đạt chuẩn nông thôn "
            "mới. Có 5 huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới, trong đó có ít nhất 1 huyện "
            "đạt chuẩn nông thôn mới nâng cao.")
    assert {(t[0], t[-1]) for t in tallies(text)} == {(5, "target"), (1, "target")}
    stock = ("Năm 2022, tỉnh Lam Sơn đã có thêm 12 xã được công nhận đạt chuẩn nông thôn mới. "
             "Có 5 huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.")
    assert {t[-1] for t in tallies(stock)} == {"achieved"}


def test_units_recognised_as_done_with_the_programme_left_out():
    text = ("Đây là đơn vị cấp huyện thứ 3 của tỉnh Lam Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới; trước đó, "
            "trong năm 2022, 2 đơn vị cấp huyện là thị xã Đông Giang và huyện Tây Sơn đã được công nhận hoàn thành.")
    assert {("Đông Giang", "huyen", "dat_chuan", "achieved", 2022),
            ("Tây Sơn", "huyen", "dat_chuan", "achieved", 2022)} <= statuses(text)


def test_a_raised_total_opening_a_sentence():
    text = "Đưa tổng số xã đạt chuẩn của tỉnh Lam Sơn đến cuối năm 2022 là 31 xã."
    assert tallies(text) == {(31, None, "dat_chuan", 2022, "achieved")}


def test_the_stock_a_raised_total_states_after_an_increment():
    text = ("Năm 2022 tỉnh Lam Sơn có thêm 12 xã và 40 khu dân cư được công nhận đạt chuẩn nông thôn mới; nâng tổng "
            "số toàn tỉnh có 61 xã, 98 khu dân cư đạt chuẩn nông thôn mới.")
    assert {(f["child_level"], f["count"]) for f in facts(text, "unit_tally")} == {("xa", 61), ("thon", 98)}


def test_criteria_and_more_without_from():
    text = "Đến nay tỉnh Lam Sơn đã có 80 xã đạt 5 tiêu chí trở lên, 12 xã đạt dưới 5 tiêu chí."
    assert {t[2] for t in tallies(text)} == {"criteria:5-19", "criteria:0-4"}


def test_a_district_placing_a_commune_in_parentheses_is_no_owner():
    text = ("Toàn tỉnh Lam Sơn: 01 xã đang xây dựng hồ sơ đề nghị thẩm định (xã Tân Mỹ, huyện Đông Giang), có 43 xã "
            "đạt 13-18 tiêu chí.")
    assert {(f["parent"]["name"], f["count"]) for f in facts(text, "unit_tally")} == {("Lam Sơn", 43)}


def test_a_counted_pair_then_another_commune_with_another_grade():
    text = "Cụ thể, 2 xã Tân Mỹ và Hòa Lạc đạt chuẩn nông thôn mới, xã Phú An đạt chuẩn nông thôn mới nâng cao."
    assert {(name, status) for name, _, status, _, _ in statuses(text)} == {
        ("Tân Mỹ", "dat_chuan"), ("Hòa Lạc", "dat_chuan"), ("Phú An", "nang_cao")}


def test_reaching_the_standard_ahead_of_the_goal_is_achieved():
    text = ("Cán bộ và nhân dân huyện Đông Giang đã đồng lòng, quyết tâm, nỗ lực đưa Đông Giang về đích huyện nông "
            "thôn mới trước 2 năm so với mục tiêu Nghị quyết.")
    assert {f["modality"] for f in facts(text, "ntm_status")} == {"achieved"}
    goal = "Huyện Đông Giang quyết tâm, nỗ lực về đích huyện nông thôn mới vào năm 2027."
    assert {f["modality"] for f in facts(goal, "ntm_status")} == {"target"}


def test_communes_eligible_for_a_higher_standard_listed_in_the_next_sentence():
    text = ("Bước đầu, tỉnh Lam Sơn có khoảng 3 xã đủ điều kiện nâng cấp lên chuẩn nông thôn mới nâng cao trong năm "
            "2027. Các địa phương này bao gồm: Tân Mỹ, Hòa Lạc và Phú An.")
    assert tallies(text) == {(3, None, "nang_cao", 2027, "target")}
    assert statuses(text) == {(name, "xa", "nang_cao", "target", 2027) for name in ("Tân Mỹ", "Hòa Lạc", "Phú An")}


def test_the_number_of_communes_below_a_level_named_before_its_figure():
    text = "Năm 2022, tỉnh Lam Sơn tiếp tục cố gắng. Số xã dưới 8 tiêu chí của tỉnh Lam Sơn giảm 20 xã, chỉ còn 14 xã."
    assert (14, None, "criteria:0-7", None, "achieved") in tallies(text)


def test_a_stock_followed_by_the_years_increment_stays_a_stock():
    text = ("Đến hết năm 2023, toàn tỉnh Lam Sơn có 100 xã đạt chuẩn nông thôn mới, trong năm 2023 có thêm 5 xã "
            "được công nhận.")
    assert tallies(text) == {(100, None, "dat_chuan", 2023, "achieved")}


def test_communes_taking_part_are_no_count_after_the_state():
    text = "Tỉnh Lam Sơn đã hoàn thành nhiệm vụ xây dựng nông thôn mới với 50 xã tham gia phong trào."
    assert tallies(text) == set()


def test_the_unit_an_ordinal_belongs_to_is_not_the_subject():
    text = "Đây là đơn vị cấp huyện thứ 3 của tỉnh Lam Sơn hoàn thành nhiệm vụ xây dựng nông thôn mới."
    assert statuses(text) == set()
    assert {(f["parent"]["name"], f["count"]) for f in facts(text, "unit_tally")} == {("Lam Sơn", 3)}
    goal = "Với mục tiêu là xã đầu tiên của huyện Đông Giang đạt chuẩn xã nông thôn mới nâng cao vào năm 2026."
    assert ("Đông Giang", "huyen", "nang_cao", "target", 2026) not in statuses(goal)


def test_income_with_a_letter_dropped_from_the_scale_word():
    text = "Năm 2021, thu nhập bình quân của xã Tân Mỹ đạt 43 triệu đồng/người/năm; xã Hòa Lạc đạt 46 tiệu đồng/người/năm."
    assert indicators(text) == {("Tân Mỹ", "income_per_capita", 43, "achieved"),
                                ("Hòa Lạc", "income_per_capita", 46, "achieved")}


def test_a_province_in_a_closed_parenthesis_does_not_own_a_figure():
    text = ("Đến nay, có 50 tỉnh, thành phố (còn tỉnh Lam Sơn và tỉnh Hòa Bình) tổ chức đánh giá, công nhận 3.120 "
            "sản phẩm OCOP.")
    assert {f["unit"]["name"] for f in facts(text, "indicator")} <= {None}


def test_a_unit_recognised_by_a_body_of_a_higher_unit():
    text = "Xã Tân Mỹ được UBND tỉnh công nhận đạt chuẩn nông thôn mới năm 2022."
    assert statuses(text) == {("Tân Mỹ", "xa", "dat_chuan", "achieved", 2022)}
    located = "UBND tỉnh Lam Sơn vừa công nhận đạt chuẩn nông thôn mới đối với 3 xã ở Đông Giang."
    assert statuses(located) == set()


def test_a_raised_total_of_a_grade_named_alone():
    text = ("Năm 2024, huyện Đông Giang phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã "
            "nâng cao lên 8 xã.")
    assert tallies(text) == {(8, None, "nang_cao", 2024, "target")}


def test_becoming_the_nth_after_being_recognised_is_achieved():
    text = ("Năm 2023, xã Tân Mỹ được công nhận đạt chuẩn nông thôn mới nâng cao, trở thành xã thứ 5 của huyện Đông "
            "Giang đạt chuẩn nông thôn mới nâng cao.")
    assert {f["modality"] for f in facts(text) if f["type"] in {"ntm_status", "unit_tally"}} == {"achieved"}


def test_the_year_of_a_goal_clause_after_a_result_is_not_the_results():
    text = "Xã Tân Mỹ hiện đã đạt 15/19 tiêu chí, phấn đấu về đích nông thôn mới vào năm 2024."
    assert criteria(text) == {("Tân Mỹ", "xa", 15, 19, None)}
    assert statuses(text) == {("Tân Mỹ", "xa", "dat_chuan", "target", 2024)}


def test_a_raised_total_under_a_period_goal_takes_the_period():
    text = ("Giai đoạn 2021-2025, tỉnh Lam Sơn phấn đấu có thêm 20 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt "
            "chuẩn lên 120/150 xã.")
    assert tallies(text) == {(120, 150, "dat_chuan", "2021-2025", "target")}


def test_a_rate_dated_again_in_the_next_clause():
    text = "Năm 2020, tỷ lệ hộ nghèo của xã Tân Mỹ là 4,5%; năm 2022 giảm còn 1,2%."
    assert rates(text) == {("Tân Mỹ", 4.5, 2020), ("Tân Mỹ", 1.2, 2022)}


def test_the_whole_a_count_is_taken_from():
    text = "Trong số 14 xã của huyện Đông Giang, đã có 12 xã đạt chuẩn nông thôn mới."
    assert tallies(text) == {(12, 14, "dat_chuan", None, "achieved")}
    part = "Trong số 12 xã đạt chuẩn nông thôn mới của huyện Đông Giang có 3 xã đạt chuẩn nông thôn mới nâng cao."
    assert (3, None, "nang_cao", None, "achieved") in tallies(part)


def test_a_unit_being_built_towards_the_standard():
    text = "Huyện Đông Giang đang tập trung xây dựng xã Tân Mỹ đạt chuẩn nông thôn mới nâng cao."
    assert statuses(text) == set()
    dated = "Năm nay huyện tập trung xây dựng xã Tân Mỹ đạt chuẩn nông thôn mới nâng cao vào năm 2025."
    assert statuses(dated) == {("Tân Mỹ", "xa", "nang_cao", "target", 2025)}


def test_criteria_abbreviated():
    text = "Xã Tân Mỹ đạt 19/19 TC NTM và được công nhận xã NTM năm 2021."
    assert criteria(text) == {("Tân Mỹ", "xa", 19, 19, 2021)}


def test_listed_members_with_their_own_years():
    text = "Huyện Đông Giang có 2 xã đạt chuẩn nông thôn mới kiểu mẫu (xã Tân Mỹ năm 2022 và xã Hòa Lạc năm 2023)."
    assert statuses(text) == {("Tân Mỹ", "xa", "kieu_mau", "achieved", 2022),
                              ("Hòa Lạc", "xa", "kieu_mau", "achieved", 2023)}


# Support.

def supports(text):
    return {(f["helper"], f["unit"]["name"]) for f in facts(text, "support")}


def test_an_organisation_assigned_with_its_name_between_the_verbs():
    text = "Ban Chỉ đạo tỉnh đã phân công Sở Tài chính giúp đỡ xã Tân Mỹ xây dựng nông thôn mới."
    assert supports(text) == {("Sở Tài chính", "Tân Mỹ")}


def test_a_bank_sponsoring_a_commune():
    text = "Ngân hàng Chính sách xã hội tỉnh nhận đỡ đầu xã Hòa Lạc, huyện Đông Giang giai đoạn 2021-2025."
    assert supports(text) == {("Ngân hàng Chính sách xã hội", "Hòa Lạc")}


def test_poor_households_of_a_unit_fell_to_a_rate():
    text = "Đến cuối năm 2023, hộ nghèo của huyện Đông Giang giảm còn 1,8%."
    assert rates(text) == {("Đông Giang", 1.8, 2023)}


def test_the_communes_recognised_listed_after_a_caption_take_the_decisions_grade_and_year():
    text = ("Lam Sơn: Thêm 2 xã đạt chuẩn nông thôn mới nâng cao\n\nCập nhật 12/01/2024 08:30\n\n"
            "Ngày 10/01/2024, Chủ tịch UBND tỉnh Lam Sơn đã ký quyết định công nhận 2 xã đạt chuẩn nông thôn mới nâng "
            "cao năm 2023.\n\nNgười dân xã Tân Mỹ thu hoạch lúa\n\n"
            "Cụ thể, các xã được công nhận gồm: Tân Mỹ (huyện Đông Giang) và Phú An (huyện Tây Sơn).")
    assert statuses(text) == {("Tân Mỹ", "xa", "nang_cao", "achieved", 2023),
                              ("Phú An", "xa", "nang_cao", "achieved", 2023)}


def test_a_result_stated_under_a_goal_is_achieved_without_the_goals_year():
    text = ("Trong năm 2024, tỉnh Lam Sơn phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới, năm 2024 phấn đấu có thêm 3 "
            "xã đạt chuẩn nông thôn mới nâng cao; tiếp tục chỉ đạo 02 xã đã đạt chuẩn nông thôn mới nâng cao (xã Tân "
            "Mỹ, huyện Đông Giang và xã Phú An, huyện Tây Sơn) để xây dựng nông thôn mới kiểu mẫu.")
    assert {("Tân Mỹ", "xa", "nang_cao", "achieved", None),
            ("Phú An", "xa", "nang_cao", "achieved", None)} <= statuses(text)
    dated = "Năm 2022, xã Tân Mỹ đã đạt chuẩn nông thôn mới nâng cao."
    assert statuses(dated) == {("Tân Mỹ", "xa", "nang_cao", "achieved", 2022)}


def test_the_first_of_a_province_named_without_its_level_word():
    # a province the registry knows, named bare
    text = "Xã Tân Mỹ vừa được công nhận. Đây là xã đầu tiên của Thái Bình đạt chuẩn nông thôn mới kiểu mẫu."
    found = extract(text, "t", doc_date=DATELINE, options=ExtractOptions())
    assert {(f["parent"]["name"], f["count"], f["state"]) for f in found if f["type"] == "unit_tally"} == {
        ("Thái Bình", 1, "kieu_mau")}
    assert facts("Đây là xã đầu tiên của Tổ Công tác đạt chuẩn nông thôn mới kiểu mẫu.", "unit_tally") == []


def test_the_units_of_decisions_spelt_out_after_theo_do_with_a_year_between():
    text = ("Lam Sơn công nhận 03 xã đạt chuẩn nông thôn mới năm 2022\n"
            "Ủy ban nhân dân tỉnh vừa ban hành các Quyết định công nhận xã đạt chuẩn nông thôn mới năm 2022. "
            "Theo đó, năm 2022 Lam Sơn có 3 xã đạt chuẩn gồm: xã Tân Mỹ, huyện Đông Giang; xã Phú An và Phú Hòa, "
            "huyện Tây Sơn.")
    assert tallies(text) == set()
    assert {f["unit"]["name"] for f in facts(text, "ntm_status")} == {"Tân Mỹ", "Phú An", "Phú Hòa"}


def test_the_first_ones_are_no_tally_of_one():
    text = "Được biết, đây là những xã nông thôn mới đầu tiên của tỉnh Lam Sơn được công nhận đạt chuẩn nông thôn mới nâng cao."
    assert tallies(text) == set()


def test_a_statement_in_parentheses_takes_no_year_from_outside():
    text = ("Có 2 đơn vị cấp huyện đã hoàn thành nhiệm vụ xây dựng nông thôn mới là huyện Đông Giang (12/12 xã hoàn "
            "thành 19/19 tiêu chí) và thị xã Phú An (8/8 xã đạt chuẩn nông thôn mới), góp phần hoàn thành chỉ tiêu của "
            "giai đoạn 2016-2020.")
    assert (8, 8, "dat_chuan", None, "achieved") in tallies(text)


def test_a_year_written_right_after_the_standard():
    text = "Chủ tịch UBND tỉnh công nhận xã Tân Mỹ đạt chuẩn xã nông thôn mới (NTM) nâng cao 2021."
    assert statuses(text) == {("Tân Mỹ", "xa", "nang_cao", "achieved", 2021)}
    count = "Xã Tân Mỹ đạt chuẩn nông thôn mới nâng cao 2021 hộ dân tham gia."
    assert {f["year"] for f in facts(count, "ntm_status")} <= {None}


def test_communes_newly_recognised_spelt_out_are_the_batch():
    text = ("Theo đó, tỉnh Lam Sơn đã có thêm 03 xã đạt chuẩn nông thôn mới. "
            "03 xã mới được công nhận đạt chuẩn nông thôn mới trên địa bàn tỉnh gồm: xã Tân Mỹ, huyện Đông Giang; "
            "xã Phú An, huyện Tây Sơn; xã Mỹ Lợi, huyện Mỹ Hưng.")
    assert tallies(text) == set()


def test_a_raised_total_with_the_state_named_in_the_clause_before():
    text = "Năm 2022, tỉnh Lam Sơn có thêm 8 xã đạt chuẩn nông thôn mới, nâng tổng số lên 102/120 xã (đạt 85%)."
    assert tallies(text) == {(102, 120, "dat_chuan", 2022, "achieved")}


def test_criteria_of_a_later_year_with_the_subject_left_out():
    text = "Năm 2020, xã Tân Mỹ đạt 14/19 tiêu chí; đến năm 2022 đạt 19/19 tiêu chí."
    assert criteria(text) == {("Tân Mỹ", "xa", 14, 19, 2020), ("Tân Mỹ", "xa", 19, 19, 2022)}


def test_a_share_of_communes_stated_as_a_count_too():
    text = ("Theo kế hoạch, giai đoạn 2016-2020 tỉnh Lam Sơn có 30% số xã đạt chuẩn nông thôn mới, tương đương 36 xã "
            "trong tổng số 120 xã.")
    assert tallies(text) == {(36, 120, "dat_chuan", "2016-2020", "target")}
    ranged = ("Mục tiêu đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt từ 50 đến 55% tổng số xã, tương đương với "
              "từ 59 đến 65 xã trong tổng số 117 xã.")
    assert tallies(ranged) == set()


def test_a_group_of_communes_is_not_a_list_of_districts_before_it():
    text = ("Năm 2022, tỉnh Lam Sơn có 2 huyện đạt chuẩn nông thôn mới gồm: Đông Giang, Tây Sơn. "
            "Các xã này đều đã hoàn thành 19/19 tiêu chí.")
    assert criteria(text) == set()


def test_criteria_of_a_pilot_commune_named_after_its_qualifier():
    text = "Riêng tại xã điểm quốc gia Tân Mỹ đã hoàn thành 13 tiêu chí (tăng 8 tiêu chí so với trước khi xây dựng NTM)."
    assert criteria(text) == {("Tân Mỹ", "xa", 13, None, None)}


def test_the_programme_in_title_case():
    text = "Huyện Đông Giang đạt chuẩn Nông Thôn Mới năm 2021."
    assert statuses(text) == {("Đông Giang", "huyen", "dat_chuan", "achieved", 2021)}


def test_a_raised_total_stated_with_co():
    text = ("Toàn tỉnh Lam Sơn phấn đấu tăng thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn đến cuối "
            "năm 2025 có 65/71 xã, chiếm 91,5%.")
    assert tallies(text) == {(65, 71, "dat_chuan", 2025, "target")}


def test_an_ordinal_before_a_standing_and_the_first_to_have_after_it():
    text = ("Đây là xã thứ 31 của tỉnh Lam Sơn đạt chuẩn nông thôn mới và huyện Đông Giang trở thành huyện đầu tiên "
            "của tỉnh có 7 xã đạt chuẩn nông thôn mới.")
    assert {(f["parent"]["name"], f["child_level"], f["count"], f["modality"]) for f in facts(text, "unit_tally")} == {
        ("Lam Sơn", "xa", 31, "achieved"), ("Đông Giang", "xa", 7, "achieved")}


def statuses_of(text):
    return {(f["unit"]["name"], f["unit"]["level"], f["status"], f["modality"], f["year"])
            for f in facts(text, "ntm_status")}


def test_a_list_set_out_district_by_district_under_a_colon():
    text = ("Cụ thể 6 xã đã được UBND tỉnh quyết định công nhận đạt chuẩn nông thôn mới năm 2021:\n\n"
            "Huyện Đông Giang: Xã Tân Mỹ, Hòa Lạc\n\n"
            "Thị xã Tây Sơn: Xã Phú An, Long Điền, Mỹ Lợi\n\n"
            "Huyện Bình Gia: Xã Thạch Bàn\n\n"
            "Toàn tỉnh có 12 hợp tác xã.")
    assert statuses_of(text) == {(name, "xa", "dat_chuan", "achieved", 2021) for name in
                                 ("Tân Mỹ", "Hòa Lạc", "Phú An", "Long Điền", "Mỹ Lợi", "Thạch Bàn")}


def test_district_lines_need_a_sentence_about_the_standard_above_them():
    text = "Các đơn vị tham gia hội thi:\n\nHuyện Đông Giang: Xã Tân Mỹ, Hòa Lạc\n\nHuyện Tây Sơn: Xã Phú An"
    assert statuses_of(text) == set()


def test_a_counted_batch_grouped_by_district_after_theo_do():
    text = ("UBND tỉnh vừa ban hành quyết định công nhận 04 xã đạt chuẩn nông thôn mới năm 2020. "
            "Theo đó, 04 xã thuộc 02 huyện, bao gồm: Xã Tân Mỹ, xã Ban Lạc thuộc huyện Đông Giang; "
            "xã Phú An và xã Long Điền thuộc huyện Tây Sơn.")
    assert {name for name, *_ in statuses_of(text)} == {"Tân Mỹ", "Ban Lạc", "Phú An", "Long Điền"}


def test_criteria_of_a_count_whose_list_opens_later_in_the_sentence():
    text = ("Đến nay, toàn tỉnh có 3 xã đạt chuẩn 19/19 tiêu chí nông thôn mới và được Ủy ban nhân dân tỉnh ban hành "
            "Quyết định công nhận xã đạt chuẩn nông thôn mới gồm: Xã Tân Mỹ, Hòa Lạc - huyện Đông Giang; "
            "xã Phú An - thị xã Tây Sơn.")
    assert criteria(text) == {("Tân Mỹ", "xa", 19, 19, None), ("Hòa Lạc", "xa", 19, 19, None),
                              ("Phú An", "xa", 19, 19, None)}


def test_a_list_opened_later_is_not_the_criteria_counts_when_another_count_comes_first():
    text = ("Toàn tỉnh có 3 xã đạt 19/19 tiêu chí, trong đó 2 xã đã được công nhận đạt chuẩn nông thôn mới gồm: "
            "Xã Tân Mỹ, Hòa Lạc.")
    assert criteria(text) == set()


def test_criteria_of_the_communes_listed_after_a_colon():
    text = ("Các xã đạt 19/19 tiêu chí trong năm 2021: Tân Mỹ, Hòa Lạc (huyện Đông Giang), Phú An, "
            "(thị xã Tây Sơn), Long Điền (huyện Bình Gia).")
    assert criteria(text) == {(name, "xa", 19, 19, 2021) for name in ("Tân Mỹ", "Hòa Lạc", "Phú An", "Long Điền")}


def test_a_recognition_still_due_or_not_needed_states_no_standing():
    text = ("Các xã hình thành sau hợp nhất phải thực hiện thừa nhận đạt chuẩn NTM, gồm: Tân Mỹ, Hòa Lạc (Đông Giang). "
            "Các xã hình thành sau hợp nhất không phải thực hiện thừa nhận đạt chuẩn NTM gồm: Phú An (Tây Sơn), "
            "Long Điền (Bình Gia).")
    assert statuses_of(text) == set()


def test_these_are_the_communes_listed_before_recognised():
    text = ("Các xã không phải làm thủ tục công nhận lại đạt chuẩn NTM gồm: Phú An (Tây Sơn); Long Điền, Mỹ Lợi "
            "(Bình Gia). Đây là các xã sau hợp nhất đã được công nhận xã đạt chuẩn nông thôn mới nâng cao theo các "
            "quyết định của UBND tỉnh.")
    assert statuses_of(text) == {(name, "xa", "nang_cao", "achieved", None) for name in
                                 ("Phú An", "Long Điền", "Mỹ Lợi")}


def test_a_batch_spelt_out_in_parts_under_an_image_takes_the_year_of_the_decision():
    text = ("Chủ tịch UBND tỉnh vừa ban hành quyết định công nhận 5 xã trên địa bàn tỉnh đạt chuẩn nông thôn mới (NTM) "
            "và NTM kiểu mẫu năm 2022.\n\n"
            "<image>anh.jpg alt=\"Cánh đồng lúa ở xã Tân Mỹ (huyện Đông Giang) vào mùa thu hoạch.\"</image>\n\n"
            "Cánh đồng lúa ở xã Tân Mỹ (huyện Đông Giang) vào mùa thu hoạch.\n\n"
            "Theo đó, có 3 xã lần này được công nhận NTM, gồm: Tân Mỹ và Hòa Lạc (huyện Đông Giang), Phú An "
            "(huyện Tây Sơn); 2 xã NTM kiểu mẫu, gồm: Long Điền và Mỹ Lợi (huyện Bình Gia).")
    assert statuses_of(text) == {("Tân Mỹ", "xa", "dat_chuan", "achieved", 2022),
                                 ("Hòa Lạc", "xa", "dat_chuan", "achieved", 2022),
                                 ("Phú An", "xa", "dat_chuan", "achieved", 2022),
                                 ("Long Điền", "xa", "kieu_mau", "achieved", 2022),
                                 ("Mỹ Lợi", "xa", "kieu_mau", "achieved", 2022)}


def test_counts_that_follow_their_criteria_in_an_article_about_a_province():
    text = ("Tỉnh Lam Sơn có 40 xã đạt chuẩn NTM\n\n"
            "Phong cảnh nông thôn ở huyện Đông Giang\n\n"
            "Bình quân đạt 16,2 tiêu chí/xã, cụ thể: Đạt 19 tiêu chí có 40 xã, đạt 15 – 18 tiêu chí có 8 xã, "
            "đạt 10 – 14 tiêu chí có 5 xã.")
    assert {(f["parent"]["name"], f["parent"]["level"], f["count"], f["state"])
            for f in facts(text, "unit_tally") if f["state"].startswith("criteria")} == {
        ("Lam Sơn", "tinh", 40, "criteria:19-19"), ("Lam Sơn", "tinh", 8, "criteria:15-18"),
        ("Lam Sơn", "tinh", 5, "criteria:10-14")}


def test_two_criteria_bands_joined_by_va_are_two_tallies():
    text = "Toàn tỉnh Lam Sơn có 21 xã đạt từ 10 – 14 tiêu chí và 03 xã đạt từ 5 - 9 tiêu chí."
    assert {(count, state) for count, _, state, _, _ in tallies(text)} == {(21, "criteria:10-14"), (3, "criteria:5-9")}


def test_a_count_after_a_colon_or_joined_to_its_noun_follows_its_criteria():
    text = ("Tỉnh Lam Sơn\n\nĐến cuối năm 2022 số xã hoàn thành 19/19 tiêu chí là 41xã, đạt tỷ lệ 50,6%.\n\n"
            "- Số xã đạt từ 15-18 tiêu chí    : 17 xã  (21,0%).\n\n- Số xã đạt 10-14 tiêu chí        : 23 xã  (28,4%).")
    assert {(count, state, year) for count, _, state, year, _ in tallies(text)} == {
        (41, "criteria:19-19", 2022), (17, "criteria:15-18", None), (23, "criteria:10-14", None)}


def test_decision_numbers_joined_by_va_share_the_last_symbol():
    text = ("Ngày 3-9, Chủ tịch UBND tỉnh ký các quyết định số 411, 412 và 415/QĐ-UBND về việc công nhận xã Tân Mỹ, "
            "Hòa Lạc và Phú An đạt chuẩn nông thôn mới năm 2022.")
    assert {f["number"] for f in facts(text, "legal_ref")} == {"411/QĐ-UBND", "412/QĐ-UBND", "415/QĐ-UBND"}


def test_a_second_decision_joined_by_va_takes_the_date_of_the_first():
    text = ("Ngày 21/6/2021, Chủ tịch UBND tỉnh đã ban hành Quyết định số 702/QĐ-UBND công nhận xã Tân Mỹ, huyện "
            "Đông Giang và Quyết định số 703/QĐ-UBND công nhận xã Phú An, huyện Tây Sơn đạt chuẩn nông thôn mới.")
    assert {(f["number"], f["date"]) for f in facts(text, "legal_ref")} == {("702/QĐ-UBND", "2021-06-21"),
                                                                            ("703/QĐ-UBND", "2021-06-21")}


def test_units_counted_in_an_income_band_state_no_income():
    text = ("Hiện nay tỉnh Lam Sơn có 4 xã đạt thu nhập bình quân trên 40 triệu đồng/năm; 19 xã thu nhập dưới "
            "25 triệu đồng/năm.")
    assert facts(text, "indicator") == []


def test_a_decision_after_va_is_no_listed_commune():
    text = ("Ngày 2/4/2021, Chủ tịch UBND tỉnh đã ban hành Quyết định số 88/QĐ-UBND công nhận xã Tân Mỹ, huyện "
            "Đông Giang và Quyết định số 89/QĐ-UBND công nhận xã Phú An, huyện Tây Sơn đạt chuẩn nông thôn mới "
            "năm 2020.")
    assert "Quyết" not in {name for name, *_ in statuses_of(text)}
