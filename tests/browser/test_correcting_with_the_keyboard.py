"""The review queue in a browser: `c` opens the correction of the fact shown, Enter accepts the corrected fact."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def test_a_reviewer_corrects_the_year_with_the_keyboard_and_the_unit_page_changes(page, live_server, reviewed):
    log_in(page, live_server.url, "/review/")
    expect(page.locator("#review")).to_contain_text("1 dữ kiện chờ duyệt")
    expect(page.locator("form.correction")).to_be_hidden()
    page.keyboard.press("c")
    expect(page.locator("form.correction")).to_be_visible()
    expect(page.locator("#id_fix-status")).to_be_focused()
    year = page.locator("#id_fix-year")
    expect(year).to_have_value("2019")
    year.fill("2020")
    year.press("Enter")
    expect(page.locator("#review")).to_contain_text("0 dữ kiện chờ duyệt")
    expect(page.locator("#review")).to_contain_text("sửa: year")
    page.goto(live_server.url + "/units/06382@-/")
    expect(page.locator("#recognitions tbody")).to_contain_text("2020")
