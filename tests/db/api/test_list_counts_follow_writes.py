"""An API list counts its rows once per version of the data: a repeated request reads the count from
the cache, and the request after any write counts again, so `count` is always exact."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def counted(api, path: str) -> tuple[int, bool]:
    """The list's `count` and whether the request ran a COUNT query."""
    with CaptureQueriesContext(connection) as context:
        response = api.get(path)
    assert response.status_code == 200, path
    ran_count = any("COUNT(" in query["sql"].upper() for query in context.captured_queries)
    return response.json()["count"], ran_count


@pytest.mark.parametrize("path", ["/api/observations/", "/api/recognitions/", "/api/units/?level=xa",
                                  "/api/documents/", "/api/facts/"])
def test_a_repeated_list_is_not_counted_again(api, article, province_officer, path):
    from nongthon.documents.operations import accept_fact

    for fact in article.facts.all():
        accept_fact(fact, user=province_officer)
    first, ran_first = counted(api, path)
    again, ran_again = counted(api, path)
    assert ran_first and not ran_again
    assert again == first > 0


def test_each_filter_has_its_own_count(api, reviewed):
    assert counted(api, "/api/units/?level=xa")[0] != counted(api, "/api/units/?level=tinh")[0]


def test_the_count_follows_writes_through_the_api(api, article, province_officer):
    assert counted(api, "/api/observations/") == (0, True)
    assert counted(api, "/api/observations/")[0] == 0
    api.force_authenticate(province_officer)
    fact = article.facts.get(type="poverty_rate")
    assert api.post(f"/api/facts/{fact.pk}/accept/").status_code == 200
    assert counted(api, "/api/observations/") == (1, True)

    assert counted(api, "/api/observations/?status=proposed")[0] == 0
    body = {"unit": "06622@-", "indicator": "poverty_rate", "year": 2024, "value": "3.2"}
    assert api.post("/api/observations/", body, format="json").status_code == 201
    assert counted(api, "/api/observations/?status=proposed") == (1, True)

    accepted = api.get("/api/observations/").json()["results"][0]["id"]
    assert api.delete(f"/api/observations/{accepted}/").status_code == 204
    api.force_authenticate(None)
    assert counted(api, "/api/observations/") == (0, True)


def test_the_count_follows_a_row_saved_outside_the_api(api, reviewed):
    from nongthon.units.models import Unit

    before, _ = counted(api, "/api/units/?level=xa")
    Unit.objects.create(key="09999@-", code="09999", name="Xã Mới Lập", kind="xa", level="xa")
    assert counted(api, "/api/units/?level=xa") == (before + 1, True)


def test_without_the_page_cache_every_request_counts(api, reviewed, settings):
    settings.NONGTHON_PAGE_CACHE = False
    counted(api, "/api/observations/")
    assert counted(api, "/api/observations/")[1]
