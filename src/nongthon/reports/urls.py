from django.urls import path

from nongthon.reports import views

app_name = "reports"
urlpatterns = [
    path("unit/<str:key>/<int:year>.<str:fmt>", views.unit_report_view, name="unit"),
    path("province/<str:code>/<int:year>.<str:fmt>", views.province_report_view, name="province"),
]
