import datetime

import pytest

from nongthon.units.models import Unit


@pytest.fixture
def tan_lap(db):
    """Xã Tân Lập, huyện Bắc Sơn, tỉnh Lạng Sơn, as listed before the 2025 reform."""
    end = datetime.date(2025, 7, 1)
    province = Unit.objects.create(key="20@-", code="20", name="Lạng Sơn", kind="tinh", level="tinh", valid_to=end)
    district = Unit.objects.create(key="185@-", code="185", name="Bắc Sơn", kind="huyen", level="huyen",
                                   parent=province, valid_to=end)
    return Unit.objects.create(key="06352@-", code="06352", name="Tân Lập", kind="xa", level="xa",
                               parent=district, valid_to=end)
