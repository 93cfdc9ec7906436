import pytest

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation

pytestmark = pytest.mark.django_db


def test_observations_show_accepted_rows_with_their_source(api, reviewed, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        body = api.get("/api/observations/?unit=06622@-").json()
    row = body["results"][0]
    assert row["indicator"] == "poverty_rate" and row["value"] == "11.6500" and row["year"] == 2018
    assert row["source"]["kind"] == "document" and row["source"]["document"] == reviewed.pk


def test_anonymous_readers_never_see_proposed_rows(api, places, province_officer):
    api.force_authenticate(province_officer)
    created = api.post("/api/observations/", {"unit": "06622@-", "indicator": "poverty_rate", "year": 2024,
                                              "value": "3.2"}, format="json")
    assert created.status_code == 201 and created.json()["status"] == ReviewStatus.PROPOSED
    assert Observation.objects.get().source_user == province_officer
    api.force_authenticate(None)
    assert api.get("/api/observations/?status=proposed").json()["count"] == 0
    assert api.get(f"/api/observations/{created.json()['id']}/").status_code == 404


def test_anonymous_and_unprivileged_writes_are_refused(api, places, outsider):
    body = {"unit": "06622@-", "indicator": "poverty_rate", "year": 2024, "value": "3.2"}
    assert api.post("/api/observations/", body, format="json").status_code in (401, 403)
    api.force_authenticate(outsider)
    assert api.post("/api/observations/", body, format="json").status_code == 403


def test_the_documents_api_searches_without_accents(api, article, django_assert_max_num_queries):
    api.get("/api/documents/?q=nong+thon")  # the first search writes the folded copies
    with django_assert_max_num_queries(4):  # the search, the data's version, the count, the page
        body = api.get("/api/documents/?q=ho+ngheo").json()
    assert body["count"] == 1 and "text" not in body["results"][0]
    assert "nông thôn mới" in api.get(f"/api/documents/{article.pk}/").json()["text"]


def test_facts_link_to_their_evidence(api, article, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        body = api.get(f"/api/facts/?document={article.pk}&status=proposed").json()
    assert body["count"] == 3
    fact = body["results"][0]
    assert fact["evidence_url"] == f"/documents/{article.pk}/#fact-{fact['id']}"


def test_an_officer_accepts_a_fact_through_the_api(api, article, province_officer):
    fact = article.facts.get(type="ntm_status")
    assert api.post(f"/api/facts/{fact.pk}/accept/").status_code in (401, 403)
    api.force_authenticate(province_officer)
    response = api.post(f"/api/facts/{fact.pk}/accept/")
    assert response.status_code == 200 and response.json()["status"] == ReviewStatus.ACCEPTED
    assert api.post(f"/api/facts/{fact.pk}/accept/").status_code == 409
    recognitions = api.get("/api/recognitions/?unit=06382@-").json()["results"]
    assert [r["tier"] for r in recognitions] == ["dat_chuan"]


def test_an_outsider_cannot_reject_a_fact(api, article, outsider):
    api.force_authenticate(outsider)
    fact = article.facts.first()
    assert api.post(f"/api/facts/{fact.pk}/reject/", {"note": "sai"}).status_code == 403
