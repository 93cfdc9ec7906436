import pytest

pytestmark = pytest.mark.django_db


def keys(response):
    return [row["key"] for row in response.json()["results"]]


def test_units_are_filtered_by_the_date_they_were_valid(api, places, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        before = api.get("/api/units/?on=2025-06-30&level=xa")
    after = api.get("/api/units/?on=2025-07-01&level=xa")
    assert "06382@-" in keys(before) and "06376@2025-07-01" not in keys(before)
    assert keys(after) == ["06376@2025-07-01", "06625@2025-07-01"]


def test_units_are_filtered_by_parent_and_level(api, places):
    response = api.get("/api/units/?parent=185@-")
    assert keys(response) == ["06376@-", "06379@-", "06382@-"]
    assert keys(api.get("/api/units/?level=huyen")) == ["185@-", "189@-"]


def test_a_unit_is_found_by_its_name_without_accents(api, places):
    assert keys(api.get("/api/units/?q=nhat+tien&on=2020-01-01")) == ["06382@-"]


def test_a_bad_level_or_date_is_explained(api, places):
    assert api.get("/api/units/?level=quan").status_code == 400
    response = api.get("/api/units/?on=30-06-2025")
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["on"]


def test_a_unit_is_read_by_its_key(api, places):
    row = api.get("/api/units/06382@-/").json()
    assert row["name"] == "Nhất Tiến" and row["parent"] == "185@-" and row["valid_to"] == "2025-07-01"


def test_lists_are_paginated(api, places):
    body = api.get("/api/units/?limit=2").json()
    assert body["count"] == 10 and len(body["results"]) == 2 and "offset=2" in body["next"]


def test_public_reads_carry_an_etag_and_answer_304_when_unchanged(api, places):
    first = api.get("/api/units/?level=tinh")
    assert first["Cache-Control"] == "public, max-age=60"
    again = api.get("/api/units/?level=tinh", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again["ETag"] == first["ETag"]


def test_anonymous_writes_are_refused(api, places):
    assert api.post("/api/units/", {"key": "x", "code": "x", "name": "x"}).status_code in (401, 403)
    assert api.delete("/api/units/20@-/").status_code in (401, 403)


def test_the_lineage_of_a_unit_names_what_it_became(api, places):
    body = api.get("/api/units/06382@-/lineage/").json()
    assert [u["key"] for u in body["successors"]] == ["06376@2025-07-01"]
    after = api.get("/api/units/06376@2025-07-01/lineage/").json()
    assert {"06382@-", "06379@-", "06376@-"} <= {u["key"] for u in after["predecessors"]}
