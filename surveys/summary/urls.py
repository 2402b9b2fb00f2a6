"""A report's summary pages, included under reports/<slug>/ in the "surveys" namespace."""
from django.urls import path

from surveys.drafts import views as draft_views
from surveys.summary import views

urlpatterns = [
    path("summary/", views.SummaryDetailView.as_view(), name="summary_detail"),
    path("summary.pdf", views.summary_pdf, name="summary_pdf"),
    path("draft.docx", draft_views.draft_docx, name="draft_docx"),
    path("reconciliation/", views.ReconciliationView.as_view(), name="reconciliation"),
]
