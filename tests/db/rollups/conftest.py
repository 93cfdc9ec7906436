import pytest

from tests.db.synth.places import load_province


@pytest.fixture
def lang_son(db):
    return load_province("20")
