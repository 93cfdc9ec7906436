"""The OpenAPI document, a local page describing the endpoints, and Swagger UI (no assets from a CDN)."""

from __future__ import annotations

from django.views.generic import TemplateView
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView


def schema_view():
    return SpectacularAPIView.as_view()


def swagger_view():
    """Swagger UI from drf-spectacular-sidecar's static files; the split view serves its start-up
    script as a file of its own, so the page needs no inline script under our CSP."""
    return SpectacularSwaggerSplitView.as_view(url_name="api-schema", title="nongthon API")


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
