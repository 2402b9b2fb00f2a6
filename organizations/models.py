"""The inventory of sections III and IV of A/56/167: organizations, their activities and
lessons, the international instruments and the possible mechanisms.

Every record cites the paragraph of the report it is taken from.
"""
import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, format_date
from organizations.querysets import (
    ActivityQuerySet,
    InstrumentQuerySet,
    LessonQuerySet,
    OrganizationQuerySet,
)


class Group(models.TextChoices):
    """The report's headings A to E of section III; the letter sorts them in its order."""

    SECRETARIAT = "A", _("United Nations Secretariat")
    REGIONAL_COMMISSIONS = "B", _("United Nations regional commissions")
    CDP = "C", _("Committee for Development Policy")
    UN_SYSTEM = "D", _("Other organizations within the United Nations system")
    OUTSIDE = "E", _("Organizations outside the United Nations system")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("On or in (the dates given)")
    SINCE = "since", _("Since the start")
    BY = "by", _("By the end")
    BY_MID_YEAR = "by_mid_year", _("By the middle of the end year")
    BETWEEN = "between", _("Between the start and the end")


class Kind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    PUBLICATION = "publication", _("Publication")
    DATA = "data", _("Database or data collection")
    PROGRAMME = "programme", _("Programme or project")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical assistance")
    CAMPAIGN = "campaign", _("Campaign")
    RESEARCH = "research", _("Research")
    INSTRUMENT = "instrument", _("Adoption of an instrument")
    MANDATE = "mandate", _("Resolution or mandate")


class Role(models.TextChoices):
    CO_SPONSOR = "co_sponsor", _("Co-sponsor")
    PARTNER = "partner", _("Partner")


class Theme(models.TextChoices):
    POLICY = "policy", _("Migration policy and management")
    REGIONAL_DIALOGUE = "regional_dialogue", _("Regional dialogue")
    DATA = "data", _("Data and statistics")
    POPULATION = "population", _("Population change")
    DEVELOPMENT = "development", _("Development")
    LABOUR = "labour", _("Labour migration")
    INTEGRATION = "integration", _("Integration")
    PROTECTION = "protection", _("Protection")
    TRAFFICKING = "trafficking", _("Trafficking")
    RETURN = "return", _("Return and reintegration")


def format_span(start, start_precision, end, end_precision, qualifier) -> str:
    """The dates of an activity as the report words them: '16 to 18 October 2000',
    'March 2000', 'by mid-2001', 'since 1998', 'between 1997 and 2001'."""
    if qualifier == Qualifier.SINCE and start:
        return gettext("since %(date)s") % {"date": format_date(start, start_precision)}
    if qualifier == Qualifier.BY and end:
        return gettext("by %(date)s") % {"date": format_date(end, end_precision)}
    if qualifier == Qualifier.BY_MID_YEAR and end:
        return gettext("by mid-%(year)s") % {"year": end.year}
    if start is None:
        return ""
    first, last = format_date(start, start_precision), format_date(end, end_precision)
    if qualifier == Qualifier.BETWEEN and end:
        return gettext("between %(start)s and %(end)s") % {"start": first, "end": last}
    if end is None or (end == start and end_precision == start_precision):
        return first
    if start.year == end.year and start_precision == end_precision != DatePrecision.YEAR:
        # Say the shared year (and month) once: '16 to 18 October 2000', 'June to July 2000'.
        same_month = start.month == end.month and start_precision == DatePrecision.DAY
        first = str(start.day) if same_month else first.rsplit(" ", 1)[0]
    return gettext("%(start)s to %(end)s") % {"start": first, "end": last}


def precision_errors(value: datetime.date | None, precision: str, field: str) -> dict:
    """A date known to the month is stored on the 1st, one known to the year on 1 January."""
    if value is None:
        return {}
    if precision == DatePrecision.MONTH and value.day != 1:
        return {field: _("Only the month is known: store the date on the 1st of the month.")}
    if precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
        return {field: _("Only the year is known: store the date on 1 January.")}
    return {}


class Organization(models.Model):
    """A body, agency or organization the report names in section III."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    group = models.CharField(_("group"), max_length=1, choices=Group.choices)
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True, related_name="bodies",
        verbose_name=_("belongs to"),
    )
    inventory_order = models.PositiveSmallIntegerField(
        _("place in the inventory"), null=True, blank=True, unique=True,
        help_text=_(
            "Its position among the entries of section III; empty for a body described under "
            "its parent or an organization named only as a partner."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    established_year = models.PositiveSmallIntegerField(
        _("year established"), null=True, blank=True
    )
    established_wording = models.CharField(
        _("as the report states its establishment"), max_length=200, blank=True
    )
    member_states = models.PositiveSmallIntegerField(_("member States"), null=True, blank=True)
    observers = models.PositiveSmallIntegerField(_("observers"), null=True, blank=True)
    experts = models.PositiveSmallIntegerField(_("independent experts"), null=True, blank=True)
    membership_wording = models.CharField(
        _("membership as the report states it"), max_length=300, blank=True
    )
    headquarters = models.CharField(_("headquarters"), max_length=100, blank=True)
    description = models.TextField(_("what the report states of it"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = OrganizationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["group", "order"]
        verbose_name = _("organization")

    def __str__(self):
        return self.acronym or self.name

    def get_absolute_url(self):
        return reverse("organizations:organization_detail", args=[self.slug])

    @property
    def label(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def clean(self):
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organization cannot belong to itself.")})


class Activity(models.Model):
    """Something an organization did, with the dates as far as the report gives them."""

    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="activities",
        verbose_name=_("lead organization"),
        help_text=_("The organization under whose entry the report describes it."),
    )
    partners = models.ManyToManyField(
        Organization, through="Participation", related_name="joint_activities", blank=True,
        verbose_name=_("other organizations taking part"),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    start = models.DateField(_("start"), null=True, blank=True)
    start_precision = models.CharField(
        _("start known to the"), max_length=5, choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    end = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(
        _("end known to the"), max_length=5, choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    qualifier = models.CharField(
        _("how the dates are worded"), max_length=12, choices=Qualifier.choices,
        default=Qualifier.EXACT,
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = ActivityQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["paragraph", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.title

    @property
    def when(self) -> str:
        return format_span(
            self.start, self.start_precision, self.end, self.end_precision, self.qualifier
        )

    def clean(self):
        errors = precision_errors(self.start, self.start_precision, "start")
        if self.qualifier != Qualifier.BY_MID_YEAR:  # mid-year is stored on 1 July
            errors.update(precision_errors(self.end, self.end_precision, "end"))
        if self.start and self.end and self.end < self.start and "end" not in errors:
            errors["end"] = _("The end cannot be before the start.")
        errors.update(self.qualifier_errors())
        if errors:
            raise ValidationError(errors)

    def qualifier_errors(self) -> dict:
        """Each wording needs its dates: 'since' a start, 'by' an end, 'between' both."""
        if self.qualifier == Qualifier.SINCE and (not self.start or self.end):
            return {"qualifier": _("'Since' needs a start and no end.")}
        if self.qualifier in (Qualifier.BY, Qualifier.BY_MID_YEAR) and not self.end:
            return {"end": _("'By' needs an end date.")}
        if self.qualifier == Qualifier.BY_MID_YEAR and (
            (self.end.month, self.end.day) != (7, 1) or self.end_precision != DatePrecision.YEAR
        ):
            return {"end": _("'By mid-year' is stored on 1 July, with the year as precision.")}
        if self.qualifier == Qualifier.BETWEEN and not (self.start and self.end):
            return {"qualifier": _("'Between' needs both a start and an end.")}
        if self.qualifier == Qualifier.EXACT and self.end and not self.start:
            return {"start": _("An end without a start needs the wording 'by'.")}
        return {}


class Participation(models.Model):
    """Another organization's part in an activity led by one organization."""

    activity = models.ForeignKey(Activity, models.CASCADE, related_name="participations")
    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="participations",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTNER)

    history = HistoricalRecords()

    class Meta:
        ordering = ["activity", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "organization"], name="one_participation_per_organization",
                violation_error_message=_("This organization already takes part in this activity."),
            )
        ]

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"

    def clean(self):
        if self.activity_id and self.organization_id == self.activity.organization_id:
            raise ValidationError(
                {"organization": _("The lead organization is already recorded on the activity.")}
            )


class Lesson(models.Model):
    """A lesson on migration management an organization drew from its work."""

    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="lessons", verbose_name=_("organization")
    )
    text = models.TextField(_("lesson"))
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = LessonQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["paragraph", "pk"]
        verbose_name = _("lesson")

    def __str__(self):
        return f"{self.organization}: {self.text[:60]}"


class Relevance(models.TextChoices):
    DIRECT = "direct", _("Directly related to international migration")
    INDIRECT = "indirect", _("Indirect relevance, potential importance")


class Instrument(models.Model):
    """An international instrument whose ratification the report promotes."""

    title = models.CharField(_("title"), max_length=300, unique=True)
    short_title = models.CharField(_("short title"), max_length=100)
    adopting_body = models.CharField(_("adopted by"), max_length=200, blank=True)
    resolution = models.CharField(_("resolution"), max_length=100, blank=True)
    adopted_on = models.DateField(_("adopted"), null=True, blank=True)
    adopted_precision = models.CharField(
        _("adoption known to the"), max_length=5, choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    entry_into_force_condition = models.CharField(
        _("condition for entry into force"), max_length=300, blank=True
    )
    parties_required = models.PositiveSmallIntegerField(
        _("States needed for entry into force"), null=True, blank=True
    )
    relevance = models.CharField(
        _("relevance"), max_length=10, choices=Relevance.choices, default=Relevance.DIRECT
    )
    organization = models.ForeignKey(
        Organization, models.PROTECT, null=True, blank=True, related_name="instruments",
        verbose_name=_("described under"),
    )
    reference = models.CharField(_("reference"), max_length=200, blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = InstrumentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = _("instrument")

    def __str__(self):
        return self.short_title

    @property
    def adopted_label(self) -> str:
        return format_date(self.adopted_on, self.adopted_precision)

    def clean(self):
        errors = precision_errors(self.adopted_on, self.adopted_precision, "adopted_on")
        if errors:
            raise ValidationError(errors)


class InstrumentStatus(models.Model):
    """What the report states of an instrument's signatures, parties or force on a date."""

    instrument = models.ForeignKey(Instrument, models.CASCADE, related_name="statuses")
    as_of = models.DateField(_("as of"))
    signatories = models.PositiveSmallIntegerField(_("signatories"), null=True, blank=True)
    parties = models.PositiveSmallIntegerField(_("parties"), null=True, blank=True)
    in_force = models.BooleanField(_("in force"), null=True, blank=True)
    open_for_signature = models.BooleanField(_("open for signature"), default=False)
    note = models.CharField(_("note"), max_length=300, blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["instrument", "as_of"]
        verbose_name = _("status of an instrument")
        verbose_name_plural = _("statuses of instruments")
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "as_of"], name="one_status_per_instrument_and_date",
                violation_error_message=_("This instrument already has a status on this date."),
            )
        ]

    def __str__(self):
        return f"{self.instrument} {self.as_of}"


class Mechanism(models.Model):
    """A possible mechanism of section IV for the United Nations system."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    organizations = models.ManyToManyField(
        Organization, related_name="mechanisms", blank=True, verbose_name=_("organizations named")
    )
    instruments = models.ManyToManyField(
        Instrument, related_name="mechanisms", blank=True, verbose_name=_("instruments named")
    )

    history = HistoricalRecords(m2m_fields=[organizations, instruments])

    class Meta:
        ordering = ["number"]
        verbose_name = _("possible mechanism")

    def __str__(self):
        return self.title
