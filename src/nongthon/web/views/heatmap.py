from __future__ import annotations

from django.http import Http404
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView

from nongthon.web import queries
from nongthon.web.evaluations import HeatCell, heatmap_cells
from nongthon.web.links import unit_url_maker
from nongthon.web.templatetags.web_tags import unit_labeller
from nongthon.web.views.cache import PublicPageCacheMixin
from nongthon.web.views.overview import DateMixin


class HeatmapView(PublicPageCacheMixin, DateMixin, TemplateView):
    """Communes of a province × criteria of a set in a year: met, not met or unknown (accepted rows)."""

    template_name = "web/heatmap.html"

    def get_context_data(self, code: str, **kwargs):
        on = self.get_on()
        province = queries.province(code, on)
        if province is None:
            raise Http404("no province with this code on this date")
        communes = list(queries.communes_of(province, on))
        year = _year(self.request.GET.get("year"), on)
        sets = _sets(year)
        chosen = next((s for s in sets if s.id == self.request.GET.get("set")), sets[0] if sets else None)
        # What a source asserts, else what the evaluator computes from accepted figures (with its reason).
        cells = heatmap_cells(communes, chosen, year) if chosen is not None and communes else {}
        criteria = list(chosen.criteria) if chosen else []
        criterion_ids = [c.id for c in criteria]
        rows, label, unit_url = [], unit_labeller(), unit_url_maker()
        for commune in communes:
            commune.cells = [cells.get((commune.pk, cid), _UNKNOWN) for cid in criterion_ids]
            commune.met = sum(cell.state == "met" for cell in commune.cells)
            # A province has up to hundreds of communes × 19 criteria: the rows and their cells are
            # written here, not looped over in the template, which cost tens of milliseconds more per page.
            url = unit_url(commune.key)
            rows.append(f'<tr><td><a href="{escape(url)}">{escape(label(commune))}</a></td>\n    '
                        f'{"".join(_cell_html(cell) for cell in commune.cells)}\n    '
                        f'<td class="num">{commune.met}/{len(criteria)}</td></tr>')
        return {
            **super().get_context_data(**kwargs),
            **self.date_context(on),
            "nav": "overview",
            "province": province,
            "communes": communes,
            "commune_rows": mark_safe("".join(rows)),  # noqa: S308 - every value in the rows is escaped
            "criteria": criteria,
            "sets": sets,
            "chosen": chosen,
            "year": year,
            "known": len(cells),
            "computed": sum(cell.basis == "evaluator" for cell in cells.values()),
        }


_UNKNOWN = HeatCell("unknown", "")
_GLYPH = {"met": "✓", "not_met": "✗", "unknown": "·"}
_CELL_HTML = {state: f'<td class="cell {state}">{glyph}</td>' for state, glyph in _GLYPH.items()}


def _cell_html(cell: HeatCell) -> str:
    if cell.basis == "source" and not cell.reason:  # most cells: a source's status, written once
        return _CELL_HTML[cell.state]
    if cell.basis == "evaluator":  # computed: marked apart from what a source asserts, reason on hover
        return format_html('<td class="cell {} computed" title="{}">{}</td>', cell.state, cell.reason,
                           _GLYPH[cell.state])
    if cell.reason:  # a source's status that the evaluator's figures contradict
        return format_html('<td class="cell {} conflict" title="{}">{}!</td>', cell.state, cell.reason,
                           _GLYPH[cell.state])
    return _CELL_HTML[cell.state]


def _year(raw, on) -> int:
    if raw and raw.isdigit() and 1990 <= int(raw) <= 2100:
        return int(raw)
    return on.year if on.month > 6 else on.year - 1


def _sets(year: int) -> list:
    try:
        from nongthon.evaluation import list_sets
    except ImportError:
        return []
    return [s for s in list_sets() if str(s.scope) == "xa" and s.period_from <= year <= s.period_to and not s.province]
