"""On the demo's own data, the heatmap shows what the evaluator can deduce from the seed articles."""

import re
from io import StringIO

import pytest

from nongthon.web.demo import ingest_seed_articles

pytestmark = pytest.mark.django_db

HEATMAP = "/overview/20/criteria/?on=2020-06-30&set=qd-1980-2016-xa&year={year}"


def _nhat_tien_cells(page: str) -> list[str]:
    row = page.split("Xã Nhất Tiến</a>")[1].split("</tr>")[0]
    return re.findall(r'<td class="(cell [^"]*)"', row)


def test_the_recognition_of_nhat_tien_in_2019_fills_its_row_for_that_year_only(client, places):
    ingest_seed_articles(stdout=StringIO())  # an article reports Nhất Tiến recognised in 2019

    page = client.get(HEATMAP.format(year=2019)).content.decode()
    assert _nhat_tien_cells(page) == ["cell met computed"] * 19
    assert "suy ra từ quyết định công nhận đạt chuẩn nông thôn mới năm 2019" in page
    assert 'class="cell met"' not in page  # nothing in the articles asserts a single criterion

    before = client.get(HEATMAP.format(year=2018)).content.decode()
    assert _nhat_tien_cells(before) == ["cell unknown"] * 19


def test_the_unit_page_agrees_with_the_heatmap_on_the_year_of_recognition(client, places):
    ingest_seed_articles(stdout=StringIO())

    page = client.get(f"/units/{places.nhat_tien.key}/?year=2019").content.decode()
    assert "19/19" in page
    assert "suy ra từ quyết định công nhận đạt chuẩn nông thôn mới năm 2019" in page


def test_the_demo_says_which_heatmap_shows_computed_cells(client, places):
    out = StringIO()
    ingest_seed_articles(stdout=out)

    path = "/overview/20/criteria/?on=2019-12-31&year=2019"
    assert f"do bộ đánh giá tính từ bài báo mẫu: {path}" in out.getvalue()
    assert "cell met computed" in client.get(path).content.decode()
