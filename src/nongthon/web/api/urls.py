from django.urls import include, path
from rest_framework.routers import DefaultRouter

from nongthon.criteria.api.views import CriteriaSetViewSet, EvaluationView
from nongthon.documents.api.views import DocumentViewSet, FactViewSet
from nongthon.monitoring.api.views import ObservationViewSet, RecognitionViewSet
from nongthon.units.api.views import UnitViewSet
from nongthon.web.api import docs

router = DefaultRouter()
router.register("units", UnitViewSet, basename="unit")
router.register("criteria-sets", CriteriaSetViewSet, basename="criteria-set")
router.register("observations", ObservationViewSet, basename="observation")
router.register("recognitions", RecognitionViewSet, basename="recognition")
router.register("documents", DocumentViewSet, basename="document")
router.register("facts", FactViewSet, basename="fact")

api_patterns = [
    path("evaluations/", EvaluationView.as_view(), name="evaluation"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("schema/", docs.schema_view(), name="api-schema"),
    path("docs/", docs.ApiDocsView.as_view(), name="api-docs"),
    path("docs/swagger/", docs.swagger_view(), name="api-swagger"),
    path("", include((api_patterns, "api"))),
]
