"""Swagger UI is served from our own static files and works with the network closed."""

import re
from urllib.parse import urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

pytestmark = pytest.mark.django_db

SWAGGER = "/api/docs/swagger/"


def _asset_urls(page: str) -> list[str]:
    tree = HTMLParser(page)
    urls = [node.attributes.get("src") for node in tree.css("script[src]")]
    urls += [node.attributes.get("href") for node in tree.css("link[href]")]
    return [u for u in urls if u]


def _body(response) -> bytes:
    # WhiteNoise answers with a streamed file.
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_swagger_page_answers_and_loads_only_local_assets(client):
    response = client.get(SWAGGER)
    assert response.status_code == 200
    page = response.content.decode()
    assets = _asset_urls(page)
    assert any(u.endswith("swagger-ui-bundle.js") for u in assets)
    assert any(u.endswith("swagger-ui.css") for u in assets)
    for url in assets:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)


def test_every_asset_of_the_swagger_page_answers_200(client):
    page = client.get(SWAGGER).content.decode()
    for url in _asset_urls(page):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _body(response), url


def test_the_start_up_script_is_a_file_of_its_own_pointing_at_the_local_schema(client):
    page = client.get(SWAGGER).content.decode()
    tree = HTMLParser(page)
    inline = [node for node in tree.css("script") if not node.attributes.get("src")]
    assert inline == []  # the CSP allows scripts from our own origin only
    script_url = next(u for u in _asset_urls(page) if "script" in urlsplit(u).query)
    response = client.get(script_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    script = response.content.decode()
    assert 'url: "/api/schema/' in script
    assert '"validatorUrl": null' in script  # no badge fetched from the validator's host
    assert not re.search(r"https?://", script)


def test_the_content_security_policy_allows_the_swagger_page(client):
    response = client.get(SWAGGER)
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
    )
    assert directives["script-src"] == ["'self'"]
    assert "'self'" in directives["style-src"]
    assert "'unsafe-inline'" in directives["style-src"]  # the page's own <style> block


def test_the_schema_the_swagger_page_reads_answers(client):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "nongthon API"


def test_the_schema_says_in_which_order_observations_come(client):
    listing = client.get("/api/schema/?format=json").json()["paths"]["/api/observations/"]["get"]
    assert "id tăng dần" in listing["description"]
    english = client.get("/api/schema/?format=json", HTTP_ACCEPT_LANGUAGE="en").json()
    assert "ascending id" in english["paths"]["/api/observations/"]["get"]["description"]


def test_the_endpoint_list_links_to_swagger_ui(client):
    page = client.get("/api/docs/").content.decode()
    assert f'href="{SWAGGER}"' in page
