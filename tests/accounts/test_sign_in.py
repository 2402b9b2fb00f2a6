"""Signing in with a second factor: the password, then the app's code (computed by pyotp) or
a recovery code; wrong codes count as wrong passwords and five pause signing in."""
import datetime
import secrets

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.twofactor.devices import new_recovery_codes
from tests.second_factor import authenticator, code_for

pytestmark = pytest.mark.django_db

VERIFY = reverse("two_factor:verify")
HOME = reverse("surveys:home")
ADMIN = reverse("admin:index")


@pytest.fixture
def enrolled_editor(editor):
    """An Editor with a password and an authenticator app: (user, password, device)."""
    password = secrets.token_urlsafe(12)
    editor.set_password(password)
    editor.save()
    return editor, password, authenticator(editor)


def sign_in_with_password(client, user, password):
    answer = client.post(reverse("login"), {"username": user.username, "password": password,
                                            "next": ADMIN})
    assert answer.status_code == 302 and answer["Location"] == ADMIN
    return client.get(ADMIN)


def wrong_code(device) -> str:
    right = code_for(device)
    return "000000" if right != "000000" else "111111"


def test_an_editor_signs_in_with_a_password_and_a_code_from_the_app(enrolled_editor):
    user, password, device = enrolled_editor
    client = Client()
    answer = sign_in_with_password(client, user, password)
    assert answer.status_code == 302 and answer["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    page = client.get(answer["Location"])
    assert "Type the code your authenticator app shows" in page.content.decode()

    answer = client.post(VERIFY, {"code": code_for(device), "next": ADMIN})
    assert answer.status_code == 302 and answer["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert client.get(HOME).status_code == 200


def test_a_code_signs_in_once(enrolled_editor):
    user, _password, device = enrolled_editor
    code = code_for(device)
    first, second = Client(), Client()
    for client in (first, second):
        client.force_login(user)
    assert first.post(VERIFY, {"code": code}).status_code == 302
    assert second.post(VERIFY, {"code": code}).status_code == 200  # refused: already used
    assert second.get(HOME).status_code == 302


def test_a_recovery_code_signs_in_once(enrolled_editor):
    user, _password, _device = enrolled_editor
    code = new_recovery_codes(user)[0]
    first, second = Client(), Client()
    for client in (first, second):
        client.force_login(user)
    answer = first.post(VERIFY, {"code": code.upper(), "next": HOME})
    assert answer.status_code == 302 and first.get(HOME).status_code == 200
    assert "That code is not right" in second.post(VERIFY, {"code": code}).content.decode()


def test_five_wrong_codes_pause_signing_in_even_with_the_right_one(enrolled_editor, settings):
    user, _password, device = enrolled_editor
    client = Client()
    client.force_login(user)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        answer = client.post(VERIFY, {"code": wrong_code(device)})
        assert answer.status_code == 200
        assert "That code is not right" in answer.content.decode()
    answer = client.post(VERIFY, {"code": wrong_code(device)})
    assert answer.status_code == 429
    assert "too many wrong codes" in answer.content.decode()

    answer = client.post(VERIFY, {"code": code_for(device)})
    assert answer.status_code == 429 and "Sign-in paused" in answer.content.decode()
    assert client.get(VERIFY).status_code == 429
    assert client.get(HOME).status_code == 302  # still not past the second factor
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 5


def test_the_pause_is_the_password_lockout_an_administrator_lifts(enrolled_editor, settings):
    user, password, device = enrolled_editor
    client = Client()
    client.force_login(user)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(VERIFY, {"code": wrong_code(device)})
    # signing in again from the start with the right password is paused too
    again = Client()
    answer = again.post(reverse("login"), {"username": user.username, "password": password})
    assert answer.status_code == 429
    # the Administrator's unlock (deleting the attempt), and django-otp's own growing delay
    # after wrong codes (16 s after five) has run out
    AccessAttempt.objects.filter(username=user.username).delete()
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=an_hour_ago)
    answer = client.post(VERIFY, {"code": code_for(device), "next": HOME})
    assert answer.status_code == 302 and client.get(HOME).status_code == 200


def test_a_right_code_forgets_the_wrong_ones_before_it(enrolled_editor):
    user, _password, device = enrolled_editor
    client = Client()
    client.force_login(user)
    client.post(VERIFY, {"code": wrong_code(device)})
    assert AccessAttempt.objects.filter(username=user.username).exists()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None,
                                                   throttling_failure_count=0)
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
    assert not AccessAttempt.objects.filter(username=user.username).exists()


def test_the_next_address_must_be_on_this_site(enrolled_editor):
    user, _password, device = enrolled_editor
    client = Client()
    client.force_login(user)
    answer = client.post(VERIFY, {"code": code_for(device), "next": "https://example.com/"})
    assert answer.status_code == 302 and answer["Location"] == HOME


def test_a_refused_code_is_not_kept_in_the_attempts_administrators_read(enrolled_editor):
    """A right recovery code refused during a pause stays good until used."""
    user, _password, _device = enrolled_editor
    code = new_recovery_codes(user)[0]
    client = Client()
    client.force_login(user)
    client.post(VERIFY, {"code": "not-it"})
    # the recovery codes' own delay after wrong ones (16 s after five) refuses the right one
    StaticDevice.objects.filter(user=user).update(throttling_failure_count=5,
                                                  throttling_failure_timestamp=timezone.now())
    assert client.post(VERIFY, {"code": code}).status_code == 200
    attempt = AccessAttempt.objects.get(username=user.username)
    assert code not in attempt.post_data and "not-it" not in attempt.post_data


def test_the_app_also_slows_down_after_wrong_codes(enrolled_editor):
    """django-otp's own delay, per device and from any address: 1, 2, 4... seconds after
    each wrong code, within which even the right code is refused (and counted)."""
    user, _password, device = enrolled_editor
    client = Client()
    client.force_login(user)
    client.post(VERIFY, {"code": wrong_code(device)})
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now())
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 200
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 2
