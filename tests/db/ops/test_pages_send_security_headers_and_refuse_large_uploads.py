import pytest


@pytest.mark.django_db
def test_a_page_carries_a_content_security_policy(client):
    response = client.get("/accounts/login/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_a_request_body_over_the_limit_is_refused(client, settings):
    settings.NONGTHON_MAX_UPLOAD_BYTES = 1000
    response = client.post("/accounts/login/", {"username": "x" * 2000, "password": "y"})
    assert response.status_code == 413 and "quá lớn" in response.content.decode()
