"""How many requests each user may make to the API: a rate for each role, counted per user
in the shared cache (so every app server counts the same requests).

DRF's ``UserRateThrottle`` with its scope chosen per request: the user's role
(``accounts.roles.role_of``) names the rate in ``DEFAULT_THROTTLE_RATES`` (``viewer``,
``editor``, ``administrator``; config/settings.py reads them from the environment, and the
README shows that the defaults let a script page through every record at 100x in an hour).
A refused request is a 429 whose message says the limit, the role and when to try again;
``Retry-After`` says the seconds.
"""
import math

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from rest_framework.exceptions import Throttled
from rest_framework.throttling import UserRateThrottle

from accounts.roles import ADMINISTRATORS, EDITORS, VIEWERS, role_of

SCOPES = {VIEWERS: "viewer", EDITORS: "editor", ADMINISTRATORS: "administrator"}


class RateExceeded(Throttled):
    """A 429 with its own message: DRF's would add "Expected available in N seconds."."""

    def __init__(self, wait: int, detail: str):
        super().__init__(detail=detail)
        self.wait = wait  # the Retry-After header's seconds


class RoleRateThrottle(UserRateThrottle):
    """Each user's requests at their role's rate, e.g. "5000/hour"."""

    scope = SCOPES[VIEWERS]  # until a request names the user's

    def allow_request(self, request, view):
        self.role = role_of(request.user)
        self.scope = SCOPES[self.role]
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        if super().allow_request(request, view):
            return True
        wait = max(1, math.ceil(self.wait() or 1))
        raise RateExceeded(wait, self.refusal(wait))

    def refusal(self, wait: int) -> str:
        """The 429's message: the limit, whose it is, and when to try again."""
        limit = ngettext("%(count)s request", "%(count)s requests",
                         self.num_requests) % {"count": self.num_requests}
        period = {1: pgettext("API rate", "a second"), 60: pgettext("API rate", "a minute"),
                  3600: pgettext("API rate", "an hour"),
                  86400: pgettext("API rate", "a day")}[self.duration]
        return _("Too many requests: %(role)s may make %(limit)s to the API %(period)s. "
                 "Try again in %(wait)s s (the Retry-After header says the same).") % {
            "role": role_label(self.role), "limit": limit, "period": period, "wait": wait}


def role_label(role: str) -> str:
    return {VIEWERS: pgettext("API rate", "a Viewer"), EDITORS: pgettext("API rate", "an Editor"),
            ADMINISTRATORS: pgettext("API rate", "an Administrator")}[role]
