import pytest
from django.contrib.auth import get_user_model

from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import Observation

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser("quan_tri", "quan_tri@example.vn", "mat-khau-dai-va-kho-doan-1")
    client.force_login(user)
    return user


def test_the_fact_list_shows_what_each_fact_states(client, administrator, bach_thong_article):
    page = client.get("/admin/documents/fact/")

    assert page.status_code == 200
    assert "tỷ lệ hộ nghèo 20,66%" in page.content.decode()
    assert client.get(f"/admin/documents/document/{bach_thong_article.pk}/change/").status_code == 200


def test_accepting_facts_from_the_admin_uses_the_same_operation(client, administrator, bach_thong_article):
    fact = bach_thong_article.facts.get(type="poverty_rate")

    client.post("/admin/documents/fact/", {"action": "accept_selected", "_selected_action": [fact.pk]})

    fact.refresh_from_db()
    assert fact.status == ReviewStatus.ACCEPTED
    assert Observation.objects.get().source_user == administrator
