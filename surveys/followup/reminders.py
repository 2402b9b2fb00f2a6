"""Reminders (notes verbales) filled in from their templates: as PDF, as a mail-merge CSV and
by email.

A reminder is for a Government that has not replied to the letter on the day it is drawn;
asking one for a Government that has replied is refused with a message, never drawn.
"""
from __future__ import annotations

import datetime
import logging
import smtplib
from dataclasses import dataclass

import tablib
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from core import pdf
from core.dates import DatePrecision, format_date, of_date
from core.exports import SafeCSV
from core.validators import is_single_line
from surveys.correspondence import ILLUSTRATIVE, ORGANIZATION, addressee_line, mission_line
from surveys.followup.merge import MissingFields, TemplateRefused, fill
from surveys.models import (
    ContactKind,
    CorrespondenceName,
    FollowUp,
    Government,
    Language,
    Letter,
    ReminderTemplate,
    Response,
)
from surveys.models.followup import MERGE_FIELDS
from surveys.querysets import follow_up_is_illustrative

logger = logging.getLogger(__name__)


class ReminderRefused(Exception):
    """A reminder that cannot be made or sent; the message says why in plain words."""


@dataclass(frozen=True)
class Reminder:
    """One note verbale, every part of it in its language, as the PDF, the email and the
    mail merge give it."""

    government: Government
    letter: Letter
    language: str
    organization: str
    addressee: str
    address: str
    email: str
    reference: str
    date: str
    subject: str
    paragraphs: list[str]
    is_illustrative: bool

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def warning(self) -> str:
        """The illustrative warning in the note's language, empty for a real note."""
        return ILLUSTRATIVE[self.language] if self.is_illustrative else ""

    @property
    def text(self) -> str:
        """The whole note as plain text, in the order the PDF prints it."""
        parts = [self.warning, self.organization, f"{self.reference}\n{self.date}",
                 "\n".join(filter(None, [self.addressee, self.address])), self.subject,
                 *self.paragraphs]
        return "\n\n".join(part for part in parts if part) + "\n"


def rests_on_illustrative(letter: Letter) -> bool:
    """Who has not replied rests on who replied, which illustrative replies may decide."""
    return Response.objects.filter(letter=letter).includes_illustrative()


def by_language(language: str, english: str, french: str, spanish: str) -> str:
    return {Language.ENGLISH: english, Language.FRENCH: french,
            Language.SPANISH: spanish}.get(language, "")


def letter_fields(letter: Letter, language: str, reply_by: datetime.date | None) -> dict:
    """The merge fields that depend on the letter alone, in ``language``."""
    mandate = letter.mandate
    return {
        "letter_date": format_date(letter.sent_on, letter.sent_precision, language),
        "of_letter_date": of_date(letter.sent_on, letter.sent_precision, language),
        "mandate": mandate.symbol,
        "mandate_date": format_date(mandate.adopted_on, DatePrecision.DAY, language),
        "mandate_title": by_language(language, mandate.title, mandate.title_fr,
                                     mandate.title_es),
        "purpose": by_language(language, letter.purpose_clause, letter.purpose_clause_fr,
                               letter.purpose_clause_es),
        "reply_by": format_date(reply_by, DatePrecision.DAY, language) if reply_by else "",
    }


def merge_fields(government, letter, mission, language, officer, on, *, name=None,
                 reply_by=None) -> dict[str, str]:
    """The values a template's merge fields take, in the template's language (the mission's):
    plain strings, empty where the records hold no value in that language. ``name`` is the
    State's CorrespondenceName in that language on the day ``on``, or None."""
    of_name = name.of_name if name else ""
    addressee = mission.addressee(language) if mission else ""
    return {
        "government": name.short_name if name else "",
        "of_government": of_name,
        "addressee": addressee or (addressee_line(language, of_name) if of_name else ""),
        "mission": mission_line(language, of_name) if of_name else "",
        "representative": mission.representative if mission else "",
        "representative_title": mission.representative_title if mission else "",
        **letter_fields(letter, language, reply_by),
        "officer": officer.get_full_name() or officer.get_username(),
        "date": format_date(on, DatePrecision.DAY, language),
        "reference": settings.NOTE_VERBALE_REFERENCE.format(
            year=on.year, letter=letter.number, iso3=government.iso3),
    }


# A language's name inside a sentence ("in French", French "en français").
IN_A_SENTENCE = {Language.ENGLISH: pgettext_lazy("language in a sentence", "English"),
                 Language.FRENCH: pgettext_lazy("language in a sentence", "French"),
                 Language.SPANISH: pgettext_lazy("language in a sentence", "Spanish")}


def what_to_enter(missing: list[str], *, government=None, letter: Letter,
                  language: str) -> list[str]:
    """For each merge field a note would print empty, what a person enters, and where."""
    language_name = IN_A_SENTENCE.get(language, language)
    said, messages = set(), []
    for field in missing:
        if field in ("government", "of_government", "mission", "addressee"):
            key, message = "name", _(
                "No %(language)s name of %(state)s is recorded for correspondence: enter it "
                "in the admin (Names in correspondence), or the addressee on its Permanent "
                "Mission.") % {"language": language_name, "state": government}
        elif field == "purpose":
            key, message = field, _(
                "The %(letter)s has no purpose clause in %(language)s: enter it on the "
                "letter in the admin.") % {"letter": letter, "language": language_name}
        elif field == "mandate_title":
            key, message = field, _(
                "Resolution %(symbol)s has no title in %(language)s: enter it in the "
                "admin.") % {"symbol": letter.mandate.symbol, "language": language_name}
        elif field == "reply_by":
            key, message = field, _(
                "The %(letter)s records no reply-by date: enter one on the letter, or give "
                "one for this batch.") % {"letter": letter}
        else:
            key, message = field, _("The merge field {{ %(field)s }} has no value for "
                                    "%(state)s.") % {"field": field, "state": government}
        if key not in said:
            said.add(key)
            messages.append(message)
    return messages


def letter_gaps(template: ReminderTemplate) -> str:
    """What the letters lack for ``template``: the letter-level fields it prints that some
    letter has no value for in the template's language (the reply-by date aside, which the
    officer may give for a batch)."""
    from surveys.followup.merge import empty_fields

    gaps = []
    for letter in Letter.objects.select_related("mandate"):
        fields = {name: "-" for name in MERGE_FIELDS}  # what depends on the mission or day
        fields.update({name: value for name, value in
                       letter_fields(letter, template.language, None).items()
                       if name != "reply_by"})
        try:  # each text apart, as a note fills them, each within its own budget
            missing = [*empty_fields(template.subject, fields),
                       *empty_fields(template.body, fields)]
        except TemplateRefused as refused:  # e.g. a long purpose clause printed many times
            return _("%(letter)s: %(why)s") % {"letter": letter, "why": refused}
        gaps += what_to_enter(list(dict.fromkeys(missing)), letter=letter,
                              language=template.language)
    return " ".join(gaps)


class ReminderWriter:
    """Reminders for one letter on one day, the templates and the names of States read once
    for the whole batch. ``reply_by``, when given, is the officer's date for this batch; the
    letter's recorded one otherwise, while it is still to come (a reminder sent after it asks
    for a reply at the mission's earliest convenience rather than restate a passed date)."""

    def __init__(self, letter: Letter, officer, on: datetime.date | None = None,
                 reply_by: datetime.date | None = None):
        self.letter, self.officer = letter, officer
        self.on = on or timezone.localdate()
        if reply_by and reply_by < max(letter.sent_on, self.on):
            raise ReminderRefused(_(
                "The reply-by date, %(date)s, comes before the reminder's date: give a later "
                "one for this batch.") % {"date": format_date(reply_by, DatePrecision.DAY)})
        recorded = letter.reply_by if letter.reply_by and letter.reply_by >= self.on else None
        self.reply_by = reply_by or recorded
        self.templates = {t.language: t for t in ReminderTemplate.objects.all()}
        if not self.templates:
            raise ReminderRefused(_("No reminder template exists yet: an Administrator adds "
                                    "one in the admin."))
        self.names = {(n.government_id, n.language): n
                      for n in CorrespondenceName.objects.valid_on(self.on)}
        self.rests_on_illustrative = rests_on_illustrative(letter)

    def template_for(self, language: str) -> ReminderTemplate:
        return self.templates.get(language) or self.templates.get(Language.ENGLISH) or next(
            iter(self.templates.values()))

    def reminder(self, government: Government) -> Reminder:
        """The government's note, or ReminderRefused naming what to enter first."""
        mission = government.mission if hasattr(government, "mission") else None
        template = self.template_for(mission.language if mission else Language.ENGLISH)
        language = template.language
        fields = merge_fields(government, self.letter, mission, language, self.officer,
                              self.on, name=self.names.get((government.pk, language)),
                              reply_by=self.reply_by)
        try:
            subject, body = fill(template.subject, fields), fill(template.body, fields)
        except TemplateRefused as refused:  # saved some other way than through the admin
            raise ReminderRefused(_(
                "The reminder template in %(language)s cannot be used until an Administrator "
                "corrects it in the admin: %(why)s") % {
                "language": IN_A_SENTENCE.get(language, language), "why": refused}) from refused
        except MissingFields as missing:
            raise ReminderRefused(" ".join([
                _("The reminder to %(state)s cannot be written, and nothing was written "
                  "or sent.") % {"state": government},
                *what_to_enter(missing.names, government=government, letter=self.letter,
                               language=language)])) from missing
        return Reminder(
            government=government, letter=self.letter, language=language,
            organization=ORGANIZATION[language], addressee=fields["addressee"],
            address=mission.address if mission else "",
            email=mission.email if mission else "", reference=fields["reference"],
            date=fields["date"], subject=subject.strip(),
            paragraphs=[p.strip() for p in body.split("\n\n") if p.strip()],
            is_illustrative=follow_up_is_illustrative(
                government, replies_are_illustrative=self.rests_on_illustrative),
        )

    def batch(self, governments) -> list[Reminder]:
        """Every Government's note, or one ReminderRefused naming every gap: a batch is
        written whole or not at all."""
        notes, refusals = [], []
        for government in governments:
            try:
                notes.append(self.reminder(government))
            except ReminderRefused as refusal:
                refusals.append(str(refusal))
        if refusals:
            raise ReminderRefused(" ".join(refusals))
        return notes

    def for_one(self, government: Government) -> Reminder:
        """The reminder of a Government that has not replied on the writer's day."""
        awaiting = Government.objects.awaiting_reply_to(self.letter, self.on)
        if not awaiting.filter(pk=government.pk).exists():
            if not government.is_member_on(self.letter.sent_on):
                raise ReminderRefused(_("%(name)s did not receive this letter: no reminder "
                                        "is due.") % {"name": government})
            raise ReminderRefused(_("%(name)s has already replied to this letter: no "
                                    "reminder is due.") % {"name": government})
        return self.reminder(government)


def reminders_pdf(reminders: list[Reminder], *, base_url: str) -> bytes:
    """One reminder a page, A4; no print stamp (a note verbale leaves the building)."""
    html = render_to_string("surveys/followup/reminders_pdf.html", {
        "reminders": reminders, "created": timezone.now()})
    return pdf.render_pdf(html, base_url=base_url)


MAIL_MERGE_HEADERS = ("iso3", "government", "addressee", "address", "email", "language",
                      "reference", "date", "subject", "body", "illustrative")


def mail_merge_csv(reminders: list[Reminder]) -> str:
    """One row a reminder, for a word processor's mail merge; no cell can run as a formula.
    The body of an illustrative note starts with its warning, as the PDF's page does."""
    dataset = tablib.Dataset(headers=MAIL_MERGE_HEADERS)
    for r in reminders:
        dataset.append((r.government.iso3, r.government.name, r.addressee, r.address, r.email,
                        r.language, r.reference, r.date, r.subject,
                        "\n\n".join(filter(None, [r.warning, r.body])),
                        _("Yes") if r.is_illustrative else _("No")))
    return SafeCSV().export_data(dataset)


def pdf_filename(letter: Letter, government: Government | None = None) -> str:
    who = government.iso3 if government else "batch"
    return f"reminders-letter-{letter.number}-{who}-{timezone.localdate().isoformat()}.pdf"


def email_message(reminder: Reminder, document: bytes) -> EmailMultiAlternatives:
    """The note as an email: the same text as the PDF in plain text and HTML, the PDF
    attached, From and Reply-To from the settings.

    Refused (ReminderRefused), before any server is reached, when its subject or address
    holds a line break or another control character: the entry forms refuse those, but a
    record saved before they did, or written around them, may still hold one, and an email
    header cannot carry it."""
    if not is_single_line(reminder.subject):
        raise ReminderRefused(_(
            "The reminder to %(state)s was not sent: its subject holds a line break or another "
            "control character, which an email's subject cannot carry. Correct the reminder "
            "template's subject, or the name it merges (the State's name in correspondence, "
            "the Permanent Mission's addressee or Representative), in the admin. Nothing was "
            "sent or logged.") % {"state": reminder.government})
    if not is_single_line(reminder.email):
        raise ReminderRefused(_(
            "The reminder to %(state)s was not sent: the Permanent Mission's email address "
            "holds a line break or another control character. Correct it in the admin. "
            "Nothing was sent or logged.") % {"state": reminder.government})
    sender = settings.NOTE_VERBALE_FROM_EMAIL
    message = EmailMultiAlternatives(
        subject=reminder.subject, body=reminder.text, from_email=sender, to=[reminder.email],
        reply_to=[settings.NOTE_VERBALE_REPLY_TO] if settings.NOTE_VERBALE_REPLY_TO else None,
        headers={"Message-ID": make_msgid(domain=sender.rpartition("@")[2] or "localhost")},
    )
    message.attach_alternative(render_to_string("surveys/followup/reminder_email.html", {
        "reminder": reminder}), "text/html")
    message.attach(pdf_filename(reminder.letter, reminder.government), document,
                   "application/pdf")
    return message


def send_by_email(reminder: Reminder, document: bytes, officer,
                  override_reason: str = "") -> FollowUp:
    """Email the reminder with its PDF; log it only once the server has accepted it. The
    officer is the signed-in user who sends it, and so also who entered the contact."""
    if not reminder.email:
        raise ReminderRefused(_("The Permanent Mission of %(name)s has no email address: "
                                "add one in the admin, or send the PDF another way.")
                              % {"name": reminder.government})
    message = email_message(reminder, document)
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError, ValueError) as error:
        logger.warning("Reminder to %s (%s) for letter %s not sent: %s",
                       reminder.government.iso3, reminder.email, reminder.letter.number, error)
        raise ReminderRefused(_("The email to %(address)s was not sent (%(error)s); no "
                                "reminder is logged as sent.")
                              % {"address": reminder.email, "error": error}) from error
    return log_emailed(reminder.government, reminder.letter, officer, reminder.email,
                       message.extra_headers["Message-ID"], override_reason=override_reason,
                       entered_by=officer)


def log_emailed(government, letter, officer, address: str, message_id: str, *, batch=None,
                override_reason: str = "", entered_by=None) -> FollowUp:
    """The contact an emailed reminder leaves once the server has accepted it; entered by
    the signed-in user who sent or queued it (none for the daily chase's)."""
    contact = FollowUp(
        government=government, letter=letter, contacted_on=timezone.localdate(),
        kind=ContactKind.EMAIL, officer=officer, entered_by=entered_by, batch=batch,
        message_id=message_id,
        override_reason=override_reason,
        outcome=_("Reminder sent by email to %(address)s.") % {"address": address})
    contact.full_clean()
    contact.save()
    return contact
