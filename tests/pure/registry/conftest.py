import datetime as dt

import pytest

from nongthon.registry import load_registry

BEFORE_FIRST_LIST = dt.date(2019, 6, 1)
IN_2024 = dt.date(2024, 6, 1)


@pytest.fixture(scope="session")
def registry():
    return load_registry()
