"""The survey records: Governments, the letters sent to them, their responses and the reports.

Paragraph numbers refer to the Secretary-General's report A/56/167 (3 July 2001).
"""
import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, format_date
from surveys.querysets import (
    GovernmentQuerySet,
    LetterQuerySet,
    PolicyViewQuerySet,
    ReportQuerySet,
    ResponseQuerySet,
)
from surveys.validation import validate_response


class DevelopmentGroup(models.TextChoices):
    MORE = "more developed", _("More developed")
    LESS = "less developed", _("Less developed")


class Stance(models.TextChoices):
    IN_FAVOUR = "in_favour", _("In favour")
    RESERVATIONS = "reservations", _("Reservations")
    PARTIAL_SUPPORT = "partial_support", _("Partial support")


class Government(models.Model):
    """A United Nations Member State seat (reference data: shared/data/un_member_states.csv)."""

    iso3 = models.CharField(_("ISO code"), max_length=3, unique=True)
    m49 = models.CharField(_("M49 code"), max_length=3)
    name = models.CharField(_("name"), max_length=100, unique=True)
    name_fr = models.CharField(_("French name"), max_length=100, blank=True)
    admitted_on = models.DateField(_("Member since"))
    left_on = models.DateField(
        _("counted until"), null=True, blank=True,
        help_text=_("The date the seat stopped counting in the membership (former Yugoslavia)."),
    )
    region = models.CharField(_("region"), max_length=50)
    sub_region = models.CharField(_("sub-region"), max_length=80)
    intermediate_region = models.CharField(_("intermediate region"), max_length=80, blank=True)
    development_group = models.CharField(
        _("development group"), max_length=20, choices=DevelopmentGroup.choices
    )
    least_developed_today = models.BooleanField(_("least developed today"), default=False)
    notes = models.TextField(_("notes"), blank=True)

    objects = GovernmentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Government")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("surveys:government_detail", args=[self.iso3])

    def is_member_on(self, date: datetime.date) -> bool:
        return self.admitted_on <= date and (self.left_on is None or self.left_on > date)


class Resolution(models.Model):
    """A General Assembly resolution that mandated a letter or a report."""

    symbol = models.CharField(_("symbol"), max_length=30, unique=True)
    adopted_on = models.DateField(_("adopted on"))
    title = models.CharField(_("title"), max_length=300)
    paragraph = models.PositiveSmallIntegerField(
        _("paragraph"), help_text=_("Paragraph of A/56/167.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["adopted_on"]

    def __str__(self):
        return f"Resolution {self.symbol}"


class Letter(models.Model):
    """A letter from the Secretary-General to all Permanent Representatives."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    sent_on = models.DateField(
        _("sent"), help_text=_("The report gives the month only; the first of the month is stored.")
    )
    sent_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.MONTH
    )
    mandate = models.ForeignKey(
        Resolution, models.PROTECT, related_name="letters", verbose_name=_("mandate")
    )
    purpose = models.TextField(_("purpose"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = LetterQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["sent_on"]

    def __str__(self):
        return _("Letter of %(date)s") % {"date": self.sent_label}

    def get_absolute_url(self):
        return reverse("surveys:letter_detail", args=[self.number])

    @property
    def sent_label(self) -> str:
        return format_date(self.sent_on, self.sent_precision)

    def recipients(self):
        """The Members on the date the letter was sent: all Permanent Representatives."""
        return Government.objects.recipients_of(self)


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
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    mandate = models.ForeignKey(
        Resolution, models.PROTECT, related_name="reports", verbose_name=_("mandate")
    )
    letters = models.ManyToManyField(Letter, related_name="reports", verbose_name=_("letters"))
    cutoff_on = models.DateField(
        _("cutoff"), help_text=_("Replies received on or before this date are counted.")
    )
    cutoff_note = models.TextField(_("how the cutoff is known"), blank=True)
    denominator = models.PositiveSmallIntegerField(
        _("membership denominator"),
        help_text=_("The membership the report's shares are taken of, as published."),
    )
    denominator_on = models.DateField(
        _("denominator date"), help_text=_("The date on which the membership had that size.")
    )
    denominator_note = models.TextField(_("how the denominator is known"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = ReportQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["issued_on"]

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

    def previous(self):
        return Report.objects.filter(issued_on__lt=self.issued_on).order_by("-issued_on").first()


class Topic(models.Model):
    """A question of the codebook (paras 10-16), counted within one stance group."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=100)
    counted_within = models.CharField(
        _("counted within"), max_length=20, choices=Stance.choices,
        help_text=_("The group of Governments the report counts this topic in."),
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]

    def __str__(self):
        return self.name


class Code(models.Model):
    """One coded view within a topic, e.g. 'technical and analytical' for the nature."""

    topic = models.ForeignKey(Topic, models.PROTECT, related_name="codes")
    slug = models.SlugField()
    label = models.CharField(_("label"), max_length=200)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["topic__order", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "slug"], name="unique_code_per_topic",
                violation_error_message=_("This topic already has a code with this slug."),
            )
        ]

    def __str__(self):
        return f"{self.topic.name}: {self.label}"


class Response(models.Model):
    """A Government's reply to one letter."""

    government = models.ForeignKey(
        Government, models.PROTECT, related_name="responses", verbose_name=_("Government")
    )
    letter = models.ForeignKey(
        Letter, models.PROTECT, related_name="responses", verbose_name=_("letter")
    )
    received_on = models.DateField(_("date received"))
    stance = models.CharField(_("stance"), max_length=20, choices=Stance.choices)
    codes = models.ManyToManyField(
        Code, related_name="responses", blank=True, verbose_name=_("coded views")
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("The reply's views, in words.")
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"), default=False,
        help_text=_(
            "Made up to reproduce the published counts; no public source says who replied."
        ),
    )

    objects = ResponseQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[codes])

    class Meta:
        ordering = ["letter__sent_on", "government__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "letter"], name="one_response_per_letter",
                violation_error_message=_("This Government already has a response to this letter."),
            )
        ]

    def __str__(self):
        return f"{self.government} — {self.letter}"

    def get_absolute_url(self):
        return reverse("surveys:response_detail", args=[self.pk])

    def clean(self):
        validate_response(self)


class PolicyFlow(models.TextChoices):
    IMMIGRATION = "immigration", _("Immigration")
    EMIGRATION = "emigration", _("Emigration")


class Policy(models.TextChoices):
    RAISE = "raise", _("Raise")
    MAINTAIN = "maintain", _("Maintain")
    LOWER = "lower", _("Lower")
    NO_INTERVENTION = "no_intervention", _("No intervention")


class PolicyView(models.Model):
    """A Government's policy on immigration or emigration in a year (paras 3-4)."""

    government = models.ForeignKey(Government, models.PROTECT, related_name="policy_views")
    year = models.PositiveSmallIntegerField(_("year"))
    flow = models.CharField(_("flow"), max_length=12, choices=PolicyFlow.choices)
    policy = models.CharField(_("policy"), max_length=16, choices=Policy.choices)
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    objects = PolicyViewQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["government__name", "flow", "year"]
        verbose_name = _("policy view")
        constraints = [
            models.UniqueConstraint(
                fields=["government", "year", "flow"], name="one_policy_view_per_year",
                violation_error_message=_(
                    "This Government already has a policy view on this flow for this year."
                ),
            )
        ]

    def __str__(self):
        return f"{self.government} {self.year}: {self.get_policy_display()} {self.flow}"


class Measure(models.TextChoices):
    """What a published figure measures; surveys.reports computes each one."""

    LETTERS_SENT = "letters_sent", _("Letters sent")
    RESPONDENTS = "respondents", _("Governments that replied")
    NEW_RESPONDENTS = "new_respondents", _("Governments the previous report did not count")
    NON_RESPONDENTS = "non_respondents", _("Governments that never replied")
    MEMBERSHIP_SHARE = "membership_share", _("Share of the membership (per cent)")
    LETTER_RESPONSES = "letter_responses", _("Replies to one letter")
    STANCE_COUNT = "stance_count", _("Governments of one stance")
    STANCE_SHARE = "stance_share", _("Quantifier: one stance among the respondents")
    TOPIC_COMMENTING = "topic_commenting", _("Governments that commented on a topic")
    CODE_SHARE = "code_share", _("Quantifier: one coded view within its group")
    MOST_FREQUENT = "most_frequent", _("The view most frequently mentioned on a topic")
    POLICY_PERCENT = "policy_percent", _("Percentage of countries with a policy")


class PublishedFigure(models.Model):
    """A figure the report states, which the computed figure is checked against.

    ``measure`` says what is computed (surveys.summary.reconciliation.check_figure);
    ``letter``, ``stance``, ``topic``, ``code``, ``among``, ``year``, ``flow`` and
    ``policies`` say of what. A count
    is published as ``value``; a quantifier ("the majority") as ``wording``.
    """

    class Among(models.TextChoices):
        STANCE_GROUP = "stance_group", _("the Governments of the topic's stance")
        COMMENTING = "commenting", _("those of them that commented on the topic")
        RESPONDENTS = "respondents", _("all responding Governments")

    report = models.ForeignKey(Report, models.CASCADE, related_name="published_figures")
    stated_in = models.ForeignKey(
        Report, models.PROTECT, related_name="+", verbose_name=_("stated in")
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    key = models.SlugField(max_length=80)
    label = models.CharField(_("label"), max_length=200)
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices)
    value = models.IntegerField(_("value"), null=True, blank=True)
    wording = models.CharField(_("wording"), max_length=100, blank=True)
    letter = models.ForeignKey(Letter, models.PROTECT, null=True, blank=True, related_name="+")
    code = models.ForeignKey(Code, models.PROTECT, null=True, blank=True, related_name="+")
    topic = models.ForeignKey(Topic, models.PROTECT, null=True, blank=True, related_name="+")
    stance = models.CharField(max_length=20, choices=Stance.choices, blank=True)
    among = models.CharField(max_length=16, choices=Among.choices, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    flow = models.CharField(max_length=12, choices=PolicyFlow.choices, blank=True)
    policies = models.CharField(max_length=60, blank=True, help_text=_("Comma-separated policies."))
    quote = models.TextField(_("quote"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["report__issued_on", "paragraph", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "key"], name="unique_figure_key_per_report",
                violation_error_message=_("This report already has a figure with this key."),
            )
        ]

    def __str__(self):
        return f"{self.report} para {self.paragraph}: {self.label}"

    @property
    def published(self) -> str:
        return self.wording or str(self.value)
