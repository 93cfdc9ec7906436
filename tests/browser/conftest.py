"""Browser tests: a real Chromium (Debian's) driven by Playwright against pytest-django's live server."""

import os
import shutil

import pytest

from tests.db.web.builders import accept_all_but_first, ingest_article, make_lang_son, make_province_officer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
PASSWORD = "mat-khau-dai-va-kho-doan-1"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
    # with a running loop unless told it is safe, which it is here (one test at a time). Set only
    # once a browser test runs, so the rest of the suite keeps Django's check.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.fixture
def places(transactional_db):
    return make_lang_son()


@pytest.fixture
def province_officer(places):
    return make_province_officer("can_bo_tinh", PASSWORD, places.lang_son)


@pytest.fixture
def article(places):
    return ingest_article(places)


@pytest.fixture
def reviewed(article, province_officer):
    accept_all_but_first(article, province_officer)
    return article


def log_in(page, base_url, next_path="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_path}")
    page.fill("#id_username", "can_bo_tinh")
    page.fill("#id_password", PASSWORD)
    page.click("main button.btn")
