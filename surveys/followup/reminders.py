"""Reminders (notes verbales) filled in from their templates: as PDF, as a mail-merge CSV and
by email.

A reminder is for a Government that has not replied to the letter on the day it is drawn;
asking one for a Government that has replied is refused with a message, never drawn.
"""
from __future__ import annotations

import datetime
import smtplib
from dataclasses import dataclass

import tablib
from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.message import make_msgid
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core import pdf
from core.exports import SafeCSV
from surveys.followup.merge import fill
from surveys.models import ContactKind, FollowUp, Government, Language, Letter, ReminderTemplate

REPLY_WITHIN = datetime.timedelta(days=30)  # the reply-by date when the letter names none
REFERENCE = "DESA/PD/{year}/{letter}/{iso3}"


class ReminderRefused(Exception):
    """A reminder that cannot be made or sent; the message says why in plain words."""


@dataclass(frozen=True)
class Reminder:
    government: Government
    letter: Letter
    language: str
    mission: str
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


def in_language(language: str, date: datetime.date) -> str:
    with translation.override(language):
        return formats.date_format(date, "j F Y")


def merge_fields(government, letter, mission, language, officer, on) -> dict[str, str]:
    """The values a template's merge fields take, in the template's language (the mission's):
    plain strings, nothing else."""
    reply_by = letter.reply_by if letter.reply_by and letter.reply_by >= on else on + REPLY_WITHIN
    with translation.override(language):
        name = government.reader_name
        mission_name = mission.name if mission else _("Permanent Mission of %(name)s") % {
            "name": name}
    return {
        "government": name,
        "mission": mission_name,
        "representative": mission.representative if mission else "",
        "representative_title": mission.representative_title if mission else "",
        "letter_date": in_language(language, letter.sent_on),
        "mandate": letter.mandate.symbol,
        "question": letter.purpose,
        "reply_by": in_language(language, reply_by),
        "officer": officer.get_full_name() or officer.get_username(),
        "date": in_language(language, on),
        "reference": REFERENCE.format(year=on.year, letter=letter.number, iso3=government.iso3),
    }


class ReminderWriter:
    """Reminders for one letter on one day, the templates read once for the whole batch."""

    def __init__(self, letter: Letter, officer, on: datetime.date | None = None):
        self.letter, self.officer = letter, officer
        self.on = on or timezone.localdate()
        self.templates = {t.language: t for t in ReminderTemplate.objects.all()}
        if not self.templates:
            raise ReminderRefused(_("No reminder template exists yet: an Administrator adds "
                                    "one in the admin."))

    def template_for(self, language: str) -> ReminderTemplate:
        return self.templates.get(language) or self.templates.get(Language.ENGLISH) or next(
            iter(self.templates.values()))

    def reminder(self, government: Government) -> Reminder:
        mission = government.mission if hasattr(government, "mission") else None
        template = self.template_for(mission.language if mission else Language.ENGLISH)
        fields = merge_fields(government, self.letter, mission, template.language,
                              self.officer, self.on)
        body = fill(template.body, fields)
        return Reminder(
            government=government, letter=self.letter, language=template.language,
            mission=fields["mission"], address=mission.address if mission else "",
            email=mission.email if mission else "", reference=fields["reference"],
            date=fields["date"], subject=fill(template.subject, fields).strip(),
            paragraphs=[p.strip() for p in body.split("\n\n") if p.strip()],
            is_illustrative=bool(mission and mission.is_illustrative),
        )

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


def reminders_pdf(reminders: list[Reminder], *, base_url: str, rests_on_illustrative: bool):
    """One reminder a page, A4."""
    html = render_to_string("surveys/followup/reminders_pdf.html", {
        "reminders": reminders, "rests_on_illustrative": rests_on_illustrative,
        "created": timezone.now()})
    return pdf.render_pdf(html, base_url=base_url)


MAIL_MERGE_HEADERS = ("iso3", "government", "mission", "address", "email", "language",
                      "reference", "date", "subject", "body", "illustrative")


def mail_merge_csv(reminders: list[Reminder], *, rests_on_illustrative: bool) -> str:
    """One row a reminder, for a word processor's mail merge; no cell can run as a formula."""
    dataset = tablib.Dataset(headers=MAIL_MERGE_HEADERS)
    for r in reminders:
        illustrative = rests_on_illustrative or r.is_illustrative
        dataset.append((r.government.iso3, r.government.name, r.mission, r.address, r.email,
                        r.language, r.reference, r.date, r.subject, r.body,
                        _("Yes") if illustrative else _("No")))
    return SafeCSV().export_data(dataset)


def pdf_filename(letter: Letter, government: Government | None = None) -> str:
    who = government.iso3 if government else "batch"
    return f"reminders-letter-{letter.number}-{who}-{timezone.localdate().isoformat()}.pdf"


def send_by_email(reminder: Reminder, document: bytes, officer) -> FollowUp:
    """Email the reminder with its PDF; log it only once the server has accepted it."""
    if not reminder.email:
        raise ReminderRefused(_("The Permanent Mission of %(name)s has no email address: "
                                "add one in the admin, or send the PDF another way.")
                              % {"name": reminder.government})
    message_id = make_msgid(domain=settings.SERVER_EMAIL.rpartition("@")[2] or "localhost")
    message = EmailMessage(
        subject=reminder.subject, body=f"{reminder.reference}\n\n{reminder.body}\n",
        from_email=settings.SERVER_EMAIL, to=[reminder.email],
        headers={"Message-ID": message_id},
    )
    message.attach(pdf_filename(reminder.letter, reminder.government), document,
                   "application/pdf")
    try:
        message.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as error:
        raise ReminderRefused(_("The email to %(address)s was not sent (%(error)s); no "
                                "reminder is logged as sent.")
                              % {"address": reminder.email, "error": error}) from error
    contact = FollowUp(
        government=reminder.government, letter=reminder.letter,
        contacted_on=timezone.localdate(), kind=ContactKind.EMAIL, officer=officer,
        outcome=_("Reminder sent by email to %(address)s.") % {"address": reminder.email},
        message_id=message_id,
    )
    contact.full_clean()
    contact.save()
    return contact
