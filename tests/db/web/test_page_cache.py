"""Anonymous visitors get stored renders while the data is unchanged, and any write shows at once."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def queries_and_page(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_a_second_visit_is_served_from_the_cache_in_one_query(client, places):
    first, page = queries_and_page(client, "/overview/20/?on=2025-06-30")
    second, again = queries_and_page(client, "/overview/20/?on=2025-06-30")
    assert first > 3 and second == 1  # the data's version (with the synthetic dataset, if any)
    assert _without_tokens(again) == _without_tokens(page)


def test_accepting_a_fact_shows_on_the_cached_pages_at_once(client, places, article, province_officer):
    from nongthon.documents.operations import accept_fact

    overview_before = client.get("/overview/20/?on=2025-06-30").content.decode()
    unit_before = client.get(f"/units/{places.nhat_hoa_old.key}/").content.decode()
    assert "15/19" not in overview_before and "15/19" not in unit_before
    accept_fact(article.facts.get(type="criteria_count"), user=province_officer)
    assert "15/19" in client.get("/overview/20/?on=2025-06-30").content.decode()
    assert "15/19" in client.get(f"/units/{places.nhat_hoa_old.key}/").content.decode()


def test_rejecting_an_accepted_fact_takes_its_figure_off_the_cached_pages_at_once(client, places, article,
                                                                                  province_officer):
    from nongthon.documents.operations import accept_fact, reject_fact

    fact = article.facts.get(type="criteria_count")
    accept_fact(fact, user=province_officer)
    assert "15/19" in client.get(f"/units/{places.nhat_hoa_old.key}/").content.decode()
    reject_fact(fact, user=province_officer, note="sai đơn vị")
    assert "15/19" not in client.get(f"/units/{places.nhat_hoa_old.key}/").content.decode()


def test_a_saved_unit_shows_at_once(client, places):
    assert "Kiên Mộc" in client.get("/overview/20/").content.decode()
    places.kien_moc.name = "Kiên Mộc Mới"
    places.kien_moc.save()
    assert "Kiên Mộc Mới" in client.get("/overview/20/").content.decode()


def test_a_document_ingested_shows_at_once_in_the_library(client, places):
    assert "Nhất Tiến đón xuân" not in client.get("/documents/").content.decode()
    from tests.db.web.builders import ingest_article

    ingest_article(places)
    assert "Nhất Tiến đón xuân" in client.get("/documents/").content.decode()


def test_signed_in_users_never_get_a_stored_page(client, places, province_officer):
    client.get("/overview/20/")  # stored for anonymous visitors
    client.force_login(province_officer)
    count, page = queries_and_page(client, "/overview/20/")
    assert count > 2 and "can_bo_tinh" in page


def test_each_language_has_its_own_stored_page(client, places):
    assert "Communes by tier" not in client.get("/overview/20/").content.decode()
    english = client.get("/overview/20/", headers={"accept-language": "en"}).content.decode()
    assert "Communes by tier" in english


def test_a_stored_page_carries_a_csrf_token_that_works_for_its_visitor(places):
    Client().get("/overview/20/")  # someone else's visit stores the page
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/overview/20/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', page).group(1)
    assert "\x00" not in page and "csrftoken" in visitor.cookies
    response = visitor.post("/i18n/setlang/", {"language": "en", "next": "/overview/20/", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_the_cache_can_be_turned_off(client, places, settings):
    settings.NONGTHON_PAGE_CACHE = False
    client.get("/overview/20/")
    count, _ = queries_and_page(client, "/overview/20/")
    assert count > 3


def _without_tokens(page: str) -> str:
    return re.sub(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[A-Za-z0-9]+', r"\1", page)
