"""The OpenAPI document and a local page describing the endpoints (no assets from a CDN)."""

from __future__ import annotations

from django.views.generic import TemplateView
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView


def schema_view():
    return SpectacularAPIView.as_view()


class ApiDocsView(TemplateView):
    """Every path and method of the schema, with its parameters, rendered on the server."""

    template_name = "web/api_docs.html"

    def get_context_data(self, **kwargs):
        schema = SchemaGenerator().get_schema(request=None, public=True) or {}
        endpoints = []
        for path, methods in sorted((schema.get("paths") or {}).items()):
            for method, operation in methods.items():
                if method not in {"get", "post", "put", "patch", "delete"}:
                    continue
                endpoints.append({
                    "path": path,
                    "method": method.upper(),
                    "summary": operation.get("summary") or operation.get("description", "").split("\n")[0],
                    "parameters": [p for p in operation.get("parameters", []) if p.get("in") == "query"],
                    "tags": operation.get("tags", []),
                })
        return {**super().get_context_data(**kwargs), "nav": "api", "endpoints": endpoints,
                "title": schema.get("info", {}).get("title", "API")}
