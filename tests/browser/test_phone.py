"""On a phone (390×844): the main pages fit the screen's width and the menu opens to every section."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser

WIDTH = 390

#: What overflows: the page's width beyond the viewport, and the elements sticking out past its right edge
#: (inside a box that scrolls sideways, such as a wide table's `.table-wrap`, is fine).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p); if (s.overflowX === "auto" || s.overflowX === "scroll" || s.overflowX === "hidden") return true; }
    return false; };
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > width + 1 && !scrolls(el)) out.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "") + " right=" + Math.round(r.right));
  }
  return {page: document.documentElement.scrollWidth, body: document.body.scrollWidth, width, out: out.slice(0, 8)};
}"""


def assert_fits(phone):
    found = phone.evaluate(OVERFLOW)
    assert found["width"] == WIDTH
    assert found["page"] <= WIDTH and found["body"] <= WIDTH and found["out"] == [], found


def assert_menu_reaches(phone, name):
    nav = phone.locator(".site-nav")
    expect(nav).to_be_hidden()
    phone.click(".nav-toggle-label")
    link = nav.get_by_role("link", name=name)
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, box
    assert_fits(phone)  # the open menu fits too


@pytest.mark.parametrize(("path", "heading"), [
    ("/overview/20/", "Lạng Sơn"),
    ("/units/06382@-/", "Nhất Tiến"),
    ("/overview/20/criteria/", "Tiêu chí theo xã"),
    ("/review/", "Duyệt dữ kiện"),
])
def test_a_page_fits_a_phone_and_its_menu_opens(phone, live_server, article, path, heading):
    phone.goto(live_server.url + path)
    expect(phone.locator("h1")).to_contain_text(heading)
    assert_fits(phone)
    assert_menu_reaches(phone, "Đơn vị")


def test_reviewing_and_correcting_a_fact_on_a_phone(phone, live_server, article, province_officer):
    log_in(phone, live_server.url, "/review/")
    expect(phone.locator("#review-panel")).to_be_visible()
    assert_fits(phone)
    phone.locator("details.correct summary").click()
    expect(phone.locator("form.correction")).to_be_visible()
    assert_fits(phone)
    phone.locator("form.correction button.btn").scroll_into_view_if_needed()
    expect(phone.locator("form.correction button.btn")).to_be_in_viewport()


def test_entering_data_on_a_phone(phone, live_server, places, province_officer):
    log_in(phone, live_server.url, "/units/06382@-/entry/?year=2022")
    expect(phone.locator("h1")).to_contain_text("Nhất Tiến")
    expect(phone.locator(".entry-cell").first).to_be_visible()
    assert_fits(phone)
    phone.fill("input[name=i_11_1]", "120")
    phone.locator("form.entry-form button.btn").click()
    expect(phone.locator(".entry-cell.has-error")).to_contain_text("phải từ 0 đến 100")
    assert_fits(phone)
