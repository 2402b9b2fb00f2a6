"""Bulk actions on the follow-up list, once an officer has confirmed them on a page that
listed every Government they touch: reminders logged as sent, or emailed by a worker.

Everything a batch writes is written whole or not at all. An emailed batch is a row a
message (``ReminderEmail``), each sent by its own task (surveys.followup.tasks), so that a
worker on any machine can take it and the page can show how far it has gone:

- a message is *claimed* (queued -> being sent) by one atomic update, so that two workers
  never send it both;
- it is marked *sent*, with its Message-ID and the contact it logs, in one transaction once
  the SMTP server has accepted it;
- a refusal by the server marks it *to be retried* (with the server's answer) and queues it
  again after a wait that doubles, until the last attempt marks it *failed*; nothing is
  logged as sent;
- a worker killed before it claimed a message leaves it queued: ``recover`` queues it again
  for the next worker; one killed while the server had it leaves it *being sent*: whether it
  arrived is unknown, so after a while ``recover`` marks it *interrupted* for a person to
  check, and it is never sent a second time by itself.
"""
from __future__ import annotations

import datetime
import logging
import smtplib

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _

from surveys.followup import reminders
from surveys.models import (
    REMINDER_KINDS,
    ContactBatch,
    ContactKind,
    FollowUp,
    Government,
    Letter,
    ReminderEmail,
)

logger = logging.getLogger(__name__)
Status = ReminderEmail.Status
# A message "being sent" for longer than this was left by a worker that stopped.
INTERRUPTED_AFTER = datetime.timedelta(minutes=10)
# The base address WeasyPrint resolves the app's static files against, outside a request.
PDF_BASE_URL = "http://tracker.invalid/"


def log_sent(letter: Letter, officer, governments, *, kind: str, sent_on: datetime.date,
             override_reason: str = "") -> ContactBatch:
    """Log a reminder sent to each of ``governments``, as one batch, all or none. The officer
    is the signed-in user who confirms them, and so also who entered them."""
    if kind not in REMINDER_KINDS:
        raise ValueError(kind)
    with transaction.atomic():
        batch = ContactBatch.objects.create(
            letter=letter, action=ContactBatch.Action.LOGGED, kind=kind, officer=officer,
            entered_by=officer, override_reason=override_reason)
        for government in governments:
            contact = FollowUp(
                government=government, letter=letter, contacted_on=sent_on, kind=kind,
                officer=officer, entered_by=officer, batch=batch,
                override_reason=override_reason,
                outcome=_("Reminder sent (confirmed from the follow-up list)."))
            contact.full_clean()
            contact.save()
    return batch


def queue_emails(letter: Letter, officer, governments, *, reply_by=None,
                 override_reason: str = "", entered_by=None) -> ContactBatch:
    """One message a Government with an email address, queued for the workers; the tasks
    are enqueued once the batch is committed, so that a worker never looks for rows that
    are not there yet. ``entered_by`` is the signed-in user who confirmed the batch (none
    for the daily chase), and the contacts the messages leave say so too."""
    from surveys.followup.tasks import send_reminder_email

    with transaction.atomic():
        batch = ContactBatch.objects.create(
            letter=letter, action=ContactBatch.Action.EMAILED, kind=ContactKind.EMAIL,
            officer=officer, entered_by=entered_by, override_reason=override_reason,
            reply_by=reply_by)
        emails = ReminderEmail.objects.bulk_create([
            ReminderEmail(batch=batch, government=g, address=g.mission.email)
            for g in governments])

        def enqueue():
            for email in emails:
                enqueue_email(email, send_reminder_email)

        transaction.on_commit(enqueue)
    return batch


def enqueue_email(email: ReminderEmail, task, *, run_after=None) -> None:
    result = (task.using(run_after=run_after) if run_after else task).enqueue(email.pk)
    ReminderEmail.objects.filter(pk=email.pk).update(task_id=str(result.id))


def deliver(email_id: int, *, task_id: str = "") -> str:
    """Send one queued message; returns the status it leaves. Safe to run twice, by two
    workers at once: only the one that claims the message sends it."""
    email = ReminderEmail.objects.select_related(
        "batch__letter__mandate", "batch__officer", "batch__entered_by",
        "government__mission").get(pk=email_id)
    if email.status not in (Status.QUEUED, Status.RETRYING):
        return email.status
    batch = email.batch
    try:
        writer = reminders.ReminderWriter(batch.letter, batch.officer,
                                          on=timezone.localdate(), reply_by=batch.reply_by)
        note = writer.for_one(email.government)
        document = reminders.reminders_pdf([note], base_url=PDF_BASE_URL)
        message = reminders.email_message(note, document)
    except reminders.ReminderRefused as refusal:
        # The Government replied since, or the note cannot be written or carried by email:
        # nothing is sent, and it is not retried.
        ReminderEmail.objects.filter(pk=email.pk, status__in=(Status.QUEUED, Status.RETRYING)
                                     ).update(status=Status.FAILED, server_answer=str(refusal))
        logger.warning("Reminder email %s (task %s) not sent: %s", email.pk, task_id, refusal)
        return Status.FAILED
    # The Message-ID is kept as the message is claimed: if the worker stops while the server
    # has it, a person can look for that Message-ID in the mail server's log.
    claimed = ReminderEmail.objects.filter(
        pk=email.pk, status__in=(Status.QUEUED, Status.RETRYING)).update(
        status=Status.SENDING, attempts=F("attempts") + 1,
        message_id=message.extra_headers["Message-ID"])
    if not claimed:
        return ReminderEmail.objects.get(pk=email.pk).status
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError, ValueError) as error:
        return refused(email, error, task_id)
    with transaction.atomic():
        contact = reminders.log_emailed(
            email.government, batch.letter, batch.officer, email.address,
            message.extra_headers["Message-ID"], batch=batch,
            override_reason=batch.override_reason, entered_by=batch.entered_by)
        ReminderEmail.objects.filter(pk=email.pk).update(
            status=Status.SENT, message_id=contact.message_id, contact=contact,
            server_answer="")
    return Status.SENT


def refused(email: ReminderEmail, error: Exception, task_id: str) -> str:
    """The server refused the message: retried later, or failed after the last attempt."""
    from surveys.followup.tasks import send_reminder_email

    email.refresh_from_db()
    answer = str(error)[:1000]
    last = email.attempts >= settings.REMINDER_EMAIL_ATTEMPTS
    status = Status.FAILED if last else Status.RETRYING
    ReminderEmail.objects.filter(pk=email.pk).update(status=status, server_answer=answer)
    logger.warning("Reminder email %s to %s (task %s), attempt %s, refused: %s",
                   email.pk, email.address, task_id, email.attempts, answer)
    if not last:
        wait = settings.REMINDER_EMAIL_RETRY_SECONDS * 2 ** (email.attempts - 1)
        enqueue_email(email, send_reminder_email,
                      run_after=timezone.now() + datetime.timedelta(seconds=wait))
    return status


def recover(now: datetime.datetime | None = None) -> dict[str, int]:
    """What a worker does when it starts: queue again the messages whose task a stopped
    worker took with it, and mark interrupted those it left with the server."""
    from django_tasks_db.models import DBTaskResult

    from surveys.followup.tasks import send_reminder_email

    now = now or timezone.now()
    interrupted = ReminderEmail.objects.filter(
        status=Status.SENDING, updated_at__lt=now - INTERRUPTED_AFTER).update(
        status=Status.INTERRUPTED, server_answer=_(
            "A worker stopped while the server had this message: look for its Message-ID in "
            "the mail server's log before sending it again."))
    waiting = {str(task) for task in DBTaskResult.objects.filter(status="READY").values_list(
        "id", flat=True)}
    orphans = [email for email in ReminderEmail.objects.filter(
        status__in=(Status.QUEUED, Status.RETRYING)) if email.task_id not in waiting]
    for email in orphans:
        enqueue_email(email, send_reminder_email)
    return {"requeued": len(orphans), "interrupted": interrupted}


def progress(batch: ContactBatch) -> dict[str, int]:
    """How far an emailed batch has gone: counts by status, and what is left."""
    counts = {status: 0 for status in Status.values}
    counts.update(batch.emails.values_list("status").annotate(n=Count("pk")).order_by())
    left = counts[Status.QUEUED] + counts[Status.SENDING] + counts[Status.RETRYING]
    done = counts[Status.SENT] + counts[Status.FAILED] + counts[Status.INTERRUPTED]
    return {"total": sum(counts.values()), "left": left, "done": done, **counts}


def can_undo(batch: ContactBatch, user, today: datetime.date | None = None) -> bool:
    """A logged batch, by its officer, on the day it was logged, not undone yet."""
    today = today or timezone.localdate()
    return (batch.action == ContactBatch.Action.LOGGED and batch.undone_at is None
            and batch.officer_id == user.pk
            and timezone.localdate(batch.created_at) == today)


def undo(batch: ContactBatch, user) -> int:
    """Remove the contacts a batch logged, one by one so that their history records it."""
    with transaction.atomic():
        batch = ContactBatch.objects.select_for_update().get(pk=batch.pk)
        if not can_undo(batch, user):
            raise PermissionError(batch.pk)
        contacts = list(batch.contacts.all())
        for contact in contacts:
            contact.delete()
        batch.undone_at = timezone.now()
        batch.save(update_fields=["undone_at"])
    return len(contacts)


def with_email(governments) -> tuple[list[Government], list[Government]]:
    """The Governments whose mission has an email address, and those without one."""
    reachable, unreachable = [], []
    for government in governments:
        mission = getattr(government, "mission", None)
        (reachable if mission and mission.email else unreachable).append(government)
    return reachable, unreachable
