"""Bulk actions on the follow-up list: a page lists every Government a batch touches before
anything is written; the letter's reminder policy holds back who was reminded too recently
or too often, unless the officer gives a reason; reminders (notes verbales, emails) are
counted apart from other contacts; a logged batch is undone the same day by its officer; an
emailed batch is queued, sent one message a task by the workers' code to a real SMTP server,
retried when the server refuses, and never logged as sent unless the server took it."""
import datetime
import logging

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from surveys.followup import batches, schedule
from surveys.models import ContactBatch, FollowUp, Government, ReminderEmail, ScheduledRun
from tests.surveys.followup.conftest import Received, contact, mission

pytestmark = pytest.mark.django_db
LOG = reverse("surveys:followup_log_batch")
EMAIL = reverse("surveys:followup_email_batch")


@pytest.fixture
def world(world, today, editor):
    """The follow-up world, with a mission for DDD (mission@example.org) too."""
    mission(world["DDD"])
    return {**world, "today": today, "editor": editor}


def listed(page) -> list[str]:
    return [g.iso3 for g in page.context["rows"]]


def confirm_log(client, world, governments, **extra):
    return client.post(LOG + "?letter=1", {
        "governments": governments, "kind": "note_verbale",
        "sent_on": world["today"].isoformat(), **extra})


def test_the_page_lists_every_government_and_writes_nothing(world, editor_client):
    page = editor_client.get(LOG + "?letter=1")

    assert page.status_code == 200
    assert listed(page) == ["BBB", "CCC", "DDD"]
    text = " ".join(page.content.decode().split())
    assert "A reminder will be logged as sent for each of 3 Governments" in text
    assert "Log 3 reminders" in text
    assert not FollowUp.objects.exists() and not ContactBatch.objects.exists()


def test_confirming_logs_one_reminder_a_government_as_one_batch(world, editor_client):
    page = confirm_log(editor_client, world, ["BBB", "CCC", "DDD"])

    batch = ContactBatch.objects.get()
    assert page.status_code == 302 and page["Location"] == reverse(
        "surveys:followup_batch", args=[batch.pk])
    assert sorted(batch.contacts.values_list("government__iso3", flat=True)) == [
        "BBB", "CCC", "DDD"]
    assert set(FollowUp.objects.values_list("officer", flat=True)) == {world["editor"].pk}


def test_a_list_changed_since_the_page_was_drawn_writes_nothing(world, editor_client):
    from tests import builders

    editor_client.get(LOG + "?letter=1")
    builders.reply(world["BBB"], world["letter"], world["today"])  # replied meanwhile

    page = confirm_log(editor_client, world, ["BBB", "CCC", "DDD"])

    assert page.status_code == 409 and "The list has changed" in page.content.decode()
    assert listed(page) == ["CCC", "DDD"]
    assert not FollowUp.objects.exists()


def test_a_reminder_inside_the_interval_is_held_back_without_a_reason(world, editor_client):
    contact(world["BBB"], world["letter"], world["editor"], world["today"]
            - datetime.timedelta(days=3))
    page = editor_client.get(LOG + "?letter=1")
    text = " ".join(page.content.decode().split())
    assert "Held back: Reminded 3 days ago: the letter asks 14 days between reminders." in text

    confirm_log(editor_client, world, ["CCC", "DDD"])
    assert sorted(FollowUp.objects.filter(batch__isnull=False).values_list(
        "government__iso3", flat=True)) == ["CCC", "DDD"]

    refused = confirm_log(editor_client, world, ["CCC", "DDD"], include_held="on")
    assert refused.status_code == 400
    assert "Say why the Governments held back" in refused.content.decode()


def test_with_a_reason_the_held_back_are_reminded_and_the_reason_is_kept(world,
                                                                          editor_client):
    contact(world["BBB"], world["letter"], world["editor"], world["today"])

    confirm_log(editor_client, world, ["CCC", "DDD"], include_held="on",
                override_reason="The capital asked for a copy.")

    batch = ContactBatch.objects.get()
    assert batch.override_reason == "The capital asked for a copy."
    assert sorted(batch.contacts.values_list("government__iso3", flat=True)) == [
        "BBB", "CCC", "DDD"]


def test_a_telephone_call_is_a_contact_not_a_reminder(world, editor_client):
    contact(world["BBB"], world["letter"], world["editor"], world["today"], kind="telephone")

    row = Government.objects.with_follow_up(world["letter"], world["today"]).get(iso3="BBB")
    page = editor_client.get(LOG + "?letter=1")

    assert (row.reminders_sent, row.other_contacts) == (0, 1)
    assert "BBB" in [g.iso3 for g in page.context["due"]]  # a call holds nothing back
    listed_page = editor_client.get(reverse("surveys:followup_list") + "?letter=1"
                                    "&reminders=none")
    assert "BBB" in [g.iso3 for g in listed_page.context["table"].data]


def test_only_reminder_kinds_can_be_confirmed_as_sent(world, editor_client):
    page = editor_client.post(LOG + "?letter=1", {
        "governments": ["BBB", "CCC", "DDD"], "kind": "telephone",
        "sent_on": world["today"].isoformat()})

    assert page.status_code == 400 and not FollowUp.objects.exists()


def test_its_officer_undoes_a_batch_the_same_day_with_history(world, editor_client,
                                                              admin_client_signed):
    confirm_log(editor_client, world, ["BBB", "CCC", "DDD"])
    batch = ContactBatch.objects.get()
    undo = reverse("surveys:followup_batch_undo", args=[batch.pk])

    admin_client_signed.post(undo)  # not its officer
    assert batch.contacts.count() == 3
    page = editor_client.post(undo, follow=True)

    assert "The batch is undone: 3 contacts removed." in page.content.decode()
    assert not FollowUp.objects.exists()
    assert FollowUp.history.filter(history_type="-").count() == 3
    batch.refresh_from_db()
    assert batch.undone_at is not None


def test_a_batch_of_an_earlier_day_cannot_be_undone(world, editor_client):
    confirm_log(editor_client, world, ["BBB", "CCC", "DDD"])
    batch = ContactBatch.objects.get()
    ContactBatch.objects.filter(pk=batch.pk).update(
        created_at=batch.created_at - datetime.timedelta(days=1))

    page = editor_client.post(reverse("surveys:followup_batch_undo", args=[batch.pk]),
                              follow=True)

    assert "only on the day it was logged" in page.content.decode()
    assert FollowUp.objects.count() == 3


def run_the_queue(django_capture_on_commit_callbacks=None):
    """What a worker does with the queue: each ready task's message, in turn."""
    for email in ReminderEmail.objects.filter(status__in=["queued", "retrying"]):
        batches.deliver(email.pk)


def test_emailing_lists_who_has_no_address_and_queues_the_rest(
        world, editor_client, smtp_server, django_capture_on_commit_callbacks):
    server = smtp_server(Received())
    page = editor_client.get(EMAIL + "?letter=1")
    text = " ".join(page.content.decode().split())
    assert "2 reminders will be emailed" in text
    assert "Not included: No email address" in text

    with django_capture_on_commit_callbacks(execute=True):
        sent = editor_client.post(EMAIL + "?letter=1", {"governments": ["BBB", "DDD"]})

    batch = ContactBatch.objects.get()
    assert sent.status_code == 302
    assert server.messages == []  # the request only queued them
    emails = list(batch.emails.order_by("government__iso3"))
    assert [(e.government.iso3, e.status) for e in emails] == [("BBB", "queued"),
                                                               ("DDD", "queued")]
    tasks = DBTaskResult.objects.filter(status="READY")
    assert {str(t.id) for t in tasks} == {e.task_id for e in emails}

    run_the_queue()

    assert sorted(m["To"] for m in server.messages) == ["bbb@example.org", "mission@example.org"]
    assert [e.status for e in batch.emails.all()] == ["sent", "sent"]
    assert set(FollowUp.objects.values_list("message_id", flat=True)) == {
        m["Message-ID"] for m in server.messages}
    progress = editor_client.get(reverse("surveys:followup_batch_progress", args=[batch.pk]))
    assert progress.json()["sent"] == 2 and progress.json()["left"] == 0
    page = editor_client.get(reverse("surveys:followup_batch", args=[batch.pk]))
    assert page.context["progress"]["sent"] == 2


class RefusingOne(Received):
    """Accepts every message but to one address, which it refuses."""

    def __init__(self, refused):
        super().__init__()
        self.refused = refused

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_refused_message_is_retried_then_failed_and_never_logged_as_sent(
        world, editor_client, smtp_server, settings, caplog,
        django_capture_on_commit_callbacks):
    settings.REMINDER_EMAIL_ATTEMPTS = 2
    server = smtp_server(RefusingOne("bbb@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(EMAIL + "?letter=1", {"governments": ["BBB", "DDD"]})
    bbb = ReminderEmail.objects.get(government__iso3="BBB")

    with caplog.at_level(logging.WARNING, logger="surveys.followup.batches"):
        run_the_queue()
    bbb.refresh_from_db()
    assert bbb.status == "retrying" and "Mailbox unavailable" in bbb.server_answer
    assert DBTaskResult.objects.filter(status="READY", id=bbb.task_id).exists()  # later
    assert any("refused" in r.message and r.levelname == "WARNING" for r in caplog.records)

    run_the_queue()  # the retry, refused again: the last attempt
    bbb.refresh_from_db()

    assert (bbb.status, bbb.attempts) == ("failed", 2)
    assert [m["To"] for m in server.messages] == ["mission@example.org"]
    assert list(FollowUp.objects.values_list("government__iso3", flat=True)) == ["DDD"]


def test_a_message_claimed_by_a_stopped_worker_is_never_sent_twice(world, editor,
                                                                  smtp_server):
    server = smtp_server(Received())
    batch = batches.queue_emails(world["letter"], editor, [world["BBB"]])
    email = batch.emails.get()
    ReminderEmail.objects.filter(pk=email.pk).update(status="sending")  # a worker died here

    assert batches.deliver(email.pk) == "sending"
    later = email.updated_at + batches.INTERRUPTED_AFTER + datetime.timedelta(seconds=1)
    assert batches.recover(now=later) == {"requeued": 0, "interrupted": 1}
    assert batches.deliver(email.pk) == "interrupted"
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_queued_message_whose_task_went_with_a_worker_is_queued_again(world, editor):
    batch = batches.queue_emails(world["letter"], editor, [world["BBB"]])
    email = batch.emails.get()
    ReminderEmail.objects.filter(pk=email.pk).update(task_id="gone-with-the-worker")

    assert batches.recover() == {"requeued": 1, "interrupted": 0}
    email.refresh_from_db()
    assert DBTaskResult.objects.filter(status="READY", id=email.task_id).exists()


def test_a_second_reminder_inside_the_interval_needs_a_reason(world, editor_client,
                                                             smtp_server):
    server = smtp_server(Received())
    url = reverse("surveys:followup_send_reminder", args=["BBB", 1])

    editor_client.post(url)
    again = editor_client.post(url, follow=True)
    assert "Not sent: Reminded today already." in " ".join(
        again.content.decode().split()) or "Reminded 0 days ago" in again.content.decode()
    assert len(server.messages) == 1
    editor_client.post(url, {"override_reason": "The mission asked for it again."})

    assert len(server.messages) == 2
    assert FollowUp.objects.filter(override_reason="The mission asked for it again.").exists()


def test_the_daily_chase_emails_each_officer_a_digest_once_a_day(world, editor, smtp_server,
                                                                 today):
    server = smtp_server(Received())
    editor.email = "officer@un.example.org"
    editor.save()
    editor.groups.add(Group.objects.get(name="Editors"))
    contact(world["DDD"], world["letter"], editor, today - datetime.timedelta(days=20),
            next_on=today - datetime.timedelta(days=2))

    run = schedule.chase(today)
    again = schedule.chase(today)

    assert again is None and ScheduledRun.objects.count() == 1
    assert (run.due, run.overdue, run.digests) == (3, 1, 1)
    [digest] = server.messages
    assert digest["To"] == "officer@un.example.org"
    body = digest.get_content()
    assert "Republic of DDD: next action overdue" in body
    assert "Not yet followed up by anyone" in body and "Republic of BBB" in body
    assert "/governments/DDD/" in body


def test_a_refused_send_is_said_and_logged_at_warning(world, editor_client, smtp_server, caplog):
    smtp_server(Received())
    url = reverse("surveys:followup_send_reminder", args=["CCC", 1])  # no email address

    with caplog.at_level(logging.WARNING, logger="surveys.followup.views"):
        page = editor_client.post(url, follow=True)

    assert "has no email address" in page.content.decode()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"
                and r.name == "surveys.followup.views"]
    assert len(warnings) == 1 and "has no email address" in warnings[0]


def test_every_reminder_is_the_signed_in_users_and_says_who_entered_it(
        world, editor_client, editor, smtp_server, django_capture_on_commit_callbacks):
    smtp_server(Received())

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(EMAIL + "?letter=1", {"governments": ["BBB", "DDD"]})
    run_the_queue()
    confirm_log(editor_client, world, ["CCC"])
    editor_client.post(reverse("surveys:followup_send_reminder", args=["BBB", 1]),
                       {"override_reason": "The mission asked for it again."})

    contacts = FollowUp.objects.order_by("government__iso3", "pk")
    assert [c.government.iso3 for c in contacts] == ["BBB", "BBB", "CCC", "DDD"]
    assert {(c.officer, c.entered_by) for c in contacts} == {(editor, editor)}
    assert {(b.officer, b.entered_by) for b in ContactBatch.objects.all()} == {(editor, editor)}


def test_the_daily_chase_queues_reminders_nobody_entered(world, editor):
    batch = batches.queue_emails(world["letter"], editor, [world["BBB"]])

    assert batch.officer == editor and batch.entered_by is None
