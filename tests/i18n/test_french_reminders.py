"""Reminders in the mission's language (surveys.followup.reminders): the French template
for missions that correspond in French, the English one otherwise, whatever the reader's."""
import csv
import datetime
import io
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from surveys.followup.reminders import ReminderWriter, merge_fields
from surveys.models import CorrespondenceName, Government, Language, Letter, ReminderTemplate

pytestmark = pytest.mark.django_db

ON = datetime.date(1999, 3, 15)
FIELD = re.compile(r"{{\s*(\w+)\s*}}")



@pytest.fixture
def awaiting():
    """Two Governments without a reply to letter 3 on ON, whose French names differ from the
    English ones: the first's mission writes in French, the second's in English."""
    letter = Letter.objects.get(number=3)
    seats = [g for g in Government.objects.awaiting_reply_to(letter, ON).select_related(
        "mission").order_by("iso3") if g.name_fr and g.name_fr != g.name][:2]
    for seat, language in zip(seats, (Language.FRENCH, Language.ENGLISH), strict=True):
        seat.mission.language = language
        seat.mission.save()
    return letter, seats


def test_the_french_template_is_french_and_has_the_english_ones_fields():
    english, french = (ReminderTemplate.objects.get(language=code) for code in ("en", "fr"))
    assert french.subject.startswith("Rappel") and "Le Secrétaire général" in french.body
    assert "Secretary-General" not in french.body + french.subject
    for part in ("subject", "body"):
        assert set(FIELD.findall(getattr(french, part))) == set(
            FIELD.findall(getattr(english, part)))


@pytest.mark.parametrize("reader", ["en", "fr"])
def test_a_french_missions_reminder_is_in_french_and_an_english_ones_in_english(
        awaiting, editor, reader):
    letter, (french_seat, english_seat) = awaiting
    with translation.override(reader):
        writer = ReminderWriter(letter, editor, on=ON)
        french, english = writer.reminder(french_seat), writer.reminder(english_seat)
    assert french.language == "fr" and french.subject.startswith("Rappel")
    # The letter is recorded to the month: no day is printed for it.
    assert french.date == "15 mars 1999" and "sa lettre de mars 1999," in french.body
    assert "1 mars" not in french.body + french.subject
    assert french_seat.name_fr in french.body and french_seat.name not in french.body
    assert english.language == "en" and english.subject.startswith("Reminder")
    assert english.date == "15 March 1999" and "his letter of March 1999," in english.body
    assert "1 March" not in english.body + english.subject
    assert english_seat.name in english.body and english_seat.name_fr not in english.body


def name_of(iso3: str, language: str) -> CorrespondenceName:
    return CorrespondenceName.objects.valid_on(ON).get(government__iso3=iso3, language=language)


def test_a_government_without_a_mission_is_named_in_the_templates_language(editor):
    seat = Government.objects.get(iso3="FRA")
    fields = merge_fields(seat, Letter.objects.get(number=3), None, Language.ENGLISH, editor, ON,
                          name=name_of("FRA", "en"))
    assert fields["mission"] == "Permanent Mission of France to the United Nations"
    egypt = Government.objects.get(iso3="EGY")
    french = merge_fields(egypt, Letter.objects.get(number=3), None, Language.FRENCH, editor,
                          ON, name=name_of("EGY", "fr"))
    # The names in correspondence carry the article and its contraction ("de l'Égypte").
    assert french["mission"] == ("Mission permanente de l'Égypte auprès de l'Organisation des "
                                 "Nations Unies")
    assert french["government"] == "l'Égypte" and french["date"] == "15 mars 1999"
    assert french["of_letter_date"] == "de mars 1999"


def test_the_pdf_marks_each_reminder_with_its_language(awaiting, editor):
    letter, seats = awaiting
    writer = ReminderWriter(letter, editor, on=ON)
    with translation.override("fr"):
        html = render_to_string("surveys/followup/reminders_pdf.html", {
            "reminders": [writer.reminder(seat) for seat in seats], "created": None})
    assert html.count('<article class="reminder" lang="fr">') == 1
    assert html.count('<article class="reminder" lang="en">') == 1
    assert "Nations Unies" in html and "United Nations" in html
    # The warning is the note's own, in its language, whatever the reader's.
    assert html.count("DONNÉES FICTIVES") == 1 and html.count("ILLUSTRATIVE DATA") == 1


def test_the_mail_merge_for_a_french_reader_keeps_each_missions_language(
        awaiting, viewer_client):
    letter, (french_seat, english_seat) = awaiting
    page = viewer_client.get(reverse("surveys:followup_mail_merge"), {"letter": 3},
                             HTTP_ACCEPT_LANGUAGE="fr")
    rows = {r["iso3"]: r for r in csv.DictReader(io.StringIO(page.content.decode("utf-8-sig")))}
    assert rows[french_seat.iso3]["language"] == "fr"
    assert "\n\nLe Secrétaire général" in rows[french_seat.iso3]["body"]
    assert rows[english_seat.iso3]["language"] == "en"
    assert "\n\nThe Secretary-General" in rows[english_seat.iso3]["body"]
    for row in rows.values():  # illustrative: the warning, then the note
        warning, note = row["body"].split("\n\n", 1)
        assert warning.startswith({"fr": "DONNÉES", "en": "ILLUSTRATIVE", "es": "DATOS"}[
            row["language"]])
        assert note.startswith({"fr": "Le Secr", "en": "The Secr", "es": "El Secr"}[
            row["language"]])
