import pytest

from tests.db.accounts.people import person


@pytest.mark.django_db
def test_the_fifth_wrong_password_locks_the_account_out(client):
    person("can_bo_tinh", password="mat-khau-dung-dai-va-kho-doan-1")
    for _ in range(4):
        response = client.post("/accounts/login/", {"username": "can_bo_tinh", "password": "sai"})
        assert response.status_code == 200  # the form again, with its error
    assert client.post("/accounts/login/", {"username": "can_bo_tinh", "password": "sai"}).status_code == 429
    locked = client.post("/accounts/login/", {"username": "can_bo_tinh", "password": "mat-khau-dung-dai-va-kho-doan-1"})
    assert locked.status_code == 429


@pytest.mark.django_db
def test_a_right_password_signs_in(client):
    person("can_bo_xa", password="mat-khau-dung-dai-va-kho-doan-2")
    response = client.post("/accounts/login/", {"username": "can_bo_xa", "password": "mat-khau-dung-dai-va-kho-doan-2"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_the_test_clients_login_still_works(client):
    person("can_bo_huyen", password="mat-khau-dung-dai-va-kho-doan-3")
    assert client.login(username="can_bo_huyen", password="mat-khau-dung-dai-va-kho-doan-3")
