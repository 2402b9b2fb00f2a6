"""The letters of the Secretary-General, the resolutions that mandated them and the reports
that counted the replies."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, format_date, of_date
from core.fields import long_text
from core.validators import single_line
from surveys.querysets import LetterQuerySet, ReportQuerySet


class Resolution(models.Model):
    """A General Assembly resolution that mandated a letter or a report. Its symbol and
    titles are merge fields of the reminders, so each is one line."""

    symbol = models.CharField(_("symbol"), max_length=30, unique=True, validators=[single_line])
    adopted_on = models.DateField(_("adopted on"))
    title = models.CharField(_("title"), max_length=300, validators=[single_line])
    title_fr = models.CharField(
        _("title in French"), max_length=300, blank=True, validators=[single_line],
        help_text=_("As the French text of the resolution gives it; quoted in French notes "
                    "verbales."))
    title_es = models.CharField(
        _("title in Spanish"), max_length=300, blank=True, validators=[single_line],
        help_text=_("As the Spanish text of the resolution gives it; quoted in Spanish notes "
                    "verbales."))
    paragraph = models.PositiveSmallIntegerField(
        _("paragraph"), help_text=_("Paragraph of A/56/167.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["adopted_on"]
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")

    def __str__(self):
        return _("Resolution %(symbol)s") % {"symbol": self.symbol}


class Letter(models.Model):
    """A letter from the Secretary-General to all Permanent Representatives."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    sent_on = models.DateField(
        _("sent"), help_text=_("The report gives the month only; the first of the month is stored.")
    )
    sent_precision = models.CharField(
        _("sent precision"), max_length=5, choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
    )
    mandate = models.ForeignKey(
        Resolution, models.PROTECT, related_name="letters", verbose_name=_("mandate")
    )
    purpose = long_text(_("purpose"), blank=True)
    # What the letter asked, as the relative clause a note verbale quotes after "his letter of
    # March 1999," (surveys.followup.reminders): one a language of correspondence.
    purpose_clause = long_text(
        _("purpose, as a clause"), blank=True,
        help_text=_("What the letter asked, as it follows “his letter of March 1999,” in a "
                    "note verbale: “in which he invited Governments to …”."))
    purpose_clause_fr = long_text(
        _("purpose, as a clause, in French"), blank=True,
        help_text=_("As it follows “sa lettre de mars 1999,”: “par laquelle il invitait les "
                    "gouvernements à …”."))
    purpose_clause_es = long_text(
        _("purpose, as a clause, in Spanish"), blank=True,
        help_text=_("As it follows “su carta de marzo de 1999,”: “en la que invitaba a los "
                    "gobiernos a …”."))
    reply_by = models.DateField(
        _("reply by"), null=True, blank=True,
        help_text=_("The date by which the letter asks for a reply, if it names one."),
    )
    paragraph = models.PositiveSmallIntegerField(
        _("paragraph"), null=True, blank=True,
        help_text=_("The paragraph of A/56/167 that mentions it; empty for a later letter."),
    )
    # The reminder policy of the letter's follow-up (surveys.followup.policy).
    reminder_interval_days = models.PositiveSmallIntegerField(
        _("days between two reminders"), default=14,
        help_text=_("A mission is not reminded again sooner without a stated reason."))
    reminder_max_count = models.PositiveSmallIntegerField(
        _("most reminders to one mission"), default=3,
        help_text=_("Past this many reminders, another needs a stated reason."))

    objects = LetterQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["sent_on"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")

    def __str__(self):
        # "Letter of April 1997": in French "Lettre d'avril 1997", "Lettre du 3 mars 2003"
        return _("Letter %(of_date)s") % {"of_date": of_date(self.sent_on, self.sent_precision)}

    def get_absolute_url(self):
        return reverse("surveys:letter_detail", args=[self.number])

    @property
    def sent_label(self) -> str:
        return format_date(self.sent_on, self.sent_precision)

    def clean(self):
        if self.reply_by and self.sent_on and self.reply_by < self.sent_on:
            raise ValidationError({"reply_by": _(
                "The reply-by date cannot come before the letter was sent.")})


class Report(models.Model):
    """A report of the Secretary-General that summarised the replies received by its cutoff."""

    symbol = models.CharField(_("symbol"), max_length=20, unique=True)
    slug = models.SlugField(
        _("address"), max_length=20, unique=True, blank=True,
        help_text=_("The symbol as it appears in addresses (A-56-167); filled in from the "
                    "symbol when left empty."),
    )
    title = models.CharField(_("title"), max_length=300)
    issued_on = models.DateField(_("issued"))
    issued_precision = models.CharField(
        _("issued precision"), max_length=5, choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    mandate = models.ForeignKey(
        Resolution, models.PROTECT, related_name="reports", verbose_name=_("mandate")
    )
    letters = models.ManyToManyField(Letter, related_name="reports", verbose_name=_("letters"))
    cutoff_on = models.DateField(
        _("cutoff"), help_text=_("Replies received on or before this date are counted.")
    )
    cutoff_note = long_text(_("how the cutoff is known"), blank=True)
    cutoff_is_assumed = models.BooleanField(
        _("cutoff assumed"), default=False,
        help_text=_("The report publishes no cutoff and this date is an assumption: it is "
                    "printed with \"assumed\" wherever it appears."))
    denominator = models.PositiveSmallIntegerField(
        _("membership denominator"),
        help_text=_("The membership the report's shares are taken of, as published."),
    )
    denominator_on = models.DateField(
        _("denominator date"), help_text=_("The date on which the membership had that size.")
    )
    denominator_note = long_text(_("how the denominator is known"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    # The first page of a UN document: "Fifty-sixth session", "Item 113 of the preliminary
    # list". Empty where the sources do not give them; a draft then leaves a blank to fill.
    session = models.CharField(_("session"), max_length=100, blank=True,
                               validators=[single_line])
    agenda_item = models.CharField(_("agenda item"), max_length=200, blank=True,
                                   validators=[single_line])

    objects = ReportQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["issued_on"]
        # The reports are ordered, and each one's predecessor found, by the issue date: the
        # summaries' grouped queries look it up once a reply counted (surveys.querysets).
        indexes = [models.Index(fields=["issued_on"], name="surveys_report_issued_on")]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return self.symbol

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.slug_for(self.symbol)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("surveys:report_detail", args=[self.slug])

    @staticmethod
    def slug_for(symbol: str) -> str:
        """The address of a symbol: A/56/167 is A-56-167."""
        return symbol.strip().replace("/", "-")

    @property
    def issued_label(self) -> str:
        return format_date(self.issued_on, self.issued_precision)

    @property
    def cutoff_label(self) -> str:
        """The cutoff as every page, export, command and draft prints it: "31 July 1997
        (assumed)" when the report publishes none (``cutoff_is_assumed``)."""
        label = format_date(self.cutoff_on, DatePrecision.DAY)
        if self.cutoff_is_assumed:
            return _("%(date)s (assumed)") % {"date": label}
        return label

    def previous(self):
        return Report.objects.filter(issued_on__lt=self.issued_on).order_by("-issued_on").first()
