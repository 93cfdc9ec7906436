"""Screenshots of the main pages, for docs/screenshots.

    NONGTHON_SCREENSHOTS=docs/screenshots pytest -m browser tests/browser/test_screenshots.py

Without the variable the pages are still rendered and captured, into a temporary folder.
"""

import os
from pathlib import Path

import pytest

from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser

PAGES = [
    ("overview", "/overview/20/?on=2025-06-30"),
    ("overview-today", "/overview/20/"),
    ("unit", "/units/06382@-/"),
    ("unit-after-reform", "/units/06376@2025-07-01/"),
    ("units-search", "/units/?q=nhat+hoa&on=2025-06-30"),
    ("documents-search", "/documents/?q=nong+thon+moi"),
    ("criteria", "/criteria/"),
    ("heatmap", "/overview/20/criteria/?on=2025-06-30&year=2024"),
    ("api", "/api/docs/"),
]


@pytest.fixture
def folder(tmp_path):
    target = Path(os.environ.get("NONGTHON_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def test_the_main_pages_are_captured(page, phone, live_server, reviewed, folder):
    for name, path in PAGES:
        page.goto(live_server.url + path)
        page.screenshot(path=folder / f"{name}.png", full_page=True)
    page.goto(f"{live_server.url}/documents/{reviewed.pk}/")
    page.screenshot(path=folder / "document.png")
    log_in(page, live_server.url, "/review/")
    page.wait_for_selector("[data-shortcut='accept']")
    page.screenshot(path=folder / "review.png")
    phone.goto(live_server.url + "/overview/20/?on=2025-06-30")
    phone.screenshot(path=folder / "overview-phone.png", full_page=True)
    assert len(list(folder.glob("*.png"))) >= len(PAGES) + 3
