"""A line break in a value that reaches an email header (a reminder's subject, the names it
merges) is refused where it is entered, with a message, keeping what was typed; one that gets
there anyway (a record saved before the rule, or written around it) stops the send with a
message, before any server is reached, and nothing is logged."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from surveys.followup import batches
from surveys.models import (
    CorrespondenceName,
    FollowUp,
    PermanentMission,
    ReminderEmail,
    ReminderTemplate,
    Resolution,
)
from tests.surveys.followup.conftest import Received

pytestmark = pytest.mark.django_db
ONE_LINE = "Write this on one line"
INJECTED = "Reminder\r\nBcc: everyone@example.org"


@pytest.mark.parametrize(("model", "field"), [
    (ReminderTemplate, "subject"),
    (PermanentMission, "name"), (PermanentMission, "representative"),
    (PermanentMission, "representative_title"), (PermanentMission, "addressee_en"),
    (PermanentMission, "addressee_fr"), (PermanentMission, "addressee_es"),
    (CorrespondenceName, "short_name"), (CorrespondenceName, "of_name"),
    (Resolution, "symbol"), (Resolution, "title"), (Resolution, "title_fr"),
    (Resolution, "title_es"),
])
@pytest.mark.parametrize("value", ["A\nB", "A\rB", "A\x00B", "A\u2028B"], ids=repr)
def test_a_value_that_may_reach_a_header_is_one_line(world, model, field, value):
    record = model.objects.first()
    setattr(record, field, value)

    with pytest.raises(ValidationError) as refused:
        record.full_clean()
    assert ONE_LINE in " ".join(refused.value.message_dict[field])


def test_a_tab_is_not_a_line_break(world):
    record = PermanentMission.objects.first()
    record.representative = "A.\tRepresentative"

    record.full_clean()


def test_the_admin_refuses_a_subject_with_a_line_break_and_keeps_it(world,
                                                                     admin_client_signed):
    template = ReminderTemplate.objects.get(language="en")
    url = reverse("admin:surveys_remindertemplate_change", args=[template.pk])

    page = admin_client_signed.post(url, {
        "language": "en", "subject": INJECTED, "body": template.body,
        "seen_version": template.history.first().pk})

    assert page.status_code == 200
    form = page.context["adminform"].form
    assert ONE_LINE in " ".join(form.errors["subject"])
    assert form.data["subject"] == INJECTED
    assert ONE_LINE in page.content.decode()
    template.refresh_from_db()
    assert template.subject != INJECTED


def test_the_admin_refuses_a_missions_name_with_a_line_break(world, editor_client):
    page = editor_client.post(reverse("admin:surveys_permanentmission_add"), {
        "government": world["DDD"].pk, "name": "Permanent Mission\nof DDD", "language": "en"})

    assert page.status_code == 200
    assert ONE_LINE in " ".join(page.context["adminform"].form.errors["name"])
    assert not PermanentMission.objects.filter(government=world["DDD"]).exists()


def send(client, iso3="BBB"):
    return client.post(reverse("surveys:followup_send_reminder", args=[iso3, 1]), follow=True)


def test_a_subject_saved_with_a_line_break_is_not_sent_and_says_why(world, editor_client,
                                                                   smtp_server):
    server = smtp_server(Received())
    ReminderTemplate.objects.update(subject=INJECTED)  # around the validation, as old data

    page = send(editor_client)

    assert page.status_code == 200  # the Government's page, with the message
    assert "its subject holds a line break" in page.content.decode()
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_merged_name_with_a_line_break_is_not_sent_either(world, editor_client, smtp_server):
    server = smtp_server(Received())
    ReminderTemplate.objects.update(subject="Reminder to the {{ mission }}")
    CorrespondenceName.objects.filter(government=world["BBB"]).update(
        of_name="de la République\nBcc: everyone@example.org")

    page = send(editor_client)

    assert "its subject holds a line break" in page.content.decode()
    assert server.messages == [] and not FollowUp.objects.exists()


def test_an_address_saved_with_a_line_break_is_not_sent(world, editor_client, smtp_server):
    server = smtp_server(Received())
    PermanentMission.objects.filter(government=world["BBB"]).update(
        email="bbb@example.org\nBcc: everyone@example.org")

    page = send(editor_client)

    assert "email address holds a line break" in page.content.decode()
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_queued_message_with_such_a_subject_fails_at_once_and_is_not_retried(
        world, editor, smtp_server):
    server = smtp_server(Received())
    batch = batches.queue_emails(world["letter"], editor, [world["BBB"]], entered_by=editor)
    ReminderTemplate.objects.update(subject=INJECTED)
    email = batch.emails.get()

    assert batches.deliver(email.pk) == "failed"

    email.refresh_from_db()
    assert email.attempts == 0 and "its subject holds a line break" in email.server_answer
    assert server.messages == [] and not FollowUp.objects.exists()
    assert ReminderEmail.objects.get(pk=email.pk).status == "failed"
