import pytest

from tests.db.accounts.people import make_people, make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def people(places):
    return make_people(places)
