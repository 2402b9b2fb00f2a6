from django.urls import path

from core import views

app_name = "core"
urlpatterns = [
    path("search/", views.SearchView.as_view(), name="search"),
    path("help/", views.HelpView.as_view(), name="help"),
    path("downloads/<int:pk>/", views.DownloadView.as_view(), name="download"),
    path("downloads/<int:pk>/status/", views.download_status, name="download_status"),
    path("downloads/<int:pk>/file/", views.download_file, name="download_file"),
]
