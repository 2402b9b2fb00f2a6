"""An Administrator resets another user's two-factor sign-in (a lost phone) from the users'
list, recorded in that user's history; never their own, and a superuser's only if a superuser."""
import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.twofactor.devices import new_recovery_codes
from tests.second_factor import authenticator

pytestmark = pytest.mark.django_db

USERS = reverse("admin:auth_user_changelist")


def reset(client, *users):
    return client.post(USERS, {"action": "reset_second_factor",
                               "_selected_action": [user.pk for user in users]}, follow=True)


def devices_of(user) -> int:
    return (TOTPDevice.objects.filter(user=user).count()
            + StaticDevice.objects.filter(user=user).count())


def test_an_administrator_resets_an_editors_devices_with_a_history_entry(
        admin_client_signed, administrator, editor, editor_client):
    authenticator(editor)
    new_recovery_codes(editor)
    answer = reset(admin_client_signed, editor)
    assert "Two-factor sign-in reset for 1 user" in answer.content.decode()
    assert devices_of(editor) == 0
    entry = LogEntry.objects.get(object_id=str(editor.pk), action_flag=CHANGE)
    assert entry.user == administrator and entry.change_message == "Reset two-factor sign-in."
    history = admin_client_signed.get(reverse("admin:auth_user_history", args=[editor.pk]))
    assert "Reset two-factor sign-in." in history.content.decode()
    # the Editor's session, verified by the removed app, must enrol again
    answer = editor_client.get(reverse("surveys:home"))
    assert answer.status_code == 302
    assert answer["Location"].startswith(reverse("two_factor:enrol"))


def test_an_administrator_never_resets_their_own(admin_client_signed, administrator, editor):
    authenticator(editor)
    answer = reset(admin_client_signed, administrator, editor)
    assert "Your own two-factor sign-in cannot be reset here" in answer.content.decode()
    assert devices_of(administrator) == 1 and devices_of(editor) == 0
    assert not LogEntry.objects.filter(object_id=str(administrator.pk)).exists()


def test_only_a_superuser_resets_a_superusers(admin_client_signed, admin_client, admin_user,
                                              administrator):
    reset(admin_client_signed, admin_user)
    assert devices_of(admin_user) == 1
    reset(admin_client, administrator)
    assert devices_of(administrator) == 0


def test_an_editor_cannot_reset_anyone(editor_client, viewer):
    authenticator(viewer)
    assert reset(editor_client, viewer).status_code == 403
    assert devices_of(viewer) == 1


def test_ensureadmin_reset_resets_the_administrators_second_factor_too(capsys):
    """The way back in for a lone Administrator who lost the phone: someone at the server."""
    call_command("ensureadmin")
    admin = get_user_model().objects.get(username="admin")
    authenticator(admin)
    new_recovery_codes(admin)
    call_command("ensureadmin", "--reset")
    assert "Their two-factor sign-in is reset too" in capsys.readouterr().out
    assert devices_of(admin) == 0
