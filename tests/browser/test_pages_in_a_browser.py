import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def test_the_overview_shows_the_province_and_its_communes(page, live_server, places):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/overview/20/$"))
    expect(page.locator("h1")).to_contain_text("Lạng Sơn")
    expect(page.locator("#communes")).to_contain_text("Nhất Hòa")
    page.click("text=Trước 1/7/2025")
    expect(page.locator("#communes")).to_contain_text("Nhất Tiến")
    expect(page.locator("main")).to_contain_text("Xếp hạng cấp huyện")


def test_a_unit_page_shows_what_the_commune_became(page, live_server, places):
    page.goto(live_server.url + "/units/06382@-/")
    lineage = page.locator("#lineage")
    expect(lineage).to_contain_text("Trở thành")
    lineage.get_by_role("link", name="Xã Nhất Hòa").click()
    expect(page.locator("h1")).to_have_text("Xã Nhất Hòa")
    expect(page.locator("#lineage")).to_contain_text("Xã Nhất Tiến")


def test_an_officer_accepts_a_fact_with_the_keyboard_and_the_unit_page_changes(page, live_server, reviewed):
    page.goto(live_server.url + "/units/06382@-/")
    expect(page.locator("#recognitions")).to_contain_text("Chưa có quyết định công nhận đã duyệt")
    log_in(page, live_server.url, "/review/")
    expect(page.locator("#review")).to_contain_text("1 dữ kiện chờ duyệt")
    expect(page.locator(".doc-text mark")).to_contain_text("đạt chuẩn nông thôn mới (NTM) năm 2019")
    page.keyboard.press("a")
    expect(page.locator("#review")).to_contain_text("0 dữ kiện chờ duyệt")
    page.goto(live_server.url + "/units/06382@-/")
    expect(page.locator("#recognitions")).to_contain_text("Đạt chuẩn nông thôn mới")
    page.locator("#facts a", has_text="Nhất Tiến đón xuân").first.click()
    expect(page.locator("mark.fact.accepted").first).to_be_visible()


def test_the_library_finds_a_phrase_typed_without_accents(page, live_server, article):
    page.goto(live_server.url + "/documents/")
    page.fill("#q", "nong thon moi")
    page.press("#q", "Enter")
    expect(page.locator("main h2")).to_contain_text("1 tài liệu")
    expect(page.locator(".snippet mark").first).to_have_text("nông thôn mới")


def test_the_menu_folds_away_on_a_phone(phone, live_server, places):
    phone.goto(live_server.url + "/overview/20/")
    nav = phone.locator(".site-nav")
    expect(nav).to_be_hidden()
    phone.click(".nav-toggle-label")
    expect(nav.get_by_role("link", name="Tài liệu")).to_be_visible()
