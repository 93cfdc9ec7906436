from django.utils.translation import gettext_lazy
from rest_framework import serializers

from nongthon.monitoring.models import Indicator, Observation, Recognition
from nongthon.units.models import Unit


class SourceMixin(serializers.Serializer):
    source = serializers.SerializerMethodField()

    def get_source(self, row) -> dict:
        return {
            "kind": row.source_kind,
            "label": row.source_label,
            "document": row.source_document_id,
            "fact": row.source_fact_id,
            "span": [row.source_start, row.source_end] if row.source_start is not None else None,
            "evidence": row.source_evidence or None,
        }


class ObservationSerializer(SourceMixin, serializers.ModelSerializer):
    unit = serializers.SlugRelatedField(slug_field="key", queryset=Unit.objects.all())
    indicator = serializers.SlugRelatedField(slug_field="key", queryset=Indicator.objects.all())
    indicator_name = serializers.CharField(source="indicator.name", read_only=True)
    period = serializers.CharField(source="period_label", read_only=True)
    version = serializers.DateTimeField(
        write_only=True, required=False,
        help_text=gettext_lazy("Khi sửa (PUT/PATCH): giá trị `updated_at` đã đọc; nếu số liệu đã bị sửa sau đó, "
                               "yêu cầu bị từ chối (409) thay vì ghi đè."))

    class Meta:
        model = Observation
        fields = ["id", "unit", "indicator", "indicator_name", "year", "year_from", "date", "precision", "period",
                  "value", "total", "note", "standard", "programme", "status", "source", "created_at", "updated_at",
                  "version"]
        read_only_fields = ["status", "created_at", "updated_at"]


class RecognitionSerializer(SourceMixin, serializers.ModelSerializer):
    unit = serializers.SlugRelatedField(slug_field="key", read_only=True)
    tier_label = serializers.CharField(source="get_tier_display", read_only=True)

    class Meta:
        model = Recognition
        fields = ["id", "unit", "tier", "tier_label", "year", "decision_number", "decision_date", "issuer",
                  "revoked", "revoked_date", "status", "source"]
