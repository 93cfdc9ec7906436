import pytest

from nongthon.monitoring.choices import ReviewStatus, SourceKind, TargetKind, Tier
from nongthon.monitoring.models import CriterionStatus, Indicator, Observation, Recognition, Target
from tests.db.workbooks.places import make_people, make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def people(places):
    return make_people(places)


@pytest.fixture
def reported(places):
    """Xã Nhất Tiến in 2024: 19/19 criteria met, a poverty rate, a recognition and a target."""
    accepted = {"status": ReviewStatus.ACCEPTED, "source_kind": SourceKind.IMPORT,
                "source_file": "bao-cao-2024.xlsx [Tiêu chí]"}
    for n in range(1, 20):
        CriterionStatus.objects.create(unit=places.nhat_tien, criteria_set_id="qd-318-2022-xa", criterion_id=str(n),
                                       year=2024, met=n != 17, source_row=3, **accepted)
    poverty = Indicator.objects.get(key="poverty_rate")
    Observation.objects.create(unit=places.nhat_tien, indicator=poverty, year=2024, value="2.75", source_row=4,
                               **accepted)
    Observation.objects.create(unit=places.nhat_tien, indicator=poverty, year=2024, value="40", source_row=5,
                               status=ReviewStatus.PROPOSED, source_kind=SourceKind.IMPORT, source_file="x")
    Recognition.objects.create(unit=places.nhat_tien, tier=Tier.DAT_CHUAN, year=2019, decision_number="1234/QĐ-UBND",
                               issuer="UBND tỉnh Lạng Sơn", source_row=6, **accepted)
    Target.objects.create(unit=places.nhat_tien, kind=TargetKind.INDICATOR, indicator=poverty, value=2,
                          deadline_year=2025, source_row=7, **accepted)
    return places
