"""After the reform, whether the communes a new commune continues were recognised is read from their
2025 roll-ups (which stand on 30 June 2025); a predecessor without a roll-up row (a township) is
looked up in the recognitions."""

import pytest

from nongthon.monitoring.models import Recognition
from nongthon.rollups.models import UnitYearSummary
from nongthon.rollups.operations import rebuild_rollups
from nongthon.units.models import LineageEvent, LineageLink, Unit
from tests.db.web.builders import REFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def merged(places):
    event = LineageEvent.objects.create(kind="merge", effective=REFORM)
    unit = Unit.objects.create(key="90001@2025-07-01", code="90001", name="Hợp Nhất", kind="xa", level="xa",
                               parent=places.lang_son, valid_from=REFORM)
    for old in (places.binh_xa, places.tan_thanh, places.dinh_lap_town):
        LineageLink.objects.create(event=event, predecessor=old, successor=unit)
    for old, year in ((places.binh_xa, 2020), (places.dinh_lap_town, 2021)):
        Recognition.objects.create(unit=old, tier="dat_chuan", year=year, decision_number=f"{year}/QĐ",
                                   source_kind="import", source_file="so-lieu.xlsx", status="accepted")
    rebuild_rollups([2025])
    return unit


def _row(client) -> str:
    page = client.get("/overview/20/").content.decode()
    return page.split("Xã Hợp Nhất</a>")[1].split("</tr>")[0]


def test_the_summaries_and_the_township_recognition_are_counted(client, places, merged):
    assert not UnitYearSummary.objects.filter(unit=places.dinh_lap_town, year=2025).exists()
    row = _row(client)
    title = row.split('title="')[1].split('"')[0]
    assert sorted(title.split(", ")) == ["Thị trấn Đình Lập ✓", "Xã Bính Xá ✓", "Xã Tân Thành"]
    assert ">2/3</td>" in row


def test_a_commune_with_a_summary_row_is_judged_by_it(client, places, merged):
    UnitYearSummary.objects.filter(unit=places.tan_thanh, year=2025).update(tier="dat_chuan")
    UnitYearSummary.objects.filter(unit=places.binh_xa, year=2025).update(tier="")
    row = _row(client)
    assert "Xã Tân Thành ✓" in row and "Xã Bính Xá ✓" not in row
    assert ">2/3</td>" in row


def test_a_township_whose_recognition_is_only_proposed_is_not_counted(client, places, merged):
    Recognition.objects.filter(unit=places.dinh_lap_town).update(status="proposed")
    row = _row(client)
    assert "Thị trấn Đình Lập ✓" not in row and "Xã Bính Xá ✓" in row
    assert ">1/3</td>" in row
