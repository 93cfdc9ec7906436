from django.urls import path

from nongthon.accounts.views import AuditLogView

app_name = "accounts"

urlpatterns = [
    path("unit/<str:key>/", AuditLogView.as_view(subject="unit"), name="audit-unit"),
    path("user/<str:username>/", AuditLogView.as_view(subject="user"), name="audit-user"),
]
