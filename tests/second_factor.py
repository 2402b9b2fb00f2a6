"""The second factor in tests, the way a user passes it (accounts.twofactor).

``verified(client, user)`` gives ``user`` an authenticator app and marks the client's session
verified by it exactly as django-otp's own ``login()`` does (its ``DEVICE_ID_SESSION_KEY``,
which its OTPMiddleware reads), so that a test of what an Editor may do is not a test of
signing in. ``code_for(device)`` is what the user's phone would show, computed by pyotp
from the device's key, as any authenticator app would.
"""
import base64
import time

import pyotp
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def authenticator(user) -> TOTPDevice:
    """The user's confirmed authenticator app, made if they have none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)


def verified(client, user):
    """The client, signed in as ``user`` (force_login) and past the second factor."""
    device = authenticator(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def totp(secret_or_device) -> pyotp.TOTP:
    """The app's code generator for a base32 key (as the enrolment page shows it) or a device."""
    if isinstance(secret_or_device, TOTPDevice):
        secret_or_device = base64.b32encode(secret_or_device.bin_key).decode()
    return pyotp.TOTP(secret_or_device)


def code_for(device: TOTPDevice) -> str:
    """The code the app shows now, or the next one when this one has signed in already (a code
    is accepted once): the device accepts a code one step ahead of its clock."""
    device.refresh_from_db()
    step = max(int(time.time()) // device.step, device.last_t + 1)
    return totp(device).at(step * device.step)


def enter_code(page, username: str) -> None:
    """In a browser (Playwright) on the code page: types the user's current code and verifies."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    page.get_by_label("Code", exact=True).fill(code_for(device))
    page.get_by_role("button", name="Verify").click()
