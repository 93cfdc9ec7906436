from __future__ import annotations

from django.http import Http404
from django.views.generic import TemplateView


def _evaluation():
    try:
        import nongthon.evaluation as evaluation
    except ImportError:
        return None
    return evaluation if hasattr(evaluation, "list_sets") else None


class CriteriaSetListView(TemplateView):
    """The criteria sets shipped as YAML files, by period, scope and tier."""

    template_name = "web/criteria_list.html"

    def get_context_data(self, **kwargs):
        evaluation = _evaluation()
        sets = evaluation.list_sets() if evaluation else []
        return {**super().get_context_data(**kwargs), "nav": "criteria", "sets": sets, "available": bool(evaluation)}


class CriteriaSetDetailView(TemplateView):
    template_name = "web/criteria_detail.html"

    def get_context_data(self, set_id: str, **kwargs):
        evaluation = _evaluation()
        if evaluation is None:
            raise Http404("no criteria sets")
        try:
            criteria_set = evaluation.load_set(set_id)
        except KeyError:
            raise Http404("unknown criteria set") from None
        return {**super().get_context_data(**kwargs), "nav": "criteria", "set": criteria_set}
