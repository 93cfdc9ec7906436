from django.urls import path

from nongthon.dossiers import views

app_name = "dossiers"
urlpatterns = [
    path("", views.DossierListView.as_view(), name="list"),
    path("new/", views.DossierCreateView.as_view(), name="create"),
    path("<int:pk>/", views.DossierDetailView.as_view(), name="detail"),
    path("<int:pk>/survey/", views.DossierSurveyView.as_view(), name="survey"),
    path("<int:pk>/documents/", views.DossierAttachView.as_view(), name="attach"),
    path("<int:pk>/documents/<int:document>/", views.dossier_document, name="document"),
    path("<int:pk>/<str:step>/", views.DossierStepView.as_view(), name="step"),
]
