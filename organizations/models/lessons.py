"""The lessons the organizations drew (section IV), by theme."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text
from organizations.models.organizations import Organization


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


class Lesson(models.Model):
    """A lesson on migration management an organization drew from its work."""

    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="lessons", verbose_name=_("organization")
    )
    text = long_text(_("lesson"))
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["paragraph", "pk"]
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self):
        return f"{self.organization}: {self.text[:60]}"
