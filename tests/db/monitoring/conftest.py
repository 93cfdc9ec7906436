import pytest
from django.contrib.auth import get_user_model

from tests.db.monitoring.places import make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def province_officer(places):
    """An officer of both provinces of `make_places` (these tests write data of either)."""
    from nongthon.accounts.choices import Role
    from nongthon.accounts.models import Membership

    user = get_user_model().objects.create_user("can_bo_tinh")  # no password: hashing is slow on purpose
    for province in (places.bac_kan, places.lang_son):
        Membership.objects.create(user=user, role=Role.PROVINCE_OFFICER, unit=province)
    return user
