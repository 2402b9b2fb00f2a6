"""Reminders from their templates: a PDF of one a page in each mission's language, the
mail-merge CSV, and email through a real SMTP server that the test starts and reads."""
import csv
import io
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from surveys.models import FollowUp, ReminderTemplate
from tests.surveys.followup.conftest import Received, Refusing

pytestmark = pytest.mark.django_db


def page_texts(content: bytes) -> list[str]:
    """The text of each page of a PDF, as pdftotext reads it."""
    info = subprocess.run(["pdfinfo", "-"], input=content, capture_output=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.decode().splitlines()
                     if line.startswith("Pages:")))
    return [" ".join(subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), "-", "-"], input=content,
        capture_output=True, check=True).stdout.decode().split()) for n in range(1, pages + 1)]


def test_a_batch_pdf_has_one_reminder_a_page_in_each_missions_language(world, viewer_client):
    page = viewer_client.get(reverse("surveys:followup_batch_pdf") + "?letter=1")
    listed = viewer_client.get(reverse("surveys:followup_list") + "?letter=1")

    assert page.status_code == 200 and page["Content-Type"] == "application/pdf"
    pages = page_texts(page.content)
    assert len(pages) == listed.context["table"].paginator.count == 3
    by_name = {iso3: text for text in pages for iso3 in ("BBB", "CCC", "DDD")
               if f"/1/{iso3}" in text}
    assert "Le Secrétaire général" in by_name["BBB"] and "Nations Unies" in by_name["BBB"]
    assert "au Représentant permanent de la République de BBB" in by_name["BBB"]
    assert "The Secretary-General of the United Nations" in by_name["DDD"]
    assert "Permanent Representative of the Republic of DDD" in by_name["DDD"]
    for text in by_name.values():
        assert "DESA/PD/" in text and "Printed on" not in text


def test_every_page_of_an_illustrative_batch_says_so(world, viewer_client):
    world["BBB"].mission.is_illustrative = True
    world["BBB"].mission.save()

    pages = page_texts(viewer_client.get(
        reverse("surveys:followup_batch_pdf") + "?letter=1").content)

    marked = {iso3: text.startswith(("DONNÉES FICTIVES", "ILLUSTRATIVE DATA"))
              for text in pages for iso3 in ("BBB", "CCC", "DDD") if f"/1/{iso3}" in text}
    assert marked == {"BBB": True, "CCC": False, "DDD": False}


def test_the_mail_merge_csv_has_one_row_a_reminder(world, viewer_client):
    page = viewer_client.get(reverse("surveys:followup_mail_merge") + "?letter=1&region=Africa")

    rows = list(csv.DictReader(io.StringIO(page.content.decode("utf-8-sig"))))
    assert [r["iso3"] for r in rows] == ["BBB", "CCC"]
    assert rows[0]["language"] == "fr" and rows[0]["email"] == "bbb@example.org"
    assert "{{" not in rows[0]["body"] and "Le Secrétaire général" in rows[0]["body"]


def test_a_reminder_for_a_government_that_replied_is_refused(world, viewer_client):
    page = viewer_client.get(reverse("surveys:followup_reminder_pdf", args=["AAA", 1]),
                             follow=True)

    assert page.redirect_chain[-1][0] == world["AAA"].get_absolute_url()
    assert "has already replied to this letter" in page.content.decode()
    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("body, message", [
    ("Dear {{ missio }}", "Unknown merge fields: missio"),
    ("{% load static %}{{ mission }}", "The tag {% load %} cannot be used in a reminder"),
    ("{% include 'base.html' %}", "The tag {% include %} cannot be used in a reminder"),
    ("{{ mission", "cannot be filled in"),
])
def test_a_template_that_cannot_be_filled_in_is_refused(world, body, message):
    template = ReminderTemplate.objects.get(language="en")
    template.body = body

    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert message in " ".join(refused.value.message_dict["body"])


def test_only_administrators_change_the_templates(world, editor_client, admin_client_signed):
    template = ReminderTemplate.objects.get(language="en")
    url = reverse("admin:surveys_remindertemplate_change", args=[template.pk])
    data = {"language": "en", "subject": "Changed", "body": "{{ mission }}"}

    assert editor_client.get(url).status_code == 200  # read only
    editor_client.post(url, data)
    template.refresh_from_db()
    assert template.subject != "Changed"
    seen = template.history.first().pk
    page = admin_client_signed.post(url, {**data, "seen_version": seen})
    assert page.status_code == 302
    template.refresh_from_db()
    assert template.subject == "Changed"


def send(client, iso3):
    return client.post(reverse("surveys:followup_send_reminder", args=[iso3, 1]), follow=True)


def test_an_emailed_reminder_reaches_the_server_with_its_pdf_and_is_logged(
        world, editor_client, smtp_server):
    server = smtp_server(Received())

    page = send(editor_client, "BBB")

    [message] = server.messages
    assert message["To"] == "bbb@example.org"
    assert "Rappel" in message["Subject"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert "Le Secrétaire général" in page_texts(attachment.get_content())[0]
    contact = FollowUp.objects.get()
    assert contact.kind == "email" and contact.message_id == message["Message-ID"]
    assert contact.government == world["BBB"]
    assert "sent by email to bbb@example.org" in page.content.decode()
    assert contact.outcome in page.content.decode()  # in the Government's follow-up log


def test_a_refusing_server_says_so_and_logs_nothing(world, editor_client, smtp_server):
    smtp_server(Refusing())

    page = send(editor_client, "BBB")

    assert "was not sent" in page.content.decode() and "Relaying refused" in (
        page.content.decode())
    assert not FollowUp.objects.exists()


def test_a_mission_without_an_address_is_not_emailed(world, editor_client, smtp_server):
    server = smtp_server(Received())

    page = send(editor_client, "CCC")

    assert "has no email address" in page.content.decode()
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_government_that_replied_is_not_emailed(world, editor_client, smtp_server):
    server = smtp_server(Received())

    page = send(editor_client, "AAA")

    assert "already replied" in page.content.decode()
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_viewer_cannot_send_a_reminder(world, viewer_client, smtp_server):
    server = smtp_server(Received())

    assert viewer_client.post(reverse("surveys:followup_send_reminder",
                                      args=["BBB", 1])).status_code == 403
    assert server.messages == []


@pytest.mark.parametrize("query", ["as_of=abc", "as_of=2999-01-01", "region=Nowhere",
                                   "letter=999999999999999999999", "overdue=maybe"])
def test_a_batch_for_filters_that_cannot_be_read_says_so(world, viewer_client, query):
    page = viewer_client.get(reverse("surveys:followup_mail_merge") + "?" + query, follow=True)

    assert page.status_code == 200
    assert page.redirect_chain and page.redirect_chain[-1][0].startswith("/follow-up/?")
    assert "cannot be read" in page.content.decode()


def test_a_reminder_for_an_unknown_government_or_letter_is_not_found(world, viewer_client):
    for args in (["ZZZ", 1], ["BBB", 9]):
        assert viewer_client.get(reverse("surveys:followup_reminder_pdf",
                                         args=args)).status_code == 404


def test_a_batch_drawn_as_of_an_earlier_day_leaves_out_who_replied_since(world, viewer_client):
    before_reply = world["letter"].sent_on.isoformat()  # AAA replied five days later
    page = viewer_client.get(reverse("surveys:followup_mail_merge") + "?as_of=" + before_reply)

    rows = list(csv.DictReader(io.StringIO(page.content.decode("utf-8-sig"))))
    assert [r["iso3"] for r in rows] == ["BBB", "CCC", "DDD"]
