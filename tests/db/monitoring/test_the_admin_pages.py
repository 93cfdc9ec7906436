import pytest
from django.contrib.auth import get_user_model

from nongthon.monitoring.models import SOURCED_MODELS, Indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser("quan_tri", "quan_tri@example.vn", "mat-khau-dai-va-kho-doan-1")
    client.force_login(user)
    return user


@pytest.mark.parametrize("model", [Indicator, *SOURCED_MODELS], ids=lambda m: m.__name__)
def test_every_monitoring_model_has_a_list_and_an_add_page_in_the_admin(client, administrator, model):
    base = f"/admin/monitoring/{model._meta.model_name}/"

    listing = client.get(base)
    adding = client.get(base + "add/")

    assert listing.status_code == 200 and adding.status_code == 200
    assert str(model._meta.verbose_name_plural).lower() in listing.content.decode().lower()
