"""The printable summaries, in the "surveys" namespace (included under summaries/)."""
from django.urls import path

from surveys import summary_views

urlpatterns = [
    path("", summary_views.SummaryListView.as_view(), name="summary_list"),
    path("reconciliation/", summary_views.ReconciliationView.as_view(), name="reconciliation"),
    path("reconciliation/<str:slug>/", summary_views.ReconciliationView.as_view(),
         name="reconciliation"),
    path("<str:slug>/", summary_views.SummaryDetailView.as_view(), name="summary_detail"),
    path("<str:slug>/pdf/", summary_views.summary_pdf, name="summary_pdf"),
]
