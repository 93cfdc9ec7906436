from django.urls import path

from nongthon.workbooks import views

app_name = "workbooks"
urlpatterns = [
    path("", views.WorkbookIndexView.as_view(), name="index"),
    path("template.xlsx", views.template_download, name="template"),
    path("export.xlsx", views.export_download, {"fmt": "xlsx"}, name="export-xlsx"),
    path("export.csv", views.export_download, {"fmt": "csv"}, name="export-csv"),
    path("upload/", views.WorkbookUploadView.as_view(), name="upload"),
]
