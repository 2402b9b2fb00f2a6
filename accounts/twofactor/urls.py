from django.urls import path

from accounts.twofactor import views

app_name = "two_factor"
urlpatterns = [
    path("", views.EnrolView.as_view(), name="enrol"),
    path("qr-code.svg", views.qr_code, name="qr_code"),
    path("code/", views.VerifyView.as_view(), name="verify"),
]
