from django.urls import path

from nongthon.web.api import docs

urlpatterns = [
    path("schema/", docs.schema_view(), name="api-schema"),
    path("docs/", docs.ApiDocsView.as_view(), name="api-docs"),
]
