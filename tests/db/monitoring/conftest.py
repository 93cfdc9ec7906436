import pytest
from django.contrib.auth import get_user_model

from tests.db.monitoring.places import make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def province_officer(db):
    return get_user_model().objects.create_user("can_bo_tinh", password="mat-khau-dai-va-kho-doan-1")
