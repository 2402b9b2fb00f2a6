"""The API's limit on requests: each role's rate (api.throttling), counted per user, with a
429 that says the limit, the role and when to try again."""
import os
import subprocess
import sys

import pytest
from django.test import Client

from api.models import Token
from api.throttling import RoleRateThrottle

pytestmark = pytest.mark.django_db

# Small rates, a different one a role, so that each role is seen to get its own.
RATES = {"viewer": "3/minute", "editor": "4/minute", "administrator": "5/hour"}
ALLOWED = {"viewer": 3, "editor": 4, "administrator": 5}


@pytest.fixture
def small_rates(monkeypatch):
    monkeypatch.setattr(RoleRateThrottle, "THROTTLE_RATES", RATES)


def token_client(user) -> Client:
    _token, key = Token.objects.issue(user=user, description="throttle test")
    return Client(headers={"Authorization": f"Token {key}"})


@pytest.mark.parametrize("role", ["viewer", "editor", "administrator"])
def test_each_role_makes_its_own_number_of_requests_then_gets_429(request, small_rates, role):
    client = token_client(request.getfixturevalue(role))

    answers = [client.get("/api/letters/").status_code for _ in range(ALLOWED[role] + 2)]

    assert answers == [200] * ALLOWED[role] + [429, 429]


def test_a_superuser_has_the_administrators_rate(admin_user, small_rates):
    client = token_client(admin_user)

    answers = [client.get("/api/letters/").status_code for _ in range(6)]

    assert answers == [200] * 5 + [429]


def test_the_429_says_the_limit_the_role_and_when_to_try_again(viewer, small_rates):
    client = token_client(viewer)
    for _ in range(3):
        client.get("/api/letters/")

    refused = client.get("/api/letters/")

    assert refused.status_code == 429
    wait = int(refused["Retry-After"])
    assert 0 < wait <= 60
    assert refused.json() == {"detail": (
        "Too many requests: a Viewer may make 3 requests to the API a minute. "
        f"Try again in {wait} s (the Retry-After header says the same).")}


def test_a_users_token_and_browser_session_share_one_count(viewer, viewer_client, small_rates):
    client = token_client(viewer)
    for _ in range(3):
        client.get("/api/letters/")

    assert viewer_client.get("/api/letters/").status_code == 429


def test_another_user_of_the_same_role_has_their_own_count(viewer, django_user_model,
                                                            small_rates):
    first = token_client(viewer)
    for _ in range(4):
        first.get("/api/letters/")
    other = django_user_model.objects.create_user("another-viewer", password=None)

    assert token_client(other).get("/api/letters/").status_code == 200


RATES_CHECK = ("import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; "
               "django.setup(); from django.conf import settings; "
               "r = settings.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']; "
               "print(r['viewer'], r['editor'], r['administrator'])")


@pytest.mark.parametrize(("env", "rates"), [
    ({}, ["5000/hour", "5000/hour", "10000/hour"]),
    ({"API_THROTTLE_RATE_VIEWER": "100/minute", "API_THROTTLE_RATE_ADMINISTRATOR": "1/second"},
     ["100/minute", "5000/hour", "1/second"]),
])
def test_each_roles_rate_comes_from_the_environment_with_its_default(env, rates):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("API_THROTTLE_RATE")}
    result = subprocess.run([sys.executable, "-c", RATES_CHECK], capture_output=True, text=True,
                            env={**clean, "SECRET_KEY": "x", **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == rates
