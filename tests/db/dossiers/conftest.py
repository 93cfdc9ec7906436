import pytest

from tests.db.accounts.people import make_people, make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def people(places):
    return make_people(places)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Attached papers go to a folder of the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
