from django.contrib.auth import views as auth_views
from django.urls import path

from nongthon.web.views import correction, criteria, documents, entry, heatmap, overview, review, units

app_name = "web"
urlpatterns = [
    path("", overview.HomeView.as_view(), name="home"),
    path("overview/", overview.CountryOverviewView.as_view(), name="overview"),
    path("overview/<str:code>/", overview.ProvinceOverviewView.as_view(), name="province-overview"),
    path("overview/<str:code>/criteria/", heatmap.HeatmapView.as_view(), name="heatmap"),
    path("units/", units.UnitListView.as_view(), name="unit-list"),
    path("units/<str:key>/", units.UnitDetailView.as_view(), name="unit-detail"),
    path("units/<str:key>/entry/", entry.UnitEntryView.as_view(), name="unit-entry"),
    path("criteria/", criteria.CriteriaSetListView.as_view(), name="criteria-list"),
    path("criteria/<str:set_id>/", criteria.CriteriaSetDetailView.as_view(), name="criteria-detail"),
    path("documents/", documents.DocumentListView.as_view(), name="document-list"),
    path("documents/<int:pk>/", documents.DocumentDetailView.as_view(), name="document-detail"),
    path("review/", review.ReviewView.as_view(), name="review"),
    path("review/<int:pk>/accept/", review.ReviewDecisionView.as_view(decision="accept"), name="review-accept"),
    path("review/<int:pk>/reject/", review.ReviewDecisionView.as_view(decision="reject"), name="review-reject"),
    path("review/<int:pk>/correct/", correction.ReviewCorrectView.as_view(), name="review-correct"),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(next_page="web:home"), name="logout"),
]
