"""Following up a letter: each contact with a mission, and the reminders' templates."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.models import HistoricalRecords

from accounts.roles import RECORD_FOR_ANOTHER_OFFICER
from core.fields import long_text
from core.validators import single_line
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


# The contacts that are reminders (a note verbale, by post or by email); a call, a meeting or
# a letter is a contact, counted apart, and never holds back the next reminder.
REMINDER_KINDS = (ContactKind.NOTE_VERBALE, ContactKind.EMAIL)


def entered_by_field(related_name: str) -> models.ForeignKey:
    """Who recorded a contact or a batch: the signed-in user, whoever its officer is (an
    Administrator may record one in another officer's name). Empty for what the tracker
    recorded by itself (the daily chase) and for records older than this field."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True, editable=False,
        related_name=related_name, verbose_name=gettext_lazy("entered by"))


class ContactBatch(models.Model):
    """Contacts logged together, from the follow-up list, after a page that listed every
    Government they would touch: reminders confirmed as sent, or emailed by a worker. The
    officer who logged a batch may undo it the same day; the contacts' history keeps them."""

    class Action(models.TextChoices):
        LOGGED = "logged", gettext_lazy("Reminders confirmed as sent")
        EMAILED = "emailed", gettext_lazy("Reminders emailed")

    letter = models.ForeignKey(Letter, models.PROTECT, related_name="contact_batches",
                               verbose_name=gettext_lazy("letter"))
    action = models.CharField(gettext_lazy("action"), max_length=10, choices=Action.choices)
    kind = models.CharField(gettext_lazy("kind"), max_length=20, choices=ContactKind.choices)
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT,
                                related_name="contact_batches",
                                verbose_name=gettext_lazy("officer"))
    entered_by = entered_by_field("contact_batches_entered")
    created_at = models.DateTimeField(gettext_lazy("created"), auto_now_add=True)
    override_reason = models.CharField(
        gettext_lazy("reason for reminding early or again"), max_length=300, blank=True,
        help_text=gettext_lazy("Given when the batch reminds a mission inside the letter's "
                               "interval or past its maximum count."))
    reply_by = models.DateField(gettext_lazy("reply by"), null=True, blank=True,
                                help_text=gettext_lazy("The officer's date for the notes."))
    undone_at = models.DateTimeField(gettext_lazy("undone"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = gettext_lazy("batch of reminders")
        verbose_name_plural = gettext_lazy("batches of reminders")

    def __str__(self):
        return _("%(action)s, %(letter)s (%(when)s)") % {
            "action": self.get_action_display(), "letter": self.letter,
            "when": self.created_at.date().isoformat() if self.created_at else ""}


class FollowUp(models.Model):
    """One contact with a Government about a letter it has not yet answered. Its officer
    made the contact; ``entered_by`` recorded it, and is the officer unless an Administrator
    recorded it for someone else."""

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
    entered_by = entered_by_field("follow_ups_entered")
    outcome = long_text(gettext_lazy("outcome"), blank=True)
    next_action = models.CharField(gettext_lazy("next action"), max_length=300, blank=True)
    next_action_on = models.DateField(gettext_lazy("next action due"), null=True, blank=True)
    message_id = models.CharField(
        gettext_lazy("email message id"), max_length=300, blank=True,
        help_text=gettext_lazy("The Message-ID of the reminder sent by email from the tracker."),
    )
    batch = models.ForeignKey(
        ContactBatch, models.PROTECT, null=True, blank=True, related_name="contacts",
        verbose_name=gettext_lazy("batch"))
    override_reason = models.CharField(
        gettext_lazy("reason for reminding early or again"), max_length=300, blank=True)

    objects = FollowUpQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-contacted_on", "-pk"]
        verbose_name = gettext_lazy("follow-up contact")
        verbose_name_plural = gettext_lazy("follow-up contacts")
        # Administrators alone hold it (accounts.roles); anyone else's contacts are their own.
        permissions = [(RECORD_FOR_ANOTHER_OFFICER,
                        gettext_lazy("Can record a contact in another officer's name"))]
        # A Government's contacts about a letter, latest first: what each row of the follow-up
        # list reads (its counts and latest contact). With the government index alone SQLite
        # chose the letter's, reading every contact about the letter for each row.
        indexes = [models.Index(fields=["government", "letter", "contacted_on"],
                                name="followup_government_letter")]

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
class ReminderEmail(models.Model):
    """One message of an emailed batch, as the worker that sends it leaves it: queued, being
    sent, sent (with its Message-ID and the contact it logged), waiting to be retried, failed
    (with the server's answer), or interrupted (a worker stopped while the server had it, so
    whether it arrived is unknown: never sent again by itself)."""

    class Status(models.TextChoices):
        QUEUED = "queued", gettext_lazy("Queued")
        SENDING = "sending", gettext_lazy("Being sent")
        SENT = "sent", gettext_lazy("Sent")
        RETRYING = "retrying", gettext_lazy("To be retried")
        FAILED = "failed", gettext_lazy("Failed")
        INTERRUPTED = "interrupted", gettext_lazy("Interrupted: check before resending")

    batch = models.ForeignKey(ContactBatch, models.CASCADE, related_name="emails",
                              verbose_name=gettext_lazy("batch"))
    government = models.ForeignKey(Government, models.PROTECT, related_name="reminder_emails",
                                   verbose_name=gettext_lazy("Government"))
    address = models.EmailField(gettext_lazy("address"))
    status = models.CharField(gettext_lazy("status"), max_length=12, choices=Status.choices,
                              default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(gettext_lazy("attempts"), default=0)
    message_id = models.CharField(gettext_lazy("email message id"), max_length=300, blank=True)
    server_answer = models.CharField(gettext_lazy("the server's answer"), max_length=1000,
                                     blank=True)
    contact = models.OneToOneField(FollowUp, models.SET_NULL, null=True, blank=True,
                                   related_name="email", verbose_name=gettext_lazy("contact"))
    task_id = models.CharField(gettext_lazy("task"), max_length=64, blank=True,
                               help_text=gettext_lazy("The worker's task that sends it."))
    updated_at = models.DateTimeField(gettext_lazy("updated"), auto_now=True)

    class Meta:
        ordering = ["batch", "government__name"]
        verbose_name = gettext_lazy("reminder email")
        verbose_name_plural = gettext_lazy("reminder emails")
        constraints = [models.UniqueConstraint(fields=["batch", "government"],
                                               name="surveys_reminder_email_once_a_batch")]

    def __str__(self):
        return f"{self.government} — {self.get_status_display()}"


class ScheduledRun(models.Model):
    """One day's run of a periodic job (the daily chase of late replies): the row is created
    before the job runs, and its day is unique, so that it never runs twice for one day
    whichever worker or timer gets there first."""

    job = models.CharField(gettext_lazy("job"), max_length=50)
    day = models.DateField(gettext_lazy("day"))
    started_at = models.DateTimeField(gettext_lazy("started"), auto_now_add=True)
    finished_at = models.DateTimeField(gettext_lazy("finished"), null=True, blank=True)
    outcome = long_text(gettext_lazy("what it did"), blank=True)
    due = models.PositiveIntegerField(gettext_lazy("missions due a reminder"), default=0)
    overdue = models.PositiveIntegerField(gettext_lazy("next actions overdue"), default=0)
    digests = models.PositiveIntegerField(gettext_lazy("digests emailed"), default=0)
    queued = models.PositiveIntegerField(gettext_lazy("reminders queued"), default=0)

    class Meta:
        ordering = ["-day", "job"]
        verbose_name = gettext_lazy("scheduled run")
        verbose_name_plural = gettext_lazy("scheduled runs")
        constraints = [models.UniqueConstraint(fields=["job", "day"],
                                               name="surveys_scheduled_run_once_a_day")]

    def __str__(self):
        return f"{self.job} {self.day.isoformat()}"


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
    from surveys.followup.merge import allowed

    return " ".join([_("Merge fields, written {{ field }}: %(fields)s.") % {
        "fields": "; ".join(f"{name} ({label})" for name, label in MERGE_FIELDS.items())
    }, allowed()])


class ReminderTemplate(models.Model):
    """The text of a reminder (a note verbale) in one language, with merge fields."""

    language = models.CharField(
        gettext_lazy("language"), max_length=2, choices=Language.choices, unique=True
    )
    subject = models.CharField(gettext_lazy("subject"), max_length=300,
                               validators=[single_line])
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
