from rest_framework import serializers

from nongthon.documents.models import Document, Fact


class DocumentSerializer(serializers.ModelSerializer):
    page = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = ["id", "doc_id", "title", "date", "format", "encoding", "source", "sha256", "created_at", "page"]

    def get_page(self, document) -> str:
        request = self.context.get("request")
        path = f"/documents/{document.pk}/"
        return request.build_absolute_uri(path) if request else path


class DocumentTextSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text"]


class FactSerializer(serializers.ModelSerializer):
    unit = serializers.SlugRelatedField(slug_field="key", read_only=True)
    summary = serializers.CharField(read_only=True)
    span = serializers.SerializerMethodField()
    evidence_url = serializers.SerializerMethodField()

    class Meta:
        model = Fact
        fields = ["id", "document", "type", "summary", "payload", "span", "evidence", "evidence_url", "unit",
                  "confidence", "status", "reviewed_at", "review_note"]

    def get_span(self, fact) -> list[int] | None:
        return [fact.span_start, fact.span_end] if fact.span_start is not None else None

    def get_evidence_url(self, fact) -> str:
        return f"/documents/{fact.document_id}/#fact-{fact.pk}"


class RejectSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")
