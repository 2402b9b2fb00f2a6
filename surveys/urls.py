from django.urls import include, path

from surveys import views

app_name = "surveys"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("governments/", views.GovernmentListView.as_view(), name="government_list"),
    path("governments/<str:iso3>/", views.GovernmentDetailView.as_view(),
         name="government_detail"),
    path("letters/", views.LetterListView.as_view(), name="letter_list"),
    path("letters/<int:number>/", views.LetterDetailView.as_view(), name="letter_detail"),
    path("responses/", views.ResponseListView.as_view(), name="response_list"),
    path("responses/<int:pk>/", views.ResponseDetailView.as_view(), name="response_detail"),
    path("reports/", views.ReportListView.as_view(), name="report_list"),
    path("reports/<str:slug>/", views.ReportDetailView.as_view(), name="report_detail"),
    path("reports/<str:slug>/non-respondents/", views.NonRespondentListView.as_view(),
         name="non_respondents"),
    path("summaries/", include("surveys.summary_urls")),
]
