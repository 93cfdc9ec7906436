import pytest

from tests.db.accounts.people import make_people, make_places
from tests.db.web.builders import accept_all_but_first, ingest_article, make_lang_son, make_province_officer


@pytest.fixture
def places(db):
    return make_lang_son()


@pytest.fixture
def province_officer(places):
    return make_province_officer("can_bo_tinh", "mat-khau-dai-va-kho-doan-1", places.lang_son)


@pytest.fixture
def article(places):
    return ingest_article(places)


@pytest.fixture
def reviewed(places, article, province_officer):
    """The article with two facts accepted (poverty rate, criteria count) and one still proposed."""
    accept_all_but_first(article, province_officer)
    return article


@pytest.fixture
def tree(db):
    """The places of the permission tests (a province, its districts and communes on their dates)."""
    return make_places()


@pytest.fixture
def staff(tree):
    """One account per role, each bound to its unit of `tree`."""
    return make_people(tree)
