"""The API under /api/: one list (and its records) per noun, the summaries, the schema and
its documentation."""
from django.urls import path, re_path
from rest_framework import routers

from api.views import docs, followup, organizations, surveys
from api.views.base import NotFoundView

app_name = "api"


class Router(routers.DefaultRouter):
    APIRootView = docs.RootView
    include_format_suffixes = False


router = Router()
router.register("governments", surveys.GovernmentViewSet)
router.register("letters", surveys.LetterViewSet)
router.register("reports", surveys.ReportViewSet)
router.register("responses", surveys.ResponseViewSet)
router.register("policy-views", surveys.PolicyViewViewSet)
router.register("published-figures", surveys.PublishedFigureViewSet)
router.register("codebook", surveys.CodebookViewSet, basename="codebook")
router.register("follow-up", followup.FollowUpViewSet, basename="follow-up")
router.register("missions", followup.MissionViewSet)
router.register("contacts", followup.ContactViewSet)
router.register("organizations", organizations.OrganizationViewSet)
router.register("activities", organizations.ActivityViewSet)
router.register("lessons", organizations.LessonViewSet)
router.register("instruments", organizations.InstrumentViewSet)

urlpatterns = [
    path("schema/", docs.SchemaView.as_view(), name="schema"),
    path("docs/", docs.SwaggerView.as_view(), name="docs"),
    *router.urls,
    # Without a slash, CommonMiddleware first adds one (APPEND_SLASH).
    re_path(r"^.*/$", NotFoundView.as_view()),
]
