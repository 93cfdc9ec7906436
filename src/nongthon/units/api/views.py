from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from nongthon.units.api.serializers import UnitSerializer
from nongthon.units.choices import Level
from nongthon.units.models import Unit
from nongthon.web import lineage, queries
from nongthon.web.api.caching import CachedReadMixin
from nongthon.web.search import search_units

UNIT_FILTERS = [
    OpenApiParameter("on", OpenApiTypes.DATE, description=gettext_lazy("Đơn vị có hiệu lực vào ngày này (YYYY-MM-DD)")),
    OpenApiParameter("level", OpenApiTypes.STR, enum=Level.values, description=gettext_lazy("Cấp: tinh, huyen, xa, thon")),
    OpenApiParameter("q", OpenApiTypes.STR, description=gettext_lazy("Tên, có dấu hoặc không dấu")),
    OpenApiParameter("parent", OpenApiTypes.STR, description=gettext_lazy("Khóa của đơn vị cấp trên")),
]


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Đơn vị hành chính, lọc theo ngày, cấp, tên, đơn vị cấp trên"), parameters=UNIT_FILTERS),
    retrieve=extend_schema(summary=gettext_lazy("Một đơn vị hành chính theo khóa")),
)
class UnitViewSet(CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = UnitSerializer
    lookup_field = "key"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        qs = Unit.objects.select_related("parent").order_by("code", "valid_from")
        if self.action != "list":
            return qs
        params = self.request.query_params
        level = params.get("level") or None
        if level and level not in Level.values:
            raise ValidationError({"level": _("Cấp không hợp lệ: %(level)r; dùng một trong %(levels)s.") % {
                "level": level, "levels": ", ".join(Level.values)}})
        on = None
        if params.get("on"):
            try:
                on = date.fromisoformat(params["on"])
            except ValueError:
                raise ValidationError({"on": _("Ngày không hợp lệ, cần dạng YYYY-MM-DD.")}) from None
        if params.get("q"):
            found = search_units(params["q"], on or date.today(), level)
            qs = qs.filter(pk__in=[u.pk for u in found])
        if on is not None:
            qs = qs.filter(queries.valid_on_q(on))
        if level:
            qs = qs.filter(level=level)
        if params.get("parent"):
            qs = qs.filter(parent__key=params["parent"])
        return qs

    @extend_schema(summary=gettext_lazy("Đơn vị tiền thân và đơn vị kế tục (sắp xếp đơn vị hành chính)"))
    @action(detail=True)
    def lineage(self, request, key=None):
        unit = self.get_object()
        history = lineage.lineage_of(unit)
        context = self.get_serializer_context()
        return Response({
            "unit": unit.key,
            "predecessors": UnitSerializer(history.predecessors, many=True, context=context).data,
            "successors": UnitSerializer(history.successors, many=True, context=context).data,
        })
