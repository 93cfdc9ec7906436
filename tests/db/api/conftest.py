import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from tests.db.web.builders import accept_all_but_first, ingest_article, make_lang_son, make_province_officer


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def places(db):
    return make_lang_son()


@pytest.fixture
def article(places):
    return ingest_article(places)


@pytest.fixture
def outsider(db):
    return get_user_model().objects.create_user("nguoi_ngoai", password="mat-khau-dai-va-kho-doan-2")


@pytest.fixture
def province_officer(places):
    user = make_province_officer("can_bo_tinh", "mat-khau-dai-va-kho-doan-1", places.lang_son)
    user.user_permissions.add(*Permission.objects.filter(
        codename__in=["change_fact", "add_observation", "change_observation"]))
    return user


@pytest.fixture
def reviewed(article, province_officer):
    accept_all_but_first(article, province_officer)
    return article
