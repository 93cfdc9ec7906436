from __future__ import annotations

from django.http import Http404
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView

from nongthon.web import progress, queries
from nongthon.web.views.overview import DateMixin


class HeatmapView(DateMixin, TemplateView):
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
        states: dict[tuple[int, str], bool] = {}
        CriterionStatus = progress.model("monitoring", "CriterionStatus")
        if chosen is not None and CriterionStatus is not None and communes:
            from nongthon.monitoring.choices import ReviewStatus

            # The review status is checked here rather than in SQL, so that SQLite's planner walks the
            # unit index instead of the much less selective status index (seconds at national scale).
            rows = (
                CriterionStatus.objects.filter(unit_id__in=[c.pk for c in communes], criteria_set_id=chosen.id,
                                               year=year)
                .order_by("id").values_list("unit_id", "criterion_id", "met", "status")
            )
            for unit_id, criterion_id, met, status in rows:
                if status == ReviewStatus.ACCEPTED:
                    states[(unit_id, criterion_id)] = met
        criteria = list(chosen.criteria) if chosen else []
        for commune in communes:
            commune.cells = [_state(states.get((commune.pk, c.id))) for c in criteria]
            commune.met = sum(cell == "met" for cell in commune.cells)
            # A province has up to hundreds of communes × 19 criteria: the cells are joined here, not
            # looped over in the template, which costs tens of milliseconds more per page.
            commune.cells_html = mark_safe("".join(_CELL_HTML[cell] for cell in commune.cells))
        return {
            **super().get_context_data(**kwargs),
            **self.date_context(on),
            "nav": "overview",
            "province": province,
            "communes": communes,
            "criteria": criteria,
            "sets": sets,
            "chosen": chosen,
            "year": year,
            "known": len(states),
        }


_CELL_HTML = {
    "met": '<td class="cell met">✓</td>',
    "not_met": '<td class="cell not_met">✗</td>',
    "unknown": '<td class="cell unknown">·</td>',
}


def _state(value) -> str:
    return "unknown" if value is None else ("met" if value else "not_met")


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
