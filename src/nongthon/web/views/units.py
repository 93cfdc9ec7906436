from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.views.generic import TemplateView

from nongthon.units.choices import Level
from nongthon.units.models import Unit
from nongthon.web import charts, criteria_matrix, evaluations, lineage, progress, queries
from nongthon.web.search import search_units
from nongthon.web.sources import source_html
from nongthon.web.templatetags.web_tags import unit_label
from nongthon.web.views.cache import PublicPageCacheMixin


class UnitListView(PublicPageCacheMixin, TemplateView):
    """Search units by name, accent-insensitively, at a date; without a query, list a level."""

    template_name = "web/unit_list.html"

    def get_context_data(self, **kwargs):
        request = self.request
        on = queries.parse_date(request.GET.get("on"))
        q = request.GET.get("q", "").strip()
        level = request.GET.get("level", "")
        if level not in Level.values:
            level = ""
        if q:
            results = search_units(q, on, level or None)
            page = None
        else:
            qs = queries.units_on(on, level or Level.TINH).select_related("parent__parent").order_by("code")
            page = Paginator(qs, 100).get_page(request.GET.get("page"))
            results = list(page.object_list)
        return {
            **super().get_context_data(**kwargs),
            "nav": "units",
            "q": q,
            "on": on,
            "level": level,
            "levels": Level.choices,
            "results": results,
            "page": page,
            "pre_reform_date": queries.PRE_REFORM_DATE,
        }


class UnitDetailView(PublicPageCacheMixin, TemplateView):
    template_name = "web/unit_detail.html"

    def get_context_data(self, key: str, **kwargs):
        unit = get_object_or_404(Unit.objects.select_related("parent__parent__parent"), key=key)
        history = lineage.lineage_of(unit)
        # Rows of the communes a commune continues count for it; a dissolved district's do not.
        before = [u.pk for u in history.predecessors if u.level == unit.level]
        own_and_before = [unit.pk, *before]
        # Their observations and criterion results, several hundred rows for a commune formed in 2025
        # and half of its page's time, are one click away (`?predecessors=1`) rather than read by default;
        # that page shows their last PREDECESSOR_YEARS years, and `?predecessors=all` every year.
        shown = self.request.GET.get("predecessors")
        with_before = shown in ("1", "all")
        recent_from = _recent_from(history.predecessors, unit.level) if shown == "1" else None
        if not with_before:
            records = progress.unit_records(own_and_before, detailed=[unit.pk])
        elif recent_from is None:
            records = progress.unit_records(own_and_before)
        else:
            records = progress.unit_records(own_and_before, detailed=[unit.pk], recent=before,
                                            recent_from=recent_from)
        _add_detail_urls(records)
        for row in (*records.recognitions, *records.criteria_counts, *records.tallies, *records.supports):
            row.source_html = source_html(row)
        on = _child_date(unit)
        children = list(
            unit.children.filter(queries.valid_on_q(on)).order_by("code")
        ) if unit.level != Level.XA else []
        child_standing = progress.standings([c.pk for c in children], on) if children else {}
        for child in children:
            child.standing = child_standing.get(child.pk) or progress.UnitStanding()
        standing = progress.standing_from_records(records, unit.pk, on)
        year = _evaluation_year(self.request.GET.get("year"), unit, records)
        return {
            **super().get_context_data(**kwargs),
            "nav": "units",
            "unit": unit,
            "evaluation_year": year,
            "evaluations": evaluations.for_page(unit, year, records) if unit.level == Level.XA else [],
            "ancestors": queries.ancestors(unit),
            "lineage": history,
            "predecessor_rows_hidden": bool(before) and not with_before,
            "predecessor_rows_from": recent_from if before else None,
            "standing": standing,
            "records": records,
            "children": children,
            "indicator_tables": _indicator_tables(records.observations, unit),
            "matrix": criteria_matrix.from_statuses(records.criterion_statuses),
            "targets": progress.targets_for([unit.pk]),
            "facts": progress.facts_about(own_and_before),
            "monitoring_available": progress.monitoring_available(),
            "documents_available": progress.documents_available(),
        }


# Years of the predecessors' observations and criterion results `?predecessors=1` shows, counted back
# from the last year they existed (at national scale, 81 of 270 observations and 171 of 570 results).
PREDECESSOR_YEARS = 3


def _recent_from(predecessors, level) -> int | None:
    """The first year of the predecessors' rows `?predecessors=1` shows; None (every year) when a
    predecessor has no end of validity."""
    ends = [u.valid_to for u in predecessors if u.level == level]
    if not ends or None in ends:
        return None
    last_day = max(ends) - timedelta(days=1)  # validity ends the day before `valid_to`
    return last_day.year - PREDECESSOR_YEARS + 1


def _add_detail_urls(records) -> None:
    """Each unit the rows belong to gets its page's address once: the rows of the communes a new
    commune continues number in the hundreds, and reversing the address per row was a fifth of the page."""
    units = {row.unit_id: row.unit for row in (*records.recognitions, *records.criteria_counts, *records.observations)}
    for unit in units.values():
        unit.detail_url = reverse("web:unit-detail", args=[unit.key])


def _child_date(unit):
    """Children are listed as they stood on the last day the unit existed, or today."""
    if unit.valid_to:
        return unit.valid_to - timedelta(days=1)
    return queries.parse_date(None)


def _indicator_tables(observations, unit) -> list[dict]:
    """Observations grouped by indicator, each with a chart when there are two years or more.

    Each table's rows are written here (`rows_html`): a commune formed in 2025 shows a few hundred
    observations of the communes it continues, and a template loop with a partial per row was a
    third of its page.
    """
    grouped = defaultdict(list)
    for row in observations:
        grouped[row.indicator].append(row)
    unit_cells: dict[int, str] = {}
    for row in observations:
        if row.unit_id not in unit_cells:
            unit_cells[row.unit_id] = "—" if row.unit_id == unit.pk else format_html(
                '<a href="{}">{}</a>', row.unit.detail_url, unit_label(row.unit))
    tables = []
    for indicator, rows in grouped.items():
        points = [(float(r.year), float(r.value)) for r in rows if r.year is not None and r.total is None]
        chart = ""
        if len({x for x, _ in points}) >= 2:
            chart = charts.line_chart([charts.Series(indicator.name, points)], title=indicator.name)
        rows_html = format_html_join(
            "", '<tr><td>{}</td><td class="num">{}</td><td>{}</td><td class="small">{}</td></tr>',
            ((r.period_label, r.value_label, unit_cells[r.unit_id], source_html(r)) for r in rows))
        tables.append({"indicator": indicator, "rows": rows, "rows_html": rows_html, "chart": chart})
    return tables


def _evaluation_year(raw, unit, records) -> int:
    """`?year=`, else the latest year with accepted data on the unit, else its last year of validity."""
    if raw and raw.isdigit() and 1990 <= int(raw) <= 2100:
        return int(raw)
    years = [r.year for r in (*records.criteria_counts, *records.criterion_statuses, *records.observations,
                              *records.recognitions)
             if r.year and r.unit_id == unit.pk]
    if years:
        return max(years)
    return _child_date(unit).year
