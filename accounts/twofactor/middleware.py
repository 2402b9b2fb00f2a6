"""Sends a signed-in user who must pass the second factor, and has not in this session, to
enrolment (no authenticator app yet) or to the code, before any other page."""
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse

from accounts.twofactor.devices import is_enrolled, must_use_second_factor

# What an unverified user may still open: the two-factor pages, signing out (or in as someone
# else), the language switcher and the health check. Static files are served before this.
OPEN_VIEWS = frozenset({
    "two_factor:enrol", "two_factor:qr_code", "two_factor:verify",
    "login", "logout", "admin:logout", "set_language", "healthz",
})


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
        if is_enrolled(user):
            step = "two_factor:verify"
        elif must_use_second_factor(user):
            step = "two_factor:enrol"
        else:
            return None  # a Viewer who has not enrolled
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse(step)}?{query}")
