"""Sign-in throttling, security headers, private caching, the health check, outages and logs."""
import logging
import secrets
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.conf import global_settings
from django.contrib.auth.hashers import get_hasher
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import path, reverse

from config import settings as production
from core.health import healthz

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_user(django_user_model):
    password = secrets.token_urlsafe(12)
    user = django_user_model.objects.create_user(username="officer", password=password,
                                                 is_staff=True, is_superuser=True)
    return user, password


def sign_in(client, url, username, password):
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("login_url", ["/accounts/login/", "/admin/login/"])
def test_the_right_password_after_many_wrong_ones_does_not_sign_in(staff_user, login_url,
                                                                     settings):
    user, password = staff_user
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, login_url, user.username, "wrong")
    for _attempt in range(50 - settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, login_url, user.username, "wrong")
    response = sign_in(client, login_url, user.username, password)
    assert response.status_code == 429
    assert "too many wrong passwords" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("surveys:home")).status_code == 302  # still signed out


def test_an_administrator_unlocks_an_account_by_deleting_its_attempts(staff_user, settings):
    user, password = staff_user
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "/accounts/login/", user.username, "wrong")
    assert AccessAttempt.objects.filter(username=user.username).exists()
    AccessAttempt.objects.filter(username=user.username).delete()  # the admin's "unlock"
    response = sign_in(client, "/accounts/login/", user.username, password)
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_the_lockout_is_for_that_username_only(staff_user, django_user_model, settings):
    user, _password = staff_user
    other_password = secrets.token_urlsafe(12)
    other = django_user_model.objects.create_user(username="other", password=other_password)
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "/accounts/login/", user.username, "wrong")
    response = sign_in(client, "/accounts/login/", other.username, other_password)
    assert response.status_code == 302


def test_a_password_is_kept_by_the_production_hasher_and_signs_in(django_user_model,
                                                                  settings):
    """The other tests hash with a fast hasher (tests/conftest.py); this one with the real."""
    settings.PASSWORD_HASHERS = getattr(production, "PASSWORD_HASHERS",
                                        global_settings.PASSWORD_HASHERS)
    password = secrets.token_urlsafe(12)
    user = django_user_model.objects.create_user(username="reader", password=password)
    assert user.password.startswith(get_hasher().algorithm + "$")
    assert get_hasher().algorithm != "md5"
    client = Client()
    assert sign_in(client, "/accounts/login/", "reader", password).status_code == 302
    assert "_auth_user_id" in client.session


def test_accessattempts_are_listed_in_the_admin(admin_client_signed):
    assert admin_client_signed.get("/admin/axes/accessattempt/").status_code == 200


def test_signed_in_pages_and_downloads_are_private_and_not_stored(viewer_client):
    for url in [reverse("surveys:home"), reverse("surveys:government_list") + "?_export=csv"]:
        response = viewer_client.get(url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_every_page_sends_the_security_headers(viewer_client):
    response = viewer_client.get(reverse("surveys:home"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_no_template_has_inline_script_or_style():
    from pathlib import Path

    for template in Path("templates").rglob("*.html"):
        text = template.read_text()
        assert "<style" not in text and " style=" not in text, template
        assert "<script>" not in text and "onclick=" not in text, template


def test_the_health_check_needs_no_sign_in_and_says_nothing_more(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"


def test_the_signed_in_floor_needs_sign_in_and_runs_only_the_session_s_queries(
        client, viewer_client, django_assert_num_queries):
    assert client.get("/healthz/signed-in").status_code == 302
    with django_assert_num_queries(2):  # the session and the user
        response = viewer_client.get("/healthz/signed-in")
    assert response.status_code == 200 and response.content == b"ok\n"


def test_the_health_check_answers_503_when_the_database_does_not(rf):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = healthz(rf.get("/healthz"))
    assert response.status_code == 503 and response.content == b"unavailable\n"


def lost_database(request):
    raise OperationalError("server closed the connection unexpectedly")


def broken_view(request):
    raise ZeroDivisionError("a fault forced by the test")


urlpatterns = [path("lost/", lost_database), path("broken/", broken_view)]


@override_settings(ROOT_URLCONF=__name__)
def test_an_unreachable_database_gives_the_plain_503_page(viewer):
    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    response = client.get("/lost/")
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "temporarily unavailable" in response.content.decode()


@override_settings(ROOT_URLCONF=__name__)
def test_a_500_is_logged_with_its_traceback_and_request_id(viewer, caplog):
    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/broken/", HTTP_X_REQUEST_ID="test-request-42")
    assert response.status_code == 500
    assert response["X-Request-ID"] == "test-request-42"
    errors = [r for r in caplog.records if r.name == "django.request" and r.levelno >= 40]
    assert errors and errors[0].exc_info and errors[0].exc_info[0] is ZeroDivisionError
    assert errors[0].request_id == "test-request-42"
    assert "Something went wrong" in response.content.decode()


def test_each_request_is_logged_in_one_line_with_its_status_and_time(viewer_client, caplog):
    with caplog.at_level(logging.INFO, logger="core.request"):
        viewer_client.get(reverse("surveys:home"))
    line = next(r for r in caplog.records if r.name == "core.request")
    assert line.getMessage().startswith("GET / 200 ") and line.getMessage().endswith("ms")
    assert line.user == "viewer" and line.request_id != "-"


def test_there_is_no_self_service_password_reset(client):
    assert client.get("/accounts/password_reset/").status_code in (302, 404)
    page = client.get(reverse("login")).content.decode()
    assert "Ask an administrator to set a new one" in page
