import pytest

from tests.db.synth.places import load_province


@pytest.fixture
def lang_son(db):
    """Lạng Sơn (code 20) from the registry: 2016–2025 districts and communes, and the 2025 communes."""
    return load_province("20")
