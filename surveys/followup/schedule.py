"""The daily chase of late replies: once a day (``FOLLOW_UP_CHASE_AT``, server time), the
missions of the open round due a reminder under its letter's policy, and those whose next
action is overdue, are either put before each officer in a digest by email (the default) or
have their reminders queued (``FOLLOW_UP_CHASE_MODE=queue``, in the name of
``FOLLOW_UP_CHASE_OFFICER``).

A run is a ``ScheduledRun`` row, unique for its day and created before the work: whichever
worker or systemd timer comes first runs it, and it never runs twice for one day.
"""
from __future__ import annotations

import datetime
import logging
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import ngettext

from surveys.followup.forms import latest_letter
from surveys.followup.policy import hold
from surveys.models import Government, ScheduledRun

JOB = "chase-late-replies"
logger = logging.getLogger(__name__)


def chase_time() -> datetime.time:
    hour, minute = (int(part) for part in settings.FOLLOW_UP_CHASE_AT.split(":"))
    return datetime.time(hour, minute)


def is_due(now: datetime.datetime | None = None) -> bool:
    """Whether today's chase should start now: its time has come and it has not run."""
    now = timezone.localtime(now)
    return now.time() >= chase_time() and not ScheduledRun.objects.filter(
        job=JOB, day=now.date()).exists()


def last_run() -> ScheduledRun | None:
    return ScheduledRun.objects.filter(job=JOB).order_by("-day").first()


def start(day: datetime.date) -> ScheduledRun | None:
    """Today's run, claimed; None when another worker or timer has claimed it."""
    try:
        with transaction.atomic():
            return ScheduledRun.objects.create(job=JOB, day=day)
    except IntegrityError:
        return None


def chase(day: datetime.date | None = None) -> ScheduledRun | None:
    """Run the day's chase once; None when it has run already."""
    day = day or timezone.localdate()
    run = start(day)
    if run is None:
        return None
    try:
        counts = chase_for(day)
    except Exception:
        logger.exception("The daily chase of %s failed", day)
        run.outcome = "Failed: see the server's log."
        run.finished_at = timezone.now()
        run.save(update_fields=["outcome", "finished_at"])
        raise
    for field, value in counts.items():
        setattr(run, field, value)
    run.finished_at = timezone.now()
    run.save()
    logger.info("Daily chase of %s: %s", day, counts)
    return run


def chase_for(day: datetime.date) -> dict:
    """What the chase did on ``day``: its counts, and a note for the server's record."""
    letter = latest_letter()
    if letter is None:
        return {"outcome": "No letter is recorded: nothing to chase."}
    rows = list(Government.objects.awaiting_reply_to(letter, day).with_follow_up(letter, day)
                .order_by("name"))
    due = [g for g in rows if not hold(letter, g, day)]
    overdue = [g for g in rows if g.is_overdue]
    counts = {"due": len(due), "overdue": len(overdue)}
    if settings.FOLLOW_UP_CHASE_MODE == "queue":
        queued, note = queue_due(letter, due)
        return {**counts, "queued": queued, "outcome": note}
    return {**counts, "digests": send_digests(letter, due, overdue, day), "outcome": ""}


def queue_due(letter, due) -> tuple[int, str]:
    from surveys.followup.batches import queue_emails, with_email

    officer = get_user_model().objects.filter(
        username=settings.FOLLOW_UP_CHASE_OFFICER, is_active=True).first()
    if officer is None:
        logger.warning("FOLLOW_UP_CHASE_MODE=queue but FOLLOW_UP_CHASE_OFFICER names no "
                       "active user: nothing queued")
        return 0, "Queue mode needs FOLLOW_UP_CHASE_OFFICER, an active user: nothing queued."
    reachable, unreachable = with_email(due)
    if reachable:
        queue_emails(letter, officer, reachable)
    return len(reachable), f"{len(unreachable)} due missions have no email address."


def officers_to_tell():
    """Who follows up: the active Editors and Administrators with an email address."""
    from accounts.roles import staff_role_names

    return get_user_model().objects.filter(
        is_active=True, groups__name__in=staff_role_names()).exclude(email="").distinct()


def send_digests(letter, due, overdue, day: datetime.date) -> int:
    """Each officer's digest: the missions they followed up last, then those nobody has."""
    by_officer = defaultdict(lambda: {"due": [], "overdue": []})
    for key, governments in (("due", due), ("overdue", overdue)):
        for government in governments:
            by_officer[government.last_officer_id][key].append(government)
    sent = 0
    for officer in officers_to_tell():
        own, nobodys = by_officer.get(officer.pk), by_officer.get(None)
        if not own and not nobodys:
            continue
        language = getattr(getattr(officer, "language_preference", None), "language", "") or (
            settings.LANGUAGE_CODE)
        with translation.override(language):
            message = digest(letter, officer, own, nobodys, day)
        try:
            message.send(fail_silently=False)
            sent += 1
        except Exception as error:  # noqa: BLE001 - one officer's server error, the rest go
            logger.warning("Digest to %s not sent: %s", officer.email, error)
    return sent


def digest(letter, officer, own, nobodys, day) -> EmailMessage:
    own = own or {"due": [], "overdue": []}
    nobodys = nobodys or {"due": [], "overdue": []}
    due = len(own["due"]) + len(nobodys["due"])
    overdue = len(own["overdue"]) + len(nobodys["overdue"])
    subject = ngettext(
        "Follow-up of the %(letter)s: %(due)s mission due a reminder, %(overdue)s overdue",
        "Follow-up of the %(letter)s: %(due)s missions due a reminder, %(overdue)s overdue",
        due) % {"letter": letter, "due": due, "overdue": overdue}
    body = render_to_string("surveys/followup/digest.txt", {
        "letter": letter, "officer": officer, "own": own, "nobodys": nobodys, "day": day,
        "site": settings.SITE_URL})
    return EmailMessage(subject=subject, body=body, from_email=settings.SERVER_EMAIL,
                        to=[officer.email])
