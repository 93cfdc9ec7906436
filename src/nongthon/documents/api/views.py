from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from nongthon.accounts.access import UnitWritePermission
from nongthon.accounts.choices import Action
from nongthon.documents.api.serializers import (
    DocumentSerializer,
    DocumentTextSerializer,
    FactSerializer,
    RejectSerializer,
)
from nongthon.documents.models import Document, Fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.web import documents_search
from nongthon.web.api.caching import CachedReadMixin


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Tài liệu"), parameters=[
        OpenApiParameter("q", OpenApiTypes.STR, description=gettext_lazy("Tìm trong tiêu đề và nội dung, không phân biệt dấu"))]),
    retrieve=extend_schema(summary=gettext_lazy("Một tài liệu, kèm nội dung")),
)
class DocumentViewSet(CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    def get_serializer_class(self):
        return DocumentTextSerializer if self.action == "retrieve" else DocumentSerializer

    def get_queryset(self):
        qs = Document.objects.order_by("-date", "doc_id")
        q = self.request.query_params.get("q", "").strip()
        if self.action == "list" and q:
            qs = qs.filter(documents_search.matching(Document, q))
        return qs.defer("text") if self.action == "list" else qs


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Dữ kiện trích từ tài liệu"), parameters=[
        OpenApiParameter("document", OpenApiTypes.INT, description=gettext_lazy("Mã tài liệu")),
        OpenApiParameter("unit", OpenApiTypes.STR, description=gettext_lazy("Khóa đơn vị")),
        OpenApiParameter("type", OpenApiTypes.STR, description=gettext_lazy("Loại dữ kiện")),
        OpenApiParameter("status", OpenApiTypes.STR, enum=ReviewStatus.values, description=gettext_lazy("Trạng thái duyệt"))]),
)
class FactViewSet(CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    """Facts; `accept` and `reject` need `Action.REVIEW_FACT` on the fact's unit and date (`authz`)."""

    serializer_class = FactSerializer
    permission_classes = [UnitWritePermission]
    write_action = Action.REVIEW_FACT

    def get_queryset(self):
        qs = Fact.objects.select_related("unit").order_by("document_id", "span_start", "id")
        params = self.request.query_params
        if self.action == "list":
            for name, field in (("document", "document_id"), ("unit", "unit__key"), ("type", "type"),
                                ("status", "status")):
                if params.get(name):
                    qs = qs.filter(**{field: params[name]})
            if params.get("status") and params["status"] not in ReviewStatus.values:
                raise ValidationError({"status": _("Trạng thái không hợp lệ: %(value)r.") % {"value": params["status"]}})
        return qs

    @extend_schema(summary=gettext_lazy("Chấp nhận dữ kiện (ghi vào dữ liệu giám sát)"), request=None, responses=FactSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        from nongthon.documents.operations import ReviewError, ReviewNotAllowed, accept_fact

        fact = self.get_object()
        try:
            accept_fact(fact, user=request.user)
        except ReviewNotAllowed:
            raise
        except ReviewError as err:
            return Response({"detail": str(err)}, status=status.HTTP_409_CONFLICT)
        fact.refresh_from_db()
        return Response(FactSerializer(fact, context=self.get_serializer_context()).data)

    @extend_schema(summary=gettext_lazy("Bác bỏ dữ kiện"), request=RejectSerializer, responses=FactSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        from nongthon.documents.operations import reject_fact

        body = RejectSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fact = self.get_object()
        fact = reject_fact(fact, user=request.user, note=body.validated_data["note"])
        return Response(FactSerializer(fact, context=self.get_serializer_context()).data)
