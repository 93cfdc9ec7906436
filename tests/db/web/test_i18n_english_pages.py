"""A reader who asks for English gets English pages; Vietnamese stays the default."""

import pytest

pytestmark = pytest.mark.django_db

PAGE = "/criteria/"


def test_a_browser_asking_for_english_gets_the_page_in_english(client, places):
    page = client.get(PAGE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in page
    assert "New Rural Development criteria sets" in page
    assert ">Overview</a>" in page and "Skip to content" in page
    assert "Bộ tiêu chí nông thôn mới" not in page and ">Tổng quan</a>" not in page


def test_without_a_preference_the_page_is_in_vietnamese(client, places):
    page = client.get(PAGE).content.decode()
    assert '<html lang="vi">' in page
    assert "Bộ tiêu chí nông thôn mới" in page and ">Tổng quan</a>" in page
    assert "New Rural Development criteria sets" not in page


def test_the_language_switch_keeps_english_for_the_next_pages(client, places):
    response = client.post("/i18n/setlang/", {"language": "en", "next": PAGE}, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 302 and response.url == PAGE
    page = client.get(PAGE, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "New Rural Development criteria sets" in page
    assert 'name="language" value="vi" lang="vi">Tiếng Việt</button>' in page  # the way back

    client.post("/i18n/setlang/", {"language": "vi", "next": PAGE})
    assert "Bộ tiêu chí nông thôn mới" in client.get(PAGE).content.decode()


def test_the_api_docs_page_and_an_api_error_read_in_english(client, places):
    page = client.get("/api/docs/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Programming interface (API)" in page and "Try each endpoint in the browser:" in page
    answer = client.get("/api/units/?level=nope", HTTP_ACCEPT_LANGUAGE="en").json()
    assert answer["level"].startswith("Invalid level: 'nope'")


def test_the_openapi_document_can_be_had_in_english(client, places):
    schema = client.get("/api/schema/?format=json&lang=en").json()
    assert schema["paths"]["/api/units/"]["get"]["summary"] == (
        "Administrative units, filtered by date, level, name and parent unit")
    vietnamese = client.get("/api/schema/?format=json").json()
    assert vietnamese["paths"]["/api/units/"]["get"]["summary"].startswith("Đơn vị hành chính")


def test_the_evaluators_reasons_follow_the_readers_language(client, places):
    url = f"/api/evaluations/?set=qd-1980-2016-xa&unit={places.nhat_tien.key}&year=2020"
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["criteria"][0]["reason"]
    vietnamese = client.get(url, HTTP_ACCEPT_LANGUAGE="vi").json()["criteria"][0]["reason"]
    assert english.startswith("Criterion 1 (") and "undetermined" in english
    assert vietnamese.startswith("Tiêu chí 1 (") and "chưa xác định" in vietnamese
