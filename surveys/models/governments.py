"""Governments: the United Nations Member State seats the letters went to."""
import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text
from surveys.querysets import GovernmentQuerySet
from surveys.validation import validate_membership_dates


class DevelopmentGroup(models.TextChoices):
    MORE = "more developed", _("More developed")
    LESS = "less developed", _("Less developed")

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
    notes = long_text(_("notes"), blank=True)

    objects = GovernmentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Government")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("surveys:government_detail", args=[self.iso3])

    def clean(self):
        validate_membership_dates(self)

    def is_member_on(self, date: datetime.date) -> bool:
        return self.admitted_on <= date and (self.left_on is None or self.left_on > date)
