"""A wrong second-factor code counts as a wrong password: django-axes records it against the
username and the address, so that AXES_FAILURE_LIMIT wrong passwords or codes pause signing in
as that user from there for AXES_COOLOFF_TIME, with the same page, and an Administrator unlocks
both by deleting the access attempt in the admin. (django-otp's own throttle also delays each
device a little more after each wrong code.)"""
from axes.handlers.proxy import AxesProxyHandler
from axes.utils import reset
from django.contrib.auth.signals import user_login_failed

from core.middleware import client_ip


def _credentials(request) -> dict:
    return {"username": request.user.get_username()}


def is_paused(request) -> bool:
    """Whether signing in as the request's user from its address is paused."""
    return AxesProxyHandler.is_locked(request, _credentials(request))


def record_wrong_code(request) -> None:
    """Counted as a failed sign-in; the last one allowed pauses it (AxesMiddleware then
    answers with the lockout page)."""
    user_login_failed.send(sender=__name__, credentials=_credentials(request), request=request)


def forget_wrong_codes(request) -> None:
    """After a right code, as after a right password (AXES_RESET_ON_SUCCESS)."""
    reset(ip=client_ip(request), username=request.user.get_username())
