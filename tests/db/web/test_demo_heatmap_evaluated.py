"""The criteria heatmap shows the evaluator's verdicts where no source asserts a status, marked apart."""

import re

import pytest

pytestmark = pytest.mark.django_db

SET = "qd-1980-2016-xa"  # 19 criteria; criterion 10 is income, ≥ 36 million in 2020 in the northern uplands
URL = f"/overview/20/criteria/?on=2020-06-30&set={SET}&year=2020"
SOURCE = {"source_kind": "import", "source_file": "so-lieu.xlsx"}


def _accepted(model, row, **fields):
    from nongthon.monitoring.choices import ReviewStatus

    return model.objects.create(status=ReviewStatus.ACCEPTED, source_row=row, **SOURCE, **fields)


def _income(places, value, row=1, **fields):
    from nongthon.monitoring.models import Indicator, Observation

    indicator, _ = Indicator.objects.get_or_create(
        key="qd-1980-2016-xa-10-1",
        defaults={"name": "Thu nhập", "measure": "million_vnd_per_year", "criteria_set_id": SET,
                  "criteria_indicator_id": "10.1"})
    fields.setdefault("status", "accepted")
    return Observation.objects.create(unit=places.nhat_tien, indicator=indicator, year=2020, value=value,
                                      source_row=row, **SOURCE, **fields)


def _row(page: str, name: str) -> str:
    return page.split(f"{name}</a>")[1].split("</tr>")[0]


def _cells(row: str) -> list[str]:
    return re.findall(r'<td class="(cell [^"]*)"', row)


def test_a_figure_below_the_threshold_shows_a_computed_not_met_with_the_evaluators_reason(client, places):
    _income(places, 30)
    page = client.get(URL).content.decode()
    cells = _cells(_row(page, "Xã Nhất Tiến"))
    assert len(cells) == 19
    assert cells[9] == "cell not_met computed"  # criterion 10
    assert cells.count("cell unknown") == 18
    title = re.search(r'<td class="cell not_met computed" title="([^"]*)"', page).group(1)
    assert title.startswith("Tiêu chí 10 (") and "chưa đạt" in title and "30" in title
    assert _cells(_row(page, "Xã Bính Xá")) == ["cell unknown"] * 19  # no data, nothing computed


def test_a_figure_above_the_threshold_alone_leaves_the_cell_unknown_while_the_list_is_unverified(client, places):
    # Criterion 10's official indicator list is not verified in the set file, so one indicator met
    # cannot make the criterion met: the evaluator says so and the heatmap does not invent a verdict.
    _income(places, 40)
    page = client.get(URL).content.decode()
    assert _cells(_row(page, "Xã Nhất Tiến"))[9] == "cell unknown"
    assert ">0/19</td>" in _row(page, "Xã Nhất Tiến")


def test_a_figure_still_under_review_decides_nothing(client, places):
    _income(places, 30, status="proposed")
    page = client.get(URL).content.decode()
    assert "computed" not in "".join(_cells(_row(page, "Xã Nhất Tiến")))


def test_a_reported_count_of_all_criteria_met_makes_every_cell_a_computed_met(client, places):
    from nongthon.monitoring.models import CriteriaCount

    _accepted(CriteriaCount, 1, unit=places.nhat_tien, year=2020, achieved=19, total=19)
    page = client.get(URL).content.decode()
    assert _cells(_row(page, "Xã Nhất Tiến")) == ["cell met computed"] * 19
    assert "suy ra từ báo cáo 19/19 tiêu chí đạt" in page
    assert "19 ô do bộ đánh giá tính" in page


def test_a_recognition_in_the_year_stands_for_every_criterion_met_and_says_so(client, places):
    from nongthon.monitoring.models import Recognition

    _accepted(Recognition, 1, unit=places.nhat_tien, year=2020, tier="dat_chuan", decision_number="123/QĐ-UBND")
    page = client.get(URL).content.decode()
    assert _cells(_row(page, "Xã Nhất Tiến")) == ["cell met computed"] * 19
    assert "suy ra từ quyết định công nhận đạt chuẩn nông thôn mới năm 2020 (123/QĐ-UBND)" in page
    earlier = client.get(URL.replace("year=2020", "year=2019").replace(SET, SET)).content.decode()
    assert "computed" not in "".join(_cells(_row(earlier, "Xã Nhất Tiến")))  # recognised later, not then


def test_a_recognition_does_not_hide_a_figure_that_contradicts_it(client, places):
    from nongthon.monitoring.models import Recognition

    _accepted(Recognition, 1, unit=places.nhat_tien, year=2020, tier="dat_chuan")
    _income(places, 30, row=2)
    cells = _cells(_row(client.get(URL).content.decode(), "Xã Nhất Tiến"))
    assert cells[9] == "cell not_met computed"
    assert cells.count("cell met computed") == 0  # the evaluator refuses to deduce from a contradicted count


def test_a_status_a_source_asserts_stays_plain_and_a_contradicting_figure_marks_it(client, places):
    from nongthon.monitoring.models import CriterionStatus

    _accepted(CriterionStatus, 1, unit=places.nhat_tien, criteria_set_id=SET, criterion_id="10", year=2020, met=True)
    _accepted(CriterionStatus, 2, unit=places.nhat_tien, criteria_set_id=SET, criterion_id="1", year=2020, met=True)
    _income(places, 30, row=3)
    page = client.get(URL).content.decode()
    cells = _cells(_row(page, "Xã Nhất Tiến"))
    assert cells[0] == "cell met"  # asserted by the workbook, nothing against it
    assert cells[9] == "cell met conflict"
    conflict = re.search(r'<td class="cell met conflict" title="([^"]*)"', page).group(1)
    assert "báo cáo khẳng định đạt" in conflict and "chưa đạt" in conflict


def test_the_legend_reads_in_english(client, places):
    _income(places, 30)
    page = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "computed by the evaluator (not asserted by a source)" in page
    assert "1 cell computed by the evaluator" in page


def test_a_commune_whose_every_criterion_a_source_asserts_is_shown_as_asserted(client, places):
    from nongthon.evaluation import load_set
    from nongthon.monitoring.models import CriterionStatus

    for row, criterion in enumerate(load_set(SET).criteria, 1):
        _accepted(CriterionStatus, row, unit=places.nhat_tien, criteria_set_id=SET, criterion_id=criterion.id,
                  year=2020, met=True)
    _income(places, 30, row=99)  # would contradict criterion 10; the unit page is where that shows
    cells = _cells(_row(client.get(URL).content.decode(), "Xã Nhất Tiến"))
    assert cells == ["cell met"] * 19
