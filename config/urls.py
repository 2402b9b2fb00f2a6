from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts.views import LanguageView, TableColumnsView
from api.views.tokens import TokenPageView
from core.health import healthz, signed_in

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/tokens/", TokenPageView.as_view(), name="api_tokens"),
    path("accounts/columns/", TableColumnsView.as_view(), name="table_columns"),
    path("accounts/language/", LanguageView.as_view(), name="set_language"),
    # Sign-in, sign-out and password change; no self-service password reset: the tracker
    # sends no email for it, so the sign-in page says to ask an administrator.
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Two-factor sign-in: enrolment and its QR code, the code at each sign-in.
    path("accounts/two-factor/", include("accounts.twofactor.urls")),
    path("accounts/password_change/", auth_views.PasswordChangeView.as_view(),
         name="password_change"),
    path("accounts/password_change/done/", auth_views.PasswordChangeDoneView.as_view(),
         name="password_change_done"),
    path("healthz", healthz, name="healthz"),
    path("healthz/signed-in", signed_in, name="signed_in"),
    path("api/", include("api.urls")),
    path("organizations/", include("organizations.urls")),
    path("", include("core.urls")),
    path("", include("surveys.urls")),
]

handler500 = "core.health.handle_server_error"
