from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from nongthon.units.models import Unit
from nongthon.web.api.caching import CachedReadMixin
from nongthon.web.evaluations import EvaluationUnavailable, as_dict, evaluate_unit


def _set_summary(criteria_set, request=None) -> dict:
    return {
        "id": criteria_set.id,
        "title": criteria_set.title,
        "legal_basis": {"number": criteria_set.legal_basis.number, "date": criteria_set.legal_basis.date,
                        "issuer": criteria_set.legal_basis.issuer},
        "period_from": criteria_set.period_from,
        "period_to": criteria_set.period_to,
        "scope": str(criteria_set.scope),
        "tier": str(criteria_set.tier),
        "province": criteria_set.province,
        "criteria_count": len(criteria_set.criteria),
    }


def _set_detail(criteria_set) -> dict:
    return {
        **_set_summary(criteria_set),
        "criteria": [
            {"id": c.id, "name": c.name, "group": c.group,
             "indicators": [{"id": i.id, "name": i.name, "rule": str(i.rule), "unit": i.unit,
                             "thresholds": [{"value": t.value, "region": t.region, "group": t.group, "flag": t.flag,
                                             "year_from": t.year_from, "year_to": t.year_to}
                                            for t in i.thresholds]}
                            for i in c.indicators]}
            for c in criteria_set.criteria
        ],
    }


class CriteriaSetViewSet(CachedReadMixin, viewsets.ViewSet):
    """The criteria sets shipped as YAML files (read only: a set changes by a reviewed file change)."""

    lookup_value_regex = "[^/]+"

    @extend_schema(summary=gettext_lazy("Các bộ tiêu chí"), operation_id="criteria_sets_list", responses=OpenApiTypes.OBJECT)
    def list(self, request):
        from nongthon.evaluation import list_sets

        sets = [_set_summary(s) for s in list_sets()]
        return Response({"count": len(sets), "results": sets})

    @extend_schema(summary=gettext_lazy("Một bộ tiêu chí với tiêu chí, chỉ tiêu và ngưỡng"), responses=OpenApiTypes.OBJECT)
    def retrieve(self, request, pk=None):
        from nongthon.evaluation import load_set

        try:
            return Response(_set_detail(load_set(pk)))
        except KeyError:
            raise NotFound(_("Không có bộ tiêu chí %(id)r.") % {"id": pk}) from None


class EvaluationView(CachedReadMixin, APIView):
    """The evaluator's verdict on one unit for one year against one set, from accepted data."""

    @extend_schema(
        summary=gettext_lazy("Đánh giá một đơn vị theo một bộ tiêu chí trong một năm"),
        parameters=[
            OpenApiParameter("set", OpenApiTypes.STR, required=True, description=gettext_lazy("Mã bộ tiêu chí")),
            OpenApiParameter("unit", OpenApiTypes.STR, required=True, description=gettext_lazy("Khóa đơn vị")),
            OpenApiParameter("year", OpenApiTypes.INT, required=True, description=gettext_lazy("Năm đánh giá")),
        ],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request):
        params = request.query_params
        missing = [name for name in ("set", "unit", "year") if not params.get(name)]
        if missing:
            raise ValidationError({name: _("Cần tham số này.") for name in missing})
        try:
            year = int(params["year"])
        except ValueError:
            raise ValidationError({"year": _("Năm phải là số.")}) from None
        unit = Unit.objects.filter(key=params["unit"]).first()
        if unit is None:
            raise NotFound(_("Không có đơn vị khóa %(key)r.") % {"key": params["unit"]})
        try:
            result = evaluate_unit(unit, params["set"], year)
        except EvaluationUnavailable as err:
            raise NotFound(str(err)) from None
        return Response({"unit": unit.key, **as_dict(result)})
