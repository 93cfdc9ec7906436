"""A synthetic province end to end, small enough for CI: build, roll-ups against a naive recount, pages.

The pages are rendered (page cache off) and what they show is checked against the roll-ups and
against the monitoring rows counted one unit at a time; each render's queries stay few.
"""

import datetime
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nongthon.rollups.models import UnitYearSummary
from nongthon.units.models import Unit
from nongthon.web import progress
from tests.db.rollups import naive

PRE_REFORM = datetime.date(2025, 6, 30)


@pytest.fixture
def built(lang_son, settings):
    settings.NONGTHON_PAGE_CACHE = False
    started = time.perf_counter()
    call_command("synth", scale="province", province="20", years="2024-2026", seed=3, verbosity=0)
    assert time.perf_counter() - started < 30
    return lang_son


def _render(client, path, budget):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    assert len(context.captured_queries) <= budget, (path, len(context.captured_queries))
    return response


def test_the_rollups_of_a_synthetic_province_match_a_naive_recount(built):
    for year in (2024, 2025, 2026):
        expected = naive.summaries(year)
        stored = {row["key"]: {f: row[f] for f in naive.FIELDS}
                  for row in UnitYearSummary.objects.filter(year=year).values("key", *naive.FIELDS)}
        assert stored.keys() == expected.keys()
        assert [k for k in expected if stored[k] != expected[k]] == []


def _recognised_naively(units, on) -> set[int]:
    """One unit at a time, the page's own rule: an accepted recognition of the year or before, unrevoked."""
    return {u.pk for u in units if (progress.standings([u.pk], on).get(u.pk) or progress.UnitStanding()).tier}


def test_the_overview_before_the_reform_shows_what_the_rollups_count(client, built):
    response = _render(client, "/overview/20/?on=2025-06-30", budget=15)
    communes = response.context["communes"]
    recognised = _recognised_naively(communes, PRE_REFORM)
    assert response.context["recognised"] == len(recognised)
    # The page lists every unit of commune level; the roll-ups count the programme's communes (kind xã).
    programme = [c for c in communes if c.kind == "xa"]
    province = UnitYearSummary.objects.get(level="tinh", year=2025, unit__code="20")
    assert province.communes == len(programme) > 100
    assert province.dat_chuan == len(recognised & {c.pk for c in programme})
    page = response.content.decode()
    assert "DỮ LIỆU TỔNG HỢP" in page and "Xếp hạng cấp huyện" in page
    districts = {d.pk: d.recognised for d in response.context["districts"]}
    for district_id, shown in districts.items():
        assert shown == len(recognised & {c.pk for c in communes if c.parent_id == district_id})


def test_the_overview_today_counts_the_recognised_communes_each_new_commune_continues(client, built):
    response = _render(client, "/overview/20/", budget=15)
    communes = response.context["communes"]
    assert len(communes) > 30
    before = [u for c in communes for u in c.predecessors]
    assert before
    naive = _recognised_naively(before, PRE_REFORM)
    assert naive
    for c in communes:
        assert c.predecessor_count == len(c.predecessors)
        assert c.predecessors_recognised == len(naive & {u.pk for u in c.predecessors})
    # Read from the 2025 roll-ups for communes of the programme, looked up for the wards among them.
    assert any(u.kind == "xa" for u in before) and any(u.kind != "xa" for u in before)


def test_the_other_pages_of_the_province_render_in_few_queries(client, built):
    commune = Unit.objects.filter(level="xa", kind="xa", valid_to__isnull=True).order_by("code").first()
    district = Unit.objects.filter(level="huyen").order_by("code").first()
    _render(client, "/overview/", budget=6)
    _render(client, "/overview/?on=2025-06-30", budget=6)
    heatmap = _render(client, "/overview/20/criteria/?on=2025-06-30&year=2024", budget=20)
    assert heatmap.context["known"] > 0
    _render(client, "/units/?level=xa", budget=6)
    _render(client, f"/units/{commune.key}/", budget=30)
    _render(client, f"/units/{district.key}/", budget=30)
    _render(client, "/documents/", budget=6)
