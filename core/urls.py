from django.urls import path

from core import views

app_name = "core"
urlpatterns = [
    path("search/", views.SearchView.as_view(), name="search"),
    path("help/", views.HelpView.as_view(), name="help"),
]
