from django.urls import path

from organizations import views

app_name = "organizations"
urlpatterns = [
    path("", views.OrganizationListView.as_view(), name="organization_list"),
    path("activities/", views.ActivityListView.as_view(), name="activity_list"),
    path("lessons/", views.LessonListView.as_view(), name="lesson_list"),
    path(
        "lessons/by-organization/",
        views.LessonListView.as_view(by="organization"),
        name="lesson_by_organization",
    ),
    path("instruments/", views.InstrumentListView.as_view(), name="instrument_list"),
    path("inventory/", views.InventoryView.as_view(), name="inventory"),
    path("choices/", views.OrganizationChoicesView.as_view(), name="organization_choices"),
    path("<slug:slug>/", views.OrganizationDetailView.as_view(), name="organization_detail"),
]
