"""Screenshots of the main pages of a running nongthon, for docs/screenshots.

    nongthon demo --no-browser &            # or any running instance
    .venv/bin/python scripts/screenshots.py http://127.0.0.1:8000 docs/screenshots

Uses the `playwright` package with Debian's Chromium (/usr/bin/chromium); no browser download.
Pages whose keys depend on the data (a commune, a document) are found through the API.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

PAGES = [
    ("overview", "/overview/20/?on=2025-06-30"),
    ("overview-today", "/overview/20/"),
    ("overview-country", "/overview/"),
    ("units-search", "/units/?q=nhat+tien&on=2019-06-01"),
    ("documents-search", "/documents/?q=nong+thon+moi"),
    ("criteria", "/criteria/"),
    ("heatmap", "/overview/20/criteria/?on=2025-06-30&year=2024"),
    ("review", "/review/"),
    ("api", "/api/docs/"),
]


def _json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def data_pages(base: str) -> list[tuple[str, str]]:
    """A commune with accepted facts, and the document behind them."""
    facts = _json(f"{base}/api/facts/?status=accepted&limit=100")["results"]
    out = []
    with_unit = [f for f in facts if f.get("unit")]
    if with_unit:
        out.append(("unit", f"/units/{with_unit[0]['unit']}/"))
        out.append(("document", with_unit[0]["evidence_url"]))
    return out


def main(argv: list[str]) -> int:
    base = (argv[1] if len(argv) > 1 else "http://127.0.0.1:8000").rstrip("/")
    folder = Path(argv[2] if len(argv) > 2 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        desktop = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 1100})
        page = desktop.new_page()
        for name, path in PAGES + data_pages(base):
            page.goto(base + path)
            page.screenshot(path=folder / f"{name}.png")  # the first screenful: what a visitor sees
            print(folder / f"{name}.png")
        phone = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844}, is_mobile=True)
        tab = phone.new_page()
        tab.goto(base + "/overview/20/?on=2025-06-30")
        tab.screenshot(path=folder / "overview-phone.png")
        print(folder / "overview-phone.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
