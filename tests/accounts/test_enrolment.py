"""Enrolment: an Editor's first sign-in sets up an authenticator app from a QR code the
tracker draws itself, confirmed by the app's code (computed here by pyotp), and shows the
recovery codes once."""
import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.twofactor.devices import RECOVERY_CODES
from tests.accounts.conftest import password_only
from tests.second_factor import totp

pytestmark = pytest.mark.django_db

ENROL = reverse("two_factor:enrol")
QR_CODE = reverse("two_factor:qr_code")
HOME = reverse("surveys:home")
SECRET = re.compile(r'<code id="secret" class="secret">([A-Z2-7]+)</code>')


def enrolment_page(client) -> tuple[str, str]:
    """The page the first page sends the user to, and the key it shows."""
    answer = client.get(HOME)
    assert answer.status_code == 302
    assert answer["Location"] == f"{ENROL}?next=%2F"
    page = client.get(answer["Location"]).content.decode()
    return page, SECRET.search(page).group(1)


def test_the_first_page_sends_an_editor_to_enrol_with_a_qr_code_served_by_the_tracker(
        unverified_editor, editor):
    page, secret = enrolment_page(unverified_editor)
    assert f'src="{QR_CODE}"' in page
    image = unverified_editor.get(QR_CODE)
    assert image.status_code == 200 and image["Content-Type"] == "image/svg+xml"
    assert b"<svg" in image.content
    assert "no-store" in image["Cache-Control"]
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed and f"secret={secret}" in device.config_url
    assert "Migration%20Policy%20Survey%20Tracker" in device.config_url  # the app's label


def test_the_apps_code_turns_it_on_and_shows_the_recovery_codes_once(unverified_editor,
                                                                      editor):
    _page, secret = enrolment_page(unverified_editor)
    answer = unverified_editor.post(ENROL, {"code": totp(secret).now(), "next": HOME})
    assert answer.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", answer.content.decode())
    assert len(codes) == RECOVERY_CODES
    assert set(codes) == set(StaticToken.objects.filter(device__user=editor)
                             .values_list("token", flat=True))
    assert "no-store" in answer["Cache-Control"]
    assert TOTPDevice.objects.get(user=editor).confirmed
    # verified in this session: every page opens, and the codes are not shown again
    assert unverified_editor.get(HOME).status_code == 200
    assert unverified_editor.get(reverse("admin:index")).status_code == 200
    again = unverified_editor.get(ENROL).content.decode()
    assert "Two-factor sign-in is on for your account" in again
    assert not any(code in again for code in codes)
    assert unverified_editor.get(QR_CODE).status_code == 404  # nothing is being set up


def test_a_wrong_code_does_not_turn_it_on(unverified_editor, editor):
    _page, secret = enrolment_page(unverified_editor)
    wrong = "000000" if totp(secret).now() != "000000" else "111111"
    answer = unverified_editor.post(ENROL, {"code": wrong})
    assert answer.status_code == 200
    assert "That code is not the one the app shows now" in answer.content.decode()
    assert not TOTPDevice.objects.get(user=editor).confirmed
    assert unverified_editor.get(HOME).status_code == 302


def test_the_key_stays_the_same_until_it_is_confirmed(unverified_editor):
    assert enrolment_page(unverified_editor)[1] == enrolment_page(unverified_editor)[1]


def test_each_user_sees_only_their_own_key(unverified_editor, administrator):
    editors_key = enrolment_page(unverified_editor)[1]
    other = password_only(administrator)
    assert other.get(QR_CODE).status_code == 404  # the Administrator has none being set up
    assert enrolment_page(other)[1] != editors_key


def test_a_viewer_may_enrol_and_is_told_it_is_a_choice(viewer_client):
    page = viewer_client.get(ENROL).content.decode()
    assert "You may sign in with a code from an authenticator app" in page
    assert SECRET.search(page)
    assert viewer_client.get(HOME).status_code == 200  # not required of a Viewer


def test_the_qr_code_is_for_signed_in_users_only(client):
    answer = client.get(QR_CODE)
    assert answer.status_code == 302 and answer["Location"].startswith(reverse("login"))
