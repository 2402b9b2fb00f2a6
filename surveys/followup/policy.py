"""The reminder policy of a letter: no mission is reminded again sooner than the letter's
interval, nor more often than its maximum, without an officer's stated reason.

Only reminders count (notes verbales and emails: ``REMINDER_KINDS``); a call or a meeting
is a contact, and holds nothing back. The rule reads the annotations of
``GovernmentQuerySet.with_follow_up`` (``reminders_sent``, ``last_reminder_on``), so that
the list, the confirmation page and the daily chase apply the same rule.
"""
import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from surveys.models import Letter


def hold(letter: Letter, government, on: datetime.date) -> str:
    """Why ``government`` (annotated by ``with_follow_up``) should not be reminded of
    ``letter`` on ``on`` without a reason; empty when a reminder is due."""
    if government.reminders_sent >= letter.reminder_max_count:
        return ngettext(
            "Reminded %(n)s time already: the letter's maximum is %(most)s.",
            "Reminded %(n)s times already: the letter's maximum is %(most)s.",
            government.reminders_sent) % {"n": government.reminders_sent,
                                          "most": letter.reminder_max_count}
    last = government.last_reminder_on
    if last is not None and (on - last).days < letter.reminder_interval_days:
        days = (on - last).days
        return ngettext(
            "Reminded %(days)s day ago: the letter asks %(interval)s between reminders.",
            "Reminded %(days)s days ago: the letter asks %(interval)s between reminders.",
            days) % {"days": days, "interval": ngettext(
                "%(n)s day", "%(n)s days", letter.reminder_interval_days) % {
                "n": letter.reminder_interval_days}}
    if last == on:  # an interval of 0 days still never sends twice in one day unasked
        return _("Reminded today already.")
    return ""


def holds(letter: Letter, governments, on: datetime.date) -> dict[int, str]:
    """For each Government held back, why: {pk: reason}."""
    return {g.pk: reason for g in governments if (reason := hold(letter, g, on))}
