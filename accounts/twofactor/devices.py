"""Who must sign in with a second factor, and their devices: an authenticator app's TOTP
device and a static device holding the single-use recovery codes (django-otp's own models)."""
import base64
import io

import segno
from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
APP_CODE_DIGITS = 6  # django-otp's TOTPDevice default, which every authenticator app reads
APP_DEVICE = "authenticator app"
RECOVERY_DEVICE = "recovery codes"


def must_use_second_factor(user) -> bool:
    """Editors, Administrators and superusers: whoever may open the admin (staff status
    follows the role, accounts.admin) or holds every right."""
    return user.is_staff or user.is_superuser


def is_enrolled(user) -> bool:
    """Whether ``user`` has a confirmed authenticator app (a Viewer who enrolled verifies too)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user) -> TOTPDevice:
    """The key being enrolled: the same one until its first code confirms it, so that the QR
    code does not change when the page is opened again."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)


def secret(device: TOTPDevice) -> str:
    """The key as an authenticator app asks for it when it cannot scan the QR code."""
    return base64.b32encode(device.bin_key).decode("ascii")


def qr_code_svg(device: TOTPDevice) -> bytes:
    """The device's otpauth:// address as an SVG QR code, drawn here: the key never leaves
    the tracker for a QR service."""
    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(buffer, kind="svg", scale=4, border=4,
                                                   dark="black", light="white")
    return buffer.getvalue()


def confirm(device: TOTPDevice, code: str) -> list[str] | None:
    """Confirms the pending ``device`` when ``code`` is its current one, and returns fresh
    recovery codes (to show once); None for a wrong code."""
    with transaction.atomic():
        if not device.verify_token(normalised(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    """Replaces the user's recovery codes by new ones; each signs in once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def matching_device(user, code: str):
    """The confirmed device that accepts ``code``, else None: the app for six digits, the
    recovery codes for anything else, so that a wrong code counts against one device only
    (each slows down after wrong codes). Each is locked while it checks, so that a code is
    never accepted twice."""
    code = normalised(code)
    kind = TOTPDevice if code.isdigit() and len(code) == APP_CODE_DIGITS else StaticDevice
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if isinstance(device, kind) and device.verify_token(code):
                return device
    return None


def normalised(code: str) -> str:
    """The code as typed, without the spaces some apps show and in a recovery code's case."""
    return "".join(code.split()).lower()


def reset(user) -> None:
    """Removes every device of ``user``: the next sign-in enrols afresh (and a Viewer signs in
    with a password alone). Sessions verified by them are no longer verified."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
