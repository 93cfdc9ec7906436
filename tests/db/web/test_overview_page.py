import pytest

pytestmark = pytest.mark.django_db


def test_the_home_page_opens_the_overview_of_lang_son(client, places):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url == "/overview/20/"


def test_the_home_page_falls_back_to_the_country_when_no_registry_is_loaded(client, db):
    response = client.get("/", follow=True)
    assert response.status_code == 200
    assert "Chưa nạp danh mục đơn vị hành chính" in response.content.decode()


def test_the_overview_today_lists_the_communes_directly_under_the_province(client, places, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get("/overview/20/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lạng Sơn" in page and "Nhất Hòa" in page and "Kiên Mộc" in page
    assert "/units/06382@-/" not in page  # Nhất Tiến ended with the reform


def test_the_overview_before_the_reform_ranks_the_districts(client, places, reviewed, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        response = client.get("/overview/20/?on=2025-06-30")
    page = response.content.decode()
    assert "Xếp hạng cấp huyện" in page
    assert "Huyện Bắc Sơn" in page and "Nhất Tiến" in page and "Bính Xá" in page
    assert "15/19" in page  # the accepted criteria count of Nhất Hòa
    assert "Xã dẫn đầu về số tiêu chí đạt" in page
    assert "bình quân" in page


def test_the_average_of_criteria_met_is_written_the_vietnamese_way(client, places, reviewed):
    page = client.get("/overview/20/?on=2025-06-30").content.decode()
    assert "15" in page and "tiêu chí/xã bình quân (1 xã có số liệu)" in page


def test_the_overview_says_what_is_missing_without_accepted_data(client, places):
    page = client.get("/overview/20/").content.decode()
    assert "Chưa có chỉ tiêu đã duyệt" in page
    assert "Chưa có dữ kiện đã duyệt từ tài liệu" in page


def test_the_country_overview_counts_communes_per_province(client, places, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get("/overview/?on=2025-06-30")
    page = response.content.decode()
    assert "Tổng quan cả nước" in page and "Lạng Sơn" in page


def test_an_unknown_province_answers_404(client, places):
    assert client.get("/overview/99/").status_code == 404


def test_the_layout_switches_to_english(client, places):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/overview/20/"}, follow=True)
    page = response.content.decode()
    assert 'lang="en"' in page
    assert "Communes by tier" in page and "Review facts" in page and "Tiếng Việt" in page


def test_the_criteria_heatmap_colours_each_commune_and_criterion(client, places, django_assert_max_num_queries):
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import CriterionStatus

    source = {"source_kind": SourceKind.IMPORT, "source_file": "tieu-chi.xlsx"}
    CriterionStatus.objects.create(unit=places.nhat_tien, criteria_set_id="qd-318-2022-xa", criterion_id="1",
                                   year=2024, met=True, source_row=1, status=ReviewStatus.ACCEPTED, **source)
    CriterionStatus.objects.create(unit=places.nhat_tien, criteria_set_id="qd-318-2022-xa", criterion_id="2",
                                   year=2024, met=False, source_row=2, status=ReviewStatus.ACCEPTED, **source)
    CriterionStatus.objects.create(unit=places.binh_xa, criteria_set_id="qd-318-2022-xa", criterion_id="1",
                                   year=2024, met=True, source_row=3, **source)  # proposed: not shown
    # The evaluator's inputs (figures, counts, recognitions, statuses) and the attributes of the communes
    # with data: a fixed number of queries, whatever the number of communes.
    with django_assert_max_num_queries(10):
        page = client.get("/overview/20/criteria/?on=2025-06-30&set=qd-318-2022-xa&year=2024").content.decode()
    assert page.count('class="cell met"') == 1 and page.count('class="cell not_met"') == 1
    assert "1/19" in page


def test_today_each_new_commune_counts_the_recognised_communes_it_continues(client, places, article, province_officer):
    from nongthon.documents.operations import accept_fact

    accept_fact(article.facts.get(type="ntm_status"), user=province_officer)  # Nhất Tiến, 2019
    page = client.get("/overview/20/").content.decode()
    row = page.split("Xã Nhất Hòa</a>")[1].split("</tr>")[0]
    assert ">1/3</td>" in row  # Nhất Tiến of Nhất Tiến, Nhất Hòa and Tân Thành


def test_the_overview_before_the_reform_shows_the_targets_of_the_districts(client, places, django_assert_max_num_queries):
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import Target

    Target.objects.create(unit=places.dinh_lap, kind="status", tier="dat_chuan", deadline_year=2025,
                          source_kind=SourceKind.IMPORT, source_file="nghi-quyet.xlsx", source_row=3,
                          status=ReviewStatus.ACCEPTED)
    with django_assert_max_num_queries(16):
        page = client.get("/overview/20/?on=2025-06-30").content.decode()
    assert "Chỉ tiêu và tiến độ" in page and "đến năm 2025" in page and "quá hạn" in page
