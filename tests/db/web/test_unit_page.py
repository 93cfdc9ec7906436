from decimal import Decimal

import pytest

pytestmark = pytest.mark.django_db


def test_a_commune_page_shows_its_path_and_what_it_became(client, places, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        response = client.get("/units/06382@-/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tỉnh Lạng Sơn" in page and "Huyện Bắc Sơn" in page  # ancestors
    assert "Lịch sử đơn vị" in page and "Trở thành" in page
    assert "/units/06376@2025-07-01/" in page  # Nhất Tiến became the new Nhất Hòa


def test_a_new_commune_lists_the_communes_it_continues(client, places):
    page = client.get("/units/06376@2025-07-01/").content.decode()
    assert "Trước đây" in page
    assert "/units/06382@-/" in page and "/units/06379@-/" in page


def test_a_new_commune_shows_the_accepted_rows_of_the_communes_it_continues(client, places, reviewed):
    page = client.get("/units/06376@2025-07-01/").content.decode()
    assert "15/19" in page  # the 2023 criteria count of the old Nhất Hòa


def test_an_accepted_fact_links_to_its_evidence_in_the_document(client, places, reviewed):
    fact = reviewed.facts.get(type="poverty_rate")
    page = client.get("/units/06622@-/").content.decode()
    assert f"/documents/{reviewed.pk}/#fact-{fact.pk}" in page
    assert "11,65" in page


def test_observations_over_several_years_are_drawn_as_an_inline_svg(client, places):
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import Indicator, Observation

    indicator = Indicator.objects.get(key="poverty_rate")
    for year, value in [(2016, Decimal("46.42")), (2018, Decimal("11.65")), (2020, Decimal("5.1"))]:
        Observation.objects.create(unit=places.binh_xa, indicator=indicator, year=year, value=value,
                                   source_kind=SourceKind.IMPORT, source_file="bao-cao.xlsx", source_row=year,
                                   status=ReviewStatus.ACCEPTED)
    Observation.objects.create(unit=places.binh_xa, indicator=indicator, year=2021, value=Decimal("99"),
                               source_kind=SourceKind.IMPORT, source_file="bao-cao.xlsx", source_row=1)
    page = client.get("/units/06622@-/").content.decode()
    assert '<svg class="chart"' in page and "<polyline" in page
    assert "46,42" in page and "99" not in page.split('id="observations"')[1].split("</section>")[0]


def test_a_district_page_lists_its_communes_with_their_standing(client, places, reviewed, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        page = client.get("/units/185@-/").content.decode()
    assert "Đơn vị trực thuộc (3)" in page and "Xã Nhất Tiến" in page


def test_an_unknown_unit_answers_404(client, places):
    assert client.get("/units/nope/").status_code == 404


def test_the_unit_search_ignores_accents(client, places, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        page = client.get("/units/?q=nhat+tien&on=2020-01-01").content.decode()
    assert "Xã Nhất Tiến" in page


def test_the_unit_list_without_a_query_lists_the_provinces(client, places):
    page = client.get("/units/").content.decode()
    assert "Tỉnh Lạng Sơn" in page


def test_the_unit_page_does_not_query_once_per_row(client, places, django_assert_max_num_queries):
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import CriteriaCount, Indicator, Observation, Recognition

    source = {"source_kind": SourceKind.IMPORT, "source_file": "bao-cao.xlsx", "status": ReviewStatus.ACCEPTED}
    indicator = Indicator.objects.get(key="poverty_rate")
    for row, year in enumerate(range(2015, 2025)):
        Observation.objects.create(unit=places.nhat_tien, indicator=indicator, year=year, value=Decimal(20 - row),
                                   source_row=row, **source)
        CriteriaCount.objects.create(unit=places.nhat_tien, achieved=10 + row // 2, total=19, year=year,
                                     source_row=100 + row, **source)
    Recognition.objects.create(unit=places.nhat_tien, tier="dat_chuan", year=2019, decision_number="1234/QĐ-UBND",
                               source_row=200, **source)
    with django_assert_max_num_queries(25):
        page = client.get("/units/06382@-/").content.decode()
    assert "1234/QĐ-UBND" in page and "Đánh giá theo bộ tiêu chí, năm 2024" in page
