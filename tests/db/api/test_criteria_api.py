import pytest

pytestmark = pytest.mark.django_db


def test_the_criteria_sets_are_listed_and_read(api):
    sets = api.get("/api/criteria-sets/").json()["results"]
    ids = [s["id"] for s in sets]
    assert "qd-318-2022-xa" in ids
    detail = api.get("/api/criteria-sets/qd-318-2022-xa/").json()
    assert len(detail["criteria"]) == 19
    assert api.get("/api/criteria-sets/khong-co/").status_code == 404


def test_an_evaluation_gives_the_evaluators_reasons(api, reviewed):
    body = api.get("/api/evaluations/?set=qd-318-2022-xa&unit=06376@-&year=2023").json()
    assert body["unit"] == "06376@-" and body["year"] == 2023 and body["total"] == 19
    assert body["criteria"][0]["reason"].startswith("Tiêu chí 1")


def test_an_evaluation_needs_its_three_parameters(api, places):
    response = api.get("/api/evaluations/?set=qd-318-2022-xa")
    assert response.status_code == 400 and set(response.json()) == {"unit", "year"}
    assert api.get("/api/evaluations/?set=qd-318-2022-xa&unit=khong&year=2023").status_code == 404


def test_the_openapi_document_and_the_docs_page_are_served(client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/units/" in schema.content
    page = client.get("/api/docs/").content.decode()
    assert "/api/evaluations/" in page and "/api/facts/{id}/accept/" in page
