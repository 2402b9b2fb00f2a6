"""Following up a letter: each contact with a mission, and the reminders' templates."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.models import HistoricalRecords

from core.fields import long_text
from surveys.models.governments import Government
from surveys.models.letters import Letter
from surveys.models.missions import Language
from surveys.querysets import FollowUpQuerySet


class ContactKind(models.TextChoices):
    NOTE_VERBALE = "note_verbale", gettext_lazy("Note verbale")
    LETTER = "letter", gettext_lazy("Letter")
    EMAIL = "email", gettext_lazy("Email")
    TELEPHONE = "telephone", gettext_lazy("Telephone")
    MEETING = "meeting", gettext_lazy("Meeting")


class FollowUp(models.Model):
    """One contact with a Government about a letter it has not yet answered."""

    government = models.ForeignKey(
        Government, models.PROTECT, related_name="follow_ups", verbose_name=gettext_lazy(
            "Government")
    )
    letter = models.ForeignKey(
        Letter, models.PROTECT, related_name="follow_ups", verbose_name=gettext_lazy("letter")
    )
    contacted_on = models.DateField(gettext_lazy("date of the contact"))
    kind = models.CharField(gettext_lazy("kind"), max_length=20, choices=ContactKind.choices)
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="follow_ups",
        verbose_name=gettext_lazy("officer"),
    )
    outcome = long_text(gettext_lazy("outcome"), blank=True)
    next_action = models.CharField(gettext_lazy("next action"), max_length=300, blank=True)
    next_action_on = models.DateField(gettext_lazy("next action due"), null=True, blank=True)
    message_id = models.CharField(
        gettext_lazy("email message id"), max_length=300, blank=True,
        help_text=gettext_lazy("The Message-ID of the reminder sent by email from the tracker."),
    )

    objects = FollowUpQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-contacted_on", "-pk"]
        verbose_name = gettext_lazy("follow-up contact")
        verbose_name_plural = gettext_lazy("follow-up contacts")

    def __str__(self):
        return f"{self.government} — {self.get_kind_display()} {self.contacted_on:%Y-%m-%d}"

    def clean(self):
        """The rules that hold whenever a contact is saved; "not in the past" belongs to the
        forms, since a contact recorded long ago stays valid once its next action is due."""
        errors = {}
        letter = self.letter if self.letter_id else None
        if letter and self.contacted_on and self.contacted_on < letter.sent_on:
            errors["contacted_on"] = _(
                "The contact cannot come before the letter it follows up (sent %(sent)s)."
            ) % {"sent": letter.sent_label}
        if self.contacted_on and self.next_action_on and self.next_action_on < self.contacted_on:
            errors["next_action_on"] = _("The next action cannot come before the contact.")
        if self.next_action_on and not self.next_action.strip():
            errors["next_action"] = _("Say what the next action is, since it has a date.")
        if letter and self.government_id and not self.government.is_member_on(letter.sent_on):
            errors["government"] = _(
                "%(government)s was not a Member when the letter was sent, so it has nothing "
                "to follow up."
            ) % {"government": self.government}
        if errors:
            raise ValidationError(errors)


# The merge fields of a reminder, each in the note's language (surveys.followup.reminders).
MERGE_FIELDS = {
    "government": gettext_lazy("the State's name in a sentence, with its article (“la France”)"),
    "of_government": gettext_lazy("the State's name after “of” (“de la France”, “du Tchad”)"),
    "addressee": gettext_lazy("the Permanent Representative's line, from the mission's record"),
    "mission": gettext_lazy("the Permanent Mission's name"),
    "representative": gettext_lazy("the Permanent Representative's name"),
    "representative_title": gettext_lazy("the Permanent Representative's title"),
    "letter_date": gettext_lazy("the date of the letter followed up, as far as it is known"),
    "of_letter_date": gettext_lazy("that date after “letter” (“of March 1999”, “d'avril "
                                   "1997”)"),
    "mandate": gettext_lazy("the symbol of the resolution that mandated the letter"),
    "mandate_date": gettext_lazy("the date that resolution was adopted"),
    "mandate_title": gettext_lazy("the title of that resolution"),
    "purpose": gettext_lazy("what the letter asked, as a clause (“in which he invited …”)"),
    "reply_by": gettext_lazy("the date by which a reply is asked (may be empty: test it with "
                             "{% if reply_by %})"),
    "officer": gettext_lazy("the officer's name"),
    "date": gettext_lazy("the date of the reminder"),
    "reference": gettext_lazy("the reference line"),
}


def merge_fields_help() -> str:
    return _("Merge fields, written {{ field }}: %(fields)s.") % {
        "fields": "; ".join(f"{name} ({label})" for name, label in MERGE_FIELDS.items())
    }


class ReminderTemplate(models.Model):
    """The text of a reminder (a note verbale) in one language, with merge fields."""

    language = models.CharField(
        gettext_lazy("language"), max_length=2, choices=Language.choices, unique=True
    )
    subject = models.CharField(gettext_lazy("subject"), max_length=300)
    body = long_text(gettext_lazy("body"), help_text=gettext_lazy(
        "Plain text; a blank line starts a new paragraph. Merge fields are written "
        "{{ mission }}, {{ letter_date }} ..."))

    history = HistoricalRecords()

    class Meta:
        ordering = ["language"]
        verbose_name = gettext_lazy("reminder template")
        verbose_name_plural = gettext_lazy("reminder templates")

    def __str__(self):
        return _("Reminder in %(language)s") % {"language": self.get_language_display()}

    def clean(self):
        from surveys.followup.merge import template_errors
        from surveys.followup.reminders import letter_gaps

        errors = {name: error for name in ("subject", "body")
                  if (error := template_errors(getattr(self, name)))}
        if not errors and self.language:
            # A field the template prints that a letter lacks in this language: the template
            # could never be sent for that letter, so it is not saved.
            gaps = letter_gaps(self)
            if gaps:
                errors["body"] = gaps
        if errors:
            raise ValidationError(errors)
