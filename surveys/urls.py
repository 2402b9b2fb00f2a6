from django.urls import include, path
from django.views.generic import RedirectView

from surveys import views
from surveys.rounds import views as round_views
from surveys.summary import views as summary_views


def moved(pattern_name: str) -> RedirectView:
    """A permanent redirect from an address the tracker used before, keeping the query."""
    return RedirectView.as_view(pattern_name=pattern_name, permanent=True, query_string=True)


app_name = "surveys"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("governments/", views.GovernmentListView.as_view(), name="government_list"),
    path("governments/choices/", views.GovernmentChoicesView.as_view(),
         name="government_choices"),
    path("governments/<str:iso3>/", views.GovernmentDetailView.as_view(),
         name="government_detail"),
    path("letters/", views.LetterListView.as_view(), name="letter_list"),
    path("letters/<int:number>/", views.LetterDetailView.as_view(), name="letter_detail"),
    path("responses/", views.ResponseListView.as_view(), name="response_list"),
    path("responses/<int:pk>/", views.ResponseDetailView.as_view(), name="response_detail"),
    path("reports/", views.ReportListView.as_view(), name="report_list"),
    path("reports/reconciliation/", summary_views.ReconciliationView.as_view(),
         name="reconciliation"),
    path("reports/<slug:slug>/", views.ReportDetailView.as_view(), name="report_detail"),
    path("reports/<slug:slug>/non-respondents/", views.NonRespondentListView.as_view(),
         name="non_respondents"),
    path("reports/<slug:slug>/", include("surveys.summary.urls")),
    path("", include("surveys.followup.urls")),
    path("rounds/compare/", round_views.RoundComparisonView.as_view(), name="round_comparison"),
    # The summaries had addresses of their own before they joined their reports.
    path("summaries/", moved("surveys:report_list")),
    path("summaries/reconciliation/", moved("surveys:reconciliation")),
    path("summaries/reconciliation/<slug:slug>/", moved("surveys:reconciliation")),
    path("summaries/<slug:slug>/", moved("surveys:summary_detail")),
    path("summaries/<slug:slug>/pdf/", moved("surveys:summary_pdf")),
]
