"""The unit page reads its many observations and criterion results as plain rows and writes their
cells in Python: what it shows must be what the model instances and the source partial showed."""

from decimal import Decimal

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


@pytest.fixture
def sourced(places, reviewed, province_officer):
    """Rows of the old Nhất Hòa and Tân Thành, which the new Nhất Hòa continues, from each kind of source."""
    from nongthon.monitoring.choices import PeriodPrecision, ReviewStatus, SourceKind
    from nongthon.monitoring.models import CriterionStatus, Indicator, LegalDocument, Observation

    accepted = {"status": ReviewStatus.ACCEPTED}
    decision = LegalDocument.objects.create(number="12/QĐ-UBND", kind="quyet_dinh", source_kind=SourceKind.USER,
                                            source_user=province_officer, **accepted)
    indicator = Indicator.objects.get(key="poverty_rate")
    document_row = Observation.objects.create(
        unit=places.nhat_hoa_old, indicator=indicator, year=2019, value=Decimal("8.5"),
        source_kind=SourceKind.DOCUMENT, source_document=reviewed, source_start=10, source_end=40,
        source_evidence="tỷ lệ hộ nghèo <còn> 8,5%", **accepted)
    span_row = Observation.objects.create(
        unit=places.tan_thanh, indicator=indicator, year_from=2016, year=2020, value=Decimal("3"),
        total=Decimal("12"), precision=PeriodPrecision.SPAN, source_kind=SourceKind.LEGAL, source_legal=decision,
        **accepted)
    statuses = [
        CriterionStatus.objects.create(unit=places.nhat_hoa_old, criteria_set_id="qd-318-2022-xa",
                                       criterion_id="5", year=2022, met=True, source_kind=SourceKind.USER,
                                       source_user=province_officer, **accepted),
        CriterionStatus.objects.create(unit=places.tan_thanh, criteria_set_id="qd-318-2022-xa",
                                       criterion_id="5", year=2024, met=False, source_kind=SourceKind.IMPORT,
                                       source_file="bao-cao.xlsx", source_row=7, **accepted),
        CriterionStatus.objects.create(unit=places.tan_thanh, criteria_set_id="qd-318-2022-xa",
                                       criterion_id="10", year=2022, met=False, source_kind=SourceKind.LEGAL,
                                       source_legal=decision, **accepted),
    ]
    return {"observations": [document_row, span_row], "statuses": statuses}


def _records(places):
    from nongthon.web import progress

    return progress.unit_records([places.nhat_hoa.pk, places.nhat_hoa_old.pk, places.tan_thanh.pk])


def test_plain_rows_read_as_the_model_instances_do(places, sourced):
    records = _records(places)
    plain = {(type(row).__name__, row.pk): row for row in (*records.observations, *records.criterion_statuses)}
    for instance in (*sourced["observations"], *sourced["statuses"]):
        row = plain[(f"Plain{type(instance).__name__}", instance.pk)]
        assert row.source_label == instance.source_label
        assert row.unit_id == instance.unit_id and row.year == instance.year
    for instance in sourced["observations"]:
        row = plain[("PlainObservation", instance.pk)]
        assert (row.period_label, row.value_label) == (instance.period_label, instance.value_label)
        assert row.indicator == instance.indicator


def test_the_source_of_each_row_is_written_as_the_partial_wrote_it(places, sourced, reviewed):
    from nongthon.web.sources import source_html

    records = _records(places)
    observations = {row.pk: row for row in records.observations}
    statuses = {row.pk: row for row in records.criterion_statuses}
    document_row = observations[sourced["observations"][0].pk]
    assert source_html(document_row) == (
        f'<a href="/documents/{reviewed.pk}/?start=10&amp;end=40#evidence" '
        'title="tỷ lệ hộ nghèo &lt;còn&gt; 8,5%">Nhất Tiến đón xuân nông thôn mới</a>')
    assert source_html(observations[sourced["observations"][1].pk]) == "Quyết định 12/QĐ-UBND"
    assert source_html(statuses[sourced["statuses"][1].pk]) == "bao-cao.xlsx:7"
    for instance in (*sourced["observations"], *sourced["statuses"]):
        assert render_to_string("web/partials/source.html", {"row": instance}).strip() == source_html(instance)


def test_the_new_commune_shows_the_rows_it_continues_with_their_sources(client, places, sourced, reviewed):
    page = client.get("/units/06376@2025-07-01/?predecessors=all").content.decode()
    observations = page.split('id="observations"')[1].split("</section>")[0]
    assert f'href="/documents/{reviewed.pk}/?start=10&amp;end=40#evidence"' in observations
    assert "<td>2016-2020</td><td class=\"num\">3/12</td>" in observations
    assert '<a href="/units/06379@-/">Xã Tân Thành</a>' in observations
    assert "8,5%" in observations


def test_the_criteria_matrix_puts_each_result_under_its_year(client, places, sourced, province_officer):
    from nongthon.web import criteria_matrix

    matrix = criteria_matrix.from_statuses(_records(places).criterion_statuses)
    assert matrix.years == [2022, 2024]
    rows = {row.criterion_id: row for row in matrix.rows}
    assert [cell["state"] for cell in rows["5"].cells] == ["met", "not_met"]
    assert [cell["state"] for cell in rows["10"].cells] == ["not_met", "unknown"]
    assert [row.criterion_id for row in matrix.rows] == ["5", "10"]  # natural order, not "10" < "5"
    assert rows["5"].cells_html == (
        f'<td class="cell met" title="{province_officer}">✓</td>'
        '<td class="cell not_met" title="bao-cao.xlsx:7">✗</td>')
    page = client.get("/units/06376@2025-07-01/?predecessors=all").content.decode()
    criteria = page.split('id="criteria"')[1].split("</table>")[0]
    assert '<td class="cell not_met" title="Quyết định 12/QĐ-UBND">✗</td><td class="cell unknown" title="">?</td>' \
        in criteria


def test_the_rows_of_the_communes_it_continues_are_one_click_away(client, places, sourced):
    """By default the page reads the new commune's own observations and criterion results only, and
    links to the page with those of the communes it continues."""
    _imported_status(places.nhat_hoa, "qd-51-2025-xa", "1", 2025, "moi.xlsx", 1)
    page = client.get("/units/06376@2025-07-01/?year=2025").content.decode()
    criteria, observations = _sections(page)
    assert 'title="moi.xlsx:1"' in criteria  # its own result
    assert "bao-cao.xlsx:7" not in criteria and "8,5%" not in observations
    assert 'href="?predecessors=1&amp;year=2025#criteria"' in criteria
    assert 'href="?predecessors=1&amp;year=2025#observations"' in observations
    assert "15/19" in page  # the criteria counts of the communes it continues are few and always shown

    full = client.get("/units/06376@2025-07-01/?predecessors=all&year=2025").content.decode()
    assert "bao-cao.xlsx:7" in full and "8,5%" in full and 'title="moi.xlsx:1"' in full
    assert "#criteria\"" not in full and "#observations\"" not in full


def test_the_rows_it_continues_show_their_last_years_and_every_year_is_one_click_away(client, places, sourced):
    """`?predecessors=1` shows the predecessors' observations and criterion results of their last three
    years (they ended on 1 July 2025: 2023 to 2025) and the commune's own of every year, and links to
    `?predecessors=all`, which shows every year."""
    _imported_status(places.nhat_hoa, "qd-318-2022-xa", "10", 2019, "cu.xlsx", 3)
    page = client.get("/units/06376@2025-07-01/?predecessors=1").content.decode()
    criteria, observations = _sections(page)
    assert 'title="bao-cao.xlsx:7"' in criteria  # Tân Thành, 2024
    assert "12/QĐ-UBND" not in criteria and "<th class=\"num\">2022</th>" not in criteria  # its 2022 result
    assert 'title="cu.xlsx:3"' in criteria  # the commune's own, whatever the year
    assert "8,5%" not in observations and "3/12" not in observations  # 2019, 2016-2020
    for section, anchor in ((criteria, "criteria"), (observations, "observations")):
        assert "từ năm 2023" in section and f'href="?predecessors=all#{anchor}"' in section

    every = client.get("/units/06376@2025-07-01/?predecessors=all").content.decode()
    criteria = every.split('id="criteria"')[1].split("</section>")[0]
    assert "12/QĐ-UBND" in criteria and 'title="bao-cao.xlsx:7"' in criteria and 'title="cu.xlsx:3"' in criteria
    assert "8,5%" in every and "3/12" in every and "từ năm 2023" not in every and "predecessors=all#" not in every


def test_a_unit_without_predecessors_offers_no_such_link(client, places, sourced):
    page = client.get("/units/06382@-/").content.decode()
    assert "#criteria\"" not in page and "#observations\"" not in page
    assert "từ năm" not in client.get("/units/06382@-/?predecessors=1").content.decode()


def _imported_status(unit, set_id, criterion_id, year, file, row):
    """An accepted criterion result of `unit`, imported from row `row` of workbook `file`."""
    from nongthon.monitoring.choices import ReviewStatus, SourceKind
    from nongthon.monitoring.models import CriterionStatus

    return CriterionStatus.objects.create(unit=unit, criteria_set_id=set_id, criterion_id=criterion_id, year=year,
                                          met=True, source_kind=SourceKind.IMPORT, source_file=file,
                                          source_row=row, status=ReviewStatus.ACCEPTED)


def _sections(page: str) -> tuple[str, str]:
    """The criteria and the observations sections of a unit page."""
    return tuple(page.split(f'id="{name}"')[1].split("</section>")[0] for name in ("criteria", "observations"))
