from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("nongthon.web.api.urls")),
    path("workbooks/", include("nongthon.workbooks.urls")),
    path("reports/", include("nongthon.reports.urls")),
    path("audit/", include("nongthon.accounts.urls")),
    path("dossiers/", include("nongthon.dossiers.urls")),
    path("", include("nongthon.web.urls")),
]
