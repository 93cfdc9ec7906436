"""A province's overview after the reform reads the communes each new commune continues from the
stored lineage links, and says how many of them were recognised before the reform."""

import pytest

from nongthon.monitoring.models import Recognition
from nongthon.units.models import LineageEvent, LineageLink, Unit
from tests.db.web.builders import REFORM

pytestmark = pytest.mark.django_db


def test_a_new_commune_lists_the_communes_its_lineage_links_name_and_ticks_the_recognised_ones(client, places):
    event = LineageEvent.objects.create(kind="merge", effective=REFORM)
    merged = Unit.objects.create(key="90001@2025-07-01", code="90001", name="Hợp Nhất", kind="xa", level="xa",
                                 parent=places.lang_son, valid_from=REFORM)
    for old in (places.binh_xa, places.tan_thanh):
        LineageLink.objects.create(event=event, predecessor=old, successor=merged)
    LineageLink.objects.create(event=event, predecessor=places.dinh_lap, successor=merged)  # a district: not counted
    Recognition.objects.create(unit=places.binh_xa, tier="dat_chuan", year=2020, decision_number="7/QĐ",
                               source_kind="import", source_file="so-lieu.xlsx", status="accepted")

    page = client.get("/overview/20/").content.decode()
    row = page.split("Xã Hợp Nhất</a>")[1].split("</tr>")[0]

    title = row.split('title="')[1].split('"')[0]
    assert sorted(title.split(", ")) == ["Xã Bính Xá ✓", "Xã Tân Thành"]
    assert ">1/2</td>" in row
