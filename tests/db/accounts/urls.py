"""The project's URLs with the audit pages mounted, as `nongthon.urls` does once they are included."""

from django.urls import include, path

from nongthon.urls import urlpatterns as project

urlpatterns = [path("audit/", include("nongthon.accounts.urls")), *project]
