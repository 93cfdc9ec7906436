from rest_framework import serializers

from nongthon.units.models import Unit


class UnitSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="key", read_only=True)
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    url = serializers.HyperlinkedIdentityField(view_name="api:unit-detail", lookup_field="key")
    page = serializers.SerializerMethodField()

    class Meta:
        model = Unit
        fields = ["url", "key", "code", "name", "kind", "kind_label", "level", "parent", "valid_from", "valid_to",
                  "page"]

    def get_page(self, unit) -> str:
        request = self.context.get("request")
        path = f"/units/{unit.key}/"
        return request.build_absolute_uri(path) if request else path
