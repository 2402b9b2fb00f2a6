"""Governments: the United Nations Member State seats the letters went to."""
import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.fields import long_text
from core.i18n import ReaderLanguageName
from surveys.querysets import GovernmentQuerySet
from surveys.validation import validate_membership_dates


class DevelopmentGroup(models.TextChoices):
    MORE = "more developed", _("More developed")
    LESS = "less developed", _("Less developed")


# The UN M49 areas (https://unstats.un.org/unsd/methodology/m49/), stored by their English
# names, which filters, groupings and addresses use; their French M49 names are the French
# catalogue's (msgctxt "UN M49 area"), so that one place, the catalogue, holds every translation.
class Region(models.TextChoices):
    AFRICA = "Africa", pgettext_lazy("UN M49 area", "Africa")
    AMERICAS = "Americas", pgettext_lazy("UN M49 area", "Americas")
    ASIA = "Asia", pgettext_lazy("UN M49 area", "Asia")
    EUROPE = "Europe", pgettext_lazy("UN M49 area", "Europe")
    OCEANIA = "Oceania", pgettext_lazy("UN M49 area", "Oceania")


class SubRegion(models.TextChoices):
    NORTHERN_AFRICA = "Northern Africa", pgettext_lazy("UN M49 area", "Northern Africa")
    SUB_SAHARAN_AFRICA = "Sub-Saharan Africa", pgettext_lazy("UN M49 area", "Sub-Saharan Africa")
    LATIN_AMERICA_AND_THE_CARIBBEAN = "Latin America and the Caribbean", pgettext_lazy(
        "UN M49 area", "Latin America and the Caribbean")
    NORTHERN_AMERICA = "Northern America", pgettext_lazy("UN M49 area", "Northern America")
    CENTRAL_ASIA = "Central Asia", pgettext_lazy("UN M49 area", "Central Asia")
    EASTERN_ASIA = "Eastern Asia", pgettext_lazy("UN M49 area", "Eastern Asia")
    SOUTH_EASTERN_ASIA = "South-eastern Asia", pgettext_lazy("UN M49 area", "South-eastern Asia")
    SOUTHERN_ASIA = "Southern Asia", pgettext_lazy("UN M49 area", "Southern Asia")
    WESTERN_ASIA = "Western Asia", pgettext_lazy("UN M49 area", "Western Asia")
    EASTERN_EUROPE = "Eastern Europe", pgettext_lazy("UN M49 area", "Eastern Europe")
    NORTHERN_EUROPE = "Northern Europe", pgettext_lazy("UN M49 area", "Northern Europe")
    SOUTHERN_EUROPE = "Southern Europe", pgettext_lazy("UN M49 area", "Southern Europe")
    WESTERN_EUROPE = "Western Europe", pgettext_lazy("UN M49 area", "Western Europe")
    AUSTRALIA_AND_NEW_ZEALAND = "Australia and New Zealand", pgettext_lazy(
        "UN M49 area", "Australia and New Zealand")
    MELANESIA = "Melanesia", pgettext_lazy("UN M49 area", "Melanesia")
    MICRONESIA = "Micronesia", pgettext_lazy("UN M49 area", "Micronesia")
    POLYNESIA = "Polynesia", pgettext_lazy("UN M49 area", "Polynesia")


class IntermediateRegion(models.TextChoices):
    EASTERN_AFRICA = "Eastern Africa", pgettext_lazy("UN M49 area", "Eastern Africa")
    MIDDLE_AFRICA = "Middle Africa", pgettext_lazy("UN M49 area", "Middle Africa")
    SOUTHERN_AFRICA = "Southern Africa", pgettext_lazy("UN M49 area", "Southern Africa")
    WESTERN_AFRICA = "Western Africa", pgettext_lazy("UN M49 area", "Western Africa")
    CARIBBEAN = "Caribbean", pgettext_lazy("UN M49 area", "Caribbean")
    CENTRAL_AMERICA = "Central America", pgettext_lazy("UN M49 area", "Central America")
    SOUTH_AMERICA = "South America", pgettext_lazy("UN M49 area", "South America")
    CHANNEL_ISLANDS = "Channel Islands", pgettext_lazy("UN M49 area", "Channel Islands")


AREA_LABELS = {value: label for choices in (Region, SubRegion, IntermediateRegion, DevelopmentGroup)
               for value, label in choices.choices}


def area_label(value: str) -> str:
    """An M49 area or a development group, stored in English, as the reader reads it
    ("Afrique" for "Africa"); a value that is neither is returned as it is."""
    return str(AREA_LABELS.get(value, value))


class Government(ReaderLanguageName, models.Model):
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
    region = models.CharField(_("region"), max_length=50, choices=Region.choices)
    sub_region = models.CharField(_("sub-region"), max_length=80, choices=SubRegion.choices)
    intermediate_region = models.CharField(
        _("intermediate region"), max_length=80, blank=True, choices=IntermediateRegion.choices
    )
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
        return self.reader_name

    def get_absolute_url(self):
        return reverse("surveys:government_detail", args=[self.iso3])

    def clean(self):
        validate_membership_dates(self)

    def is_member_on(self, date: datetime.date) -> bool:
        return self.admitted_on <= date and (self.left_on is None or self.left_on > date)

    # The areas' labels, read from one dict: Django's own get_FOO_display turns every one of
    # a field's choices into text on each call (some 30 translations for a sub-region), and
    # tables and exports call it for every row.
    def get_region_display(self):
        return area_label(self.region)

    def get_sub_region_display(self):
        return area_label(self.sub_region)

    def get_intermediate_region_display(self):
        return area_label(self.intermediate_region)

    def get_development_group_display(self):
        return area_label(self.development_group)
