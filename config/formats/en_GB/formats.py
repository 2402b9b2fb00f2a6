"""Dates are typed, and the admin's calendar writes them, as ISO 8601 (2001-05-08) only:
05/08/2001 reads as 5 August in one country and 8 May in another, so it is refused with a
message that says how to write it (core.admin.TrackedAdmin)."""
from django.conf.locale.en_GB.formats import *  # noqa: F403 (the rest as Django has them)

DATE_INPUT_FORMATS = ["%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M"]
