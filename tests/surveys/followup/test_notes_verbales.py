"""Notes verbales read as their readers read them: the batch PDF of every non-respondent of
the March 1999 letter and the email received by a real SMTP server, compared word for word
with the specimens written by hand (specimens/), in English, French and Spanish; and what
the tracker refuses to write rather than write it wrong."""
import csv
import datetime
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from core import downloads
from core.models import Download
from surveys.followup.reminders import ReminderRefused, ReminderWriter
from surveys.models import FollowUp, Government, Letter, PermanentMission, ReminderTemplate
from tests.surveys.followup.conftest import Received

# One process makes the module's batch PDF (batch_pages) for all its tests, when the suite
# runs on several (make test's --dist loadgroup).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("notes_verbales")]

SPECIMENS = Path(__file__).parent / "specimens"
NAMES = Path(settings.BASE_DIR) / "fixtures" / "correspondence_names.csv"

# The test's own formatting of the day a note is written, independent of core.dates.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def written_on(day: datetime.date, language: str) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "fr":
        return f"{day.day}{'er' if day.day == 1 else ''} {month} {day.year}"
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def specimen(name: str) -> str:
    """The hand-written note, its day filled in."""
    today = timezone.localdate()
    text = (SPECIMENS / f"{name}.txt").read_text(encoding="utf-8")
    return text.replace("{date}", written_on(today, name[:2])).replace("{year}",
                                                                      str(today.year))


def words(text: str) -> list[str]:
    """A text as its words, whatever the line breaks and spaces (no-break ones included)."""
    return text.split()


def pdf_pages(content: bytes) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                          capture_output=True, check=True).stdout.decode()
    return [page for page in text.split("\f") if page.strip()]


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("title", "style")

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = TextOf()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.fixture(scope="module")
def batch_pages(demo_data, django_db_blocker):
    """The batch PDF of the March 1999 letter's non-respondents, read back by pdftotext once
    for the module, by page and by ISO code; and the follow-up list's count.

    In a transaction rolled back at the end: the reader, their session and sign-in log, the
    download leave no row behind in the process's database (tests/core/test_backups.py
    copies it, and counts the sessions and sign-in logs it holds)."""
    plain_static = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    with django_db_blocker.unblock(), override_settings(STORAGES=plain_static), \
            transaction.atomic():
        from django.contrib.auth import get_user_model

        reader = get_user_model().objects.create_user("specimen-reader", password=None)
        client = Client()
        client.force_login(reader)
        # 149 notes: the request queues them for a worker, whose step runs here.
        queued = client.get(reverse("surveys:followup_batch_pdf") + "?letter=3")
        download = Download.objects.get(requested_by=reader)
        assert queued["Location"] == reverse("core:download", args=[download.pk])
        assert downloads.make(download.pk) == "done"
        response = client.get(reverse("core:download_file", args=[download.pk]))
        listed = client.get(reverse("surveys:followup_list") + "?letter=3")
        count = listed.context["table"].paginator.count
        transaction.set_rollback(True)
    assert response.status_code == 200, response
    pages = pdf_pages(response.content)
    by_iso3 = {}
    for page in pages:
        [iso3] = re.findall(r"DESA/PD/\d{4}/3/([A-Z]{3})", page)
        by_iso3[iso3] = page
    return {"pages": pages, "by_iso3": by_iso3, "count": count}


SPECIMEN_NAMES = sorted(p.stem for p in SPECIMENS.glob("*.txt") if p.stem != "es-NLD")


@pytest.mark.parametrize("name", SPECIMEN_NAMES)
def test_each_note_of_the_batch_pdf_is_its_specimen_word_for_word(batch_pages, name):
    assert words(batch_pages["by_iso3"][name[3:]]) == words(specimen(name))


def test_the_batch_has_one_note_a_non_respondent(batch_pages):
    assert len(batch_pages["pages"]) == len(batch_pages["by_iso3"]) == batch_pages["count"]
    assert batch_pages["count"] == 149  # the live list of the March 1999 letter


def language_of(page: str) -> str:
    return {"Nations Unies": "fr", "Naciones Unidas": "es", "United Nations": "en"}[
        next(line.strip() for line in page.splitlines()
             if line.strip() in ("Nations Unies", "Naciones Unidas", "United Nations"))]


# What would show a French or Spanish note gone wrong: English inside it, a preposition
# left uncontracted or unelided, a day the letter's record does not hold, a print stamp.
ENGLISH_WORDS = re.compile(r"\b(Permanent Representative|Secretary-General|letter|which|"
                           r"asked|Especially|inviting|Mission of|United Nations|Printed)\b")
FRENCH_SLIPS = re.compile(r"\b(de le|de les|à le|à les|de [aeiouyhàâéèêîïôûAEIOUYHÉÈÊÎÏÔÛ]\w)")
SPANISH_SLIPS = re.compile(r"\b(de el|a el) (?!Salvador)")
NO_DAY = re.compile(r"\b1(er)? (mars|March|de marzo)\b|\b1 marzo\b")


def test_no_french_or_spanish_note_holds_english_a_slip_or_an_invented_day(batch_pages):
    languages = {language_of(page) for page in batch_pages["pages"]}
    assert languages == {"en", "fr", "es"}
    for page in batch_pages["pages"]:
        language = language_of(page)
        text = " ".join(page.split())
        assert not NO_DAY.search(text), text
        assert "Printed on" not in text and "Imprimé le" not in text
        if language == "fr":
            assert not ENGLISH_WORDS.search(text), text
            assert not FRENCH_SLIPS.search(text), FRENCH_SLIPS.search(text)
        if language == "es":
            assert not ENGLISH_WORDS.search(text), text
            assert not SPANISH_SLIPS.search(text), text


def test_a_plural_spanish_name_reads_as_its_specimen(viewer_client):
    mission = PermanentMission.objects.get(government__iso3="NLD")
    mission.language = "es"
    mission.address = "Dirección ficticia 121\nNueva York, NY 10017\nEstados Unidos"
    mission.save()

    page = viewer_client.get(reverse("surveys:followup_reminder_pdf", args=["NLD", 3]))

    assert page.status_code == 200
    [text] = pdf_pages(page.content)
    assert words(text) == words(specimen("es-NLD"))


@pytest.mark.parametrize("iso3, name", [("DZA", "fr-DZA"), ("ECU", "es-ECU")])
def test_the_email_a_mission_receives_is_its_specimen(editor_client, smtp_server, settings,
                                                      iso3, name):
    settings.NOTE_VERBALE_FROM_EMAIL = "migration-survey@un.example.org"
    settings.NOTE_VERBALE_REPLY_TO = "population-division@un.example.org"
    server = smtp_server(Received())

    editor_client.post(reverse("surveys:followup_send_reminder", args=[iso3, 3]))

    [message] = server.messages
    expected = specimen(name)
    assert message["From"] == "migration-survey@un.example.org"
    assert message["Reply-To"] == "population-division@un.example.org"
    assert message["To"] == f"{iso3.lower()}.mission@example.org"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert words(plain) == words(expected)
    assert words(html_text(html)) == words(expected)
    # The warning opens the text, before anything a reader could take for a real note.
    assert plain.startswith({"fr": "DONNÉES FICTIVES", "es": "DATOS FICTICIOS"}[name[:2]])
    [attachment] = list(message.iter_attachments())
    assert words(pdf_pages(attachment.get_content())[0]) == words(expected)
    assert FollowUp.objects.get(government__iso3=iso3).message_id == message["Message-ID"]


def expected_addressee(language: str, of_name: str) -> str:
    return {"fr": f"Représentant permanent {of_name} auprès de l'Organisation des Nations Unies",
            "es": f"Representante Permanente {of_name} ante las Naciones Unidas",
            "en": f"Permanent Representative {of_name} to the United Nations"}[language]


def test_every_french_and_spanish_missions_addressee_is_the_reference_datas(viewer):
    with open(NAMES, encoding="utf-8") as names:
        of_names = {(row["iso3"], row["language"]): row["of_name"]
                    for row in csv.DictReader(names) if not row["valid_until"]}
    missions = PermanentMission.objects.filter(language__in=["fr", "es"]).select_related(
        "government")
    assert missions.count() == 51
    writer = ReminderWriter(Letter.objects.get(number=3), viewer)
    for mission in missions:
        key = (mission.government.iso3, mission.language)
        assert mission.addressee(mission.language) == expected_addressee(
            mission.language, of_names[key]), key
        note = writer.reminder(mission.government)
        assert note.addressee == mission.addressee(mission.language)
        assert f"Gobierno {of_names[key]} " in note.body or (
            f"Gouvernement {of_names[key]} " in note.body)


def test_a_state_without_a_known_form_is_refused_and_nothing_is_written(
        editor_client, smtp_server):
    server = smtp_server(Received())
    mission = PermanentMission.objects.get(government__iso3="IRN")  # no French form is known
    mission.language = "fr"
    mission.save()
    assert mission.addressee_fr == ""  # nothing was built for it

    single = editor_client.get(reverse("surveys:followup_reminder_pdf", args=["IRN", 3]),
                               follow=True)
    sent = editor_client.post(reverse("surveys:followup_send_reminder", args=["IRN", 3]),
                              follow=True)
    batch = editor_client.get(reverse("surveys:followup_batch_pdf")
                              + "?letter=3&language=fr", follow=True)

    for page in (single, sent, batch):
        assert page["Content-Type"].startswith("text/html")
        assert ("No French name of Iran (Islamic Republic of) is recorded for "
                "correspondence") in " ".join(page.content.decode().split())
    assert server.messages == [] and not FollowUp.objects.exists()


def test_a_field_empty_in_the_notes_language_refuses_the_template_and_the_note(viewer):
    letter = Letter.objects.get(number=3)
    letter.purpose_clause_es = ""
    letter.save()
    template = ReminderTemplate.objects.get(language="es")

    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert "has no purpose clause in spanish" in " ".join(refused.value.messages).lower()
    with pytest.raises(ReminderRefused) as note:
        ReminderWriter(letter, viewer).reminder(Government.objects.get(iso3="ECU"))
    assert "purpose clause in spanish" in str(note.value).lower()
    # A French note needs no Spanish text: still written.
    ReminderWriter(letter, viewer).reminder(Government.objects.get(iso3="DZA"))


@pytest.mark.parametrize("reply_by, message", [
    ("1998-12-31", "cannot come before the letter was sent (March 1999)"),
    ("2001-01-01", "has passed"),
    ("next week", "Enter the reply-by date as YYYY-MM-DD"),
])
def test_a_reply_by_date_that_cannot_hold_is_refused(editor_client, reply_by, message):
    for url in (reverse("surveys:followup_batch_pdf") + "?letter=3&reply_by=" + reply_by,
                reverse("surveys:followup_reminder_pdf", args=["DZA", 3])
                + "?reply_by=" + reply_by):
        page = editor_client.get(url, follow=True)
        assert page["Content-Type"].startswith("text/html")
        assert message in page.content.decode()
    assert not FollowUp.objects.exists()


def test_a_reply_by_date_set_for_the_batch_is_in_every_note(viewer_client):
    day = timezone.localdate() + datetime.timedelta(days=45)

    page = viewer_client.get(reverse("surveys:followup_mail_merge"),
                             {"letter": 3, "reply_by": day.isoformat()})

    rows = {r["iso3"]: r for r in csv.DictReader(page.content.decode("utf-8-sig").splitlines(
        keepends=True))}
    assert f"d'ici au {written_on(day, 'fr')}," in rows["DZA"]["body"]
    assert f"a más tardar el {written_on(day, 'es')}," in rows["ECU"]["body"]
    assert f"Netherlands by {written_on(day, 'en')}," in rows["NLD"]["body"]


def test_the_letters_recorded_reply_by_date_is_used_while_it_is_to_come(viewer):
    letter = Letter.objects.get(number=3)
    algeria = Government.objects.select_related("mission").get(iso3="DZA")
    letter.reply_by = timezone.localdate() + datetime.timedelta(days=20)
    letter.save()

    coming = ReminderWriter(letter, viewer).reminder(algeria)
    letter.reply_by = timezone.localdate() - datetime.timedelta(days=1)
    letter.save()
    passed = ReminderWriter(letter, viewer).reminder(algeria)

    assert f"d'ici au {written_on(letter.reply_by + datetime.timedelta(days=21), 'fr')}," in (
        coming.body)
    # Once passed, the note asks for a reply without restating a date gone by.
    assert "dans les meilleurs délais," in passed.body and "d'ici au" not in passed.body
