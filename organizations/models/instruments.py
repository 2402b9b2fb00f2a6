"""The international instruments the organizations promote, their status over time, and the
possible mechanisms of paras 56-63."""
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.dates import DatePrecision, format_date, precision_errors
from core.fields import long_text
from organizations.models.organizations import Organization
from organizations.querysets import InstrumentQuerySet


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
        verbose_name_plural = _("instruments")

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

    instrument = models.ForeignKey(Instrument, models.CASCADE, related_name="statuses",
                                   verbose_name=_("instrument"))
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
    summary = long_text(_("summary"))
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
        verbose_name_plural = _("possible mechanisms")

    def __str__(self):
        return self.title
