"""A serving process warms its read-only caches and freezes its heap once at start-up, then answers."""

import gc
import importlib
import sys

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def unfrozen():
    """Each test starts and ends with nothing frozen, so the rest of the run collects as usual."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_prepare_to_serve_loads_the_registry_and_freezes_what_survives_a_collection(unfrozen, client, places):
    from nongthon.registry import load_registry
    from nongthon.web.startup import prepare_to_serve

    load_registry.cache_clear()
    frozen = prepare_to_serve()
    assert frozen == gc.get_freeze_count() > 0
    assert load_registry.cache_info().currsize == 1  # loaded before the freeze, so frozen with it
    units = load_registry().units
    assert gc.is_tracked(units) and all(o is not units for o in gc.get_objects())  # not walked by collections
    response = client.get(f"/units/{places.nhat_hoa_old.key}/")
    assert response.status_code == 200 and places.nhat_hoa_old.name in response.content.decode()


def test_the_wsgi_entry_point_goes_through_the_start_up(unfrozen, client, places):
    from django.core.handlers.wsgi import WSGIHandler

    sys.modules.pop("nongthon.wsgi", None)
    assert gc.get_freeze_count() == 0
    wsgi = importlib.import_module("nongthon.wsgi")
    assert isinstance(wsgi.application, WSGIHandler)
    assert gc.get_freeze_count() > 0
    assert client.get("/overview/20/").status_code == 200
