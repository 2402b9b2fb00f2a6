"""Sends a signed-in user who must pass the second factor, and has not in this session, to
enrolment (no authenticator app yet) or to the code, before any other page.

Who must: Editors, Administrators and superusers, known from the user row without a query;
and Viewers who enrolled, which the session notes at sign-in (``note_enrolment``) so that a
Viewer's pages cost no query for it."""
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse

from accounts.twofactor.devices import is_enrolled, must_use_second_factor

ENROLLED = "two_factor_enrolled"
# What an unverified user may still open: the two-factor pages, signing out (or in as someone
# else), the language switcher and the health check. Static files are served before this.
OPEN_VIEWS = frozenset({
    "two_factor:enrol", "two_factor:qr_code", "two_factor:verify",
    "login", "logout", "admin:logout", "set_language", "healthz",
})


def note_enrolment(sender, request, user, **kwargs) -> None:
    """user_logged_in receiver (accounts.apps): whether this user has an authenticator app,
    read once a sign-in; enrolment sets it too."""
    if request is not None and hasattr(request, "session"):
        request.session[ENROLLED] = is_enrolled(user)


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware (request.user.is_verified()) and LoginRequiredMiddleware
    (an anonymous visitor has been sent to sign in). A request with an API token has no
    signed-in user here: DRF authenticates it in the view, so scripts are not concerned."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, _view_func, _view_args, _view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.view_name in OPEN_VIEWS:
            return None
        required = must_use_second_factor(user)
        if not required and not request.session.get(ENROLLED):
            return None  # a Viewer who has not enrolled
        if is_enrolled(user):
            step = "two_factor:verify"
        elif required:
            step = "two_factor:enrol"
        else:  # a Viewer whose app an Administrator has removed since signing in
            request.session[ENROLLED] = False
            return None
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse(step)}?{query}")
