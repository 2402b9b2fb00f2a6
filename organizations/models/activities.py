"""What the organizations did (section III): activities, with dates as the report words them,
and the other organizations that took part."""
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, format_date, precision_errors
from core.fields import long_text
from organizations.models.organizations import Organization
from organizations.querysets import ActivityQuerySet


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
    description = long_text(_("description"), blank=True)
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

    activity = models.ForeignKey(Activity, models.CASCADE, related_name="participations",
                                 verbose_name=_("activity"))
    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="participations",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTNER)

    history = HistoricalRecords()

    class Meta:
        ordering = ["activity", "pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
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
