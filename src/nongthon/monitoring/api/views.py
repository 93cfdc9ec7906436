from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.exceptions import APIException, ValidationError

from nongthon.accounts.access import UnitWritePermission
from nongthon.accounts.authz import require_write_on
from nongthon.accounts.choices import Action
from nongthon.monitoring.api.serializers import ObservationSerializer, RecognitionSerializer
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.forms import StaleVersion, check_version
from nongthon.monitoring.models import Observation, Recognition
from nongthon.rollups import version as data_version
from nongthon.web.api.caching import CachedReadMixin

ROW_FILTERS = [
    OpenApiParameter("unit", OpenApiTypes.STR, description=gettext_lazy("Khóa đơn vị")),
    OpenApiParameter("year", OpenApiTypes.INT, description=gettext_lazy("Năm")),
    OpenApiParameter("status", OpenApiTypes.STR, enum=ReviewStatus.values,
                     description=gettext_lazy("Trạng thái duyệt (mặc định: accepted; các trạng thái khác cần đăng nhập)")),
]


class VersionRequired(APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = gettext_lazy(
        "Khi sửa cần gửi `version` (giá trị `updated_at` đã đọc), để không ghi đè sửa đổi của người khác.")
    default_code = "version_required"


class VersionConflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "stale_version"


def filter_rows(request, qs):
    """Accepted rows for everyone; a signed-in user may ask for proposed or rejected ones."""
    params = request.query_params
    wanted = params.get("status") or ReviewStatus.ACCEPTED
    if wanted not in ReviewStatus.values:
        raise ValidationError({"status": _("Trạng thái không hợp lệ: %(value)r.") % {"value": wanted}})
    if wanted != ReviewStatus.ACCEPTED and not request.user.is_authenticated:
        wanted = ReviewStatus.ACCEPTED
    qs = qs.filter(status=wanted)
    if params.get("unit"):
        qs = qs.filter(unit__key=params["unit"])
    if params.get("year"):
        try:
            qs = qs.filter(year=int(params["year"]))
        except ValueError:
            raise ValidationError({"year": _("Năm phải là số.")}) from None
    return qs


@extend_schema_view(
    list=extend_schema(summary=gettext_lazy("Số liệu quan sát (đã duyệt)"), description=gettext_lazy(
        "Xếp theo thứ tự nhập (id tăng dần), không theo đơn vị hay năm; lọc theo `unit`, `year`, `indicator` "
        "để lấy chuỗi số liệu của một đơn vị."), parameters=[
        *ROW_FILTERS, OpenApiParameter("indicator", OpenApiTypes.STR, description=gettext_lazy("Mã chỉ tiêu"))]),
    create=extend_schema(summary=gettext_lazy("Nhập một số liệu (cần quyền; ghi ở trạng thái đề xuất)")),
)
class ObservationViewSet(CachedReadMixin, viewsets.ModelViewSet):
    """Observations; every write needs `Action.EDIT_MONITORING` on the row's unit and date (`authz`),
    before and after the change: a row may be neither taken from nor moved into another's scope."""

    serializer_class = ObservationSerializer
    permission_classes = [UnitWritePermission]
    write_action = Action.EDIT_MONITORING

    def get_queryset(self):
        # In id order, which the status and unit indexes serve with the id they hold: ordering 809,067
        # national rows by unit code took a full sort before the first 100 (1 s on SQLite). A source
        # document is named by its identifier: its text, megabytes at times, is not read.
        qs = Observation.objects.select_related("unit", "indicator", "source_document", "source_legal",
                                                "source_user").defer("source_document__text").order_by("id")
        if self.action == "list":
            qs = filter_rows(self.request, qs)
            if self.request.query_params.get("indicator"):
                qs = qs.filter(indicator__key=self.request.query_params["indicator"])
        elif not self.request.user.is_authenticated:
            qs = qs.filter(status=ReviewStatus.ACCEPTED)
        return qs

    def perform_create(self, serializer):
        serializer.validated_data.pop("version", None)
        require_write_on(self.request.user, Observation(**serializer.validated_data), self.write_action)
        serializer.save(source_kind=SourceKind.USER, source_user=self.request.user, status=ReviewStatus.PROPOSED)

    def perform_update(self, serializer):
        """Checked by `authz` before and after, and saved only over the version the client read."""
        version = serializer.validated_data.pop("version", None)
        if version is None:
            raise VersionRequired()
        require_write_on(self.request.user, serializer.instance, self.write_action)
        require_write_on(self.request.user, Observation(**{**model_fields(serializer.instance),
                                                           **serializer.validated_data}), self.write_action)
        with transaction.atomic():
            try:
                check_version(serializer.instance, version)
            except StaleVersion as err:
                raise VersionConflict(str(err)) from err
            serializer.save()

    def perform_destroy(self, instance):
        require_write_on(self.request.user, instance, self.write_action)
        with transaction.atomic():
            instance.delete()
            data_version.bump()  # a delete sends no signal the data's version listens to (see `version`)


def model_fields(row) -> dict:
    return {f.name: getattr(row, f.name) for f in row._meta.concrete_fields if not f.primary_key}


@extend_schema_view(list=extend_schema(summary=gettext_lazy("Quyết định công nhận nông thôn mới (đã duyệt)"), parameters=ROW_FILTERS))
class RecognitionViewSet(CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = RecognitionSerializer

    def get_queryset(self):
        qs = Recognition.objects.select_related("unit", "decision", "source_document", "source_legal",
                                                "source_user").defer("source_document__text").order_by(
                                                    "unit__code", "year", "id")
        if self.action == "list":
            return filter_rows(self.request, qs)
        return qs.filter(status=ReviewStatus.ACCEPTED) if not self.request.user.is_authenticated else qs
