"""The Permanent Missions the letters and reminders are addressed to."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from surveys.models.governments import Government


class Language(models.TextChoices):
    """The languages of correspondence of the secretariat with the missions."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")


class PermanentMission(models.Model):
    """A Government's Permanent Mission to the United Nations in New York."""

    government = models.OneToOneField(
        Government, models.PROTECT, related_name="mission", verbose_name=_("Government")
    )
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"), max_length=1000, blank=True)
    email = models.EmailField(_("email"), blank=True)
    telephone = models.CharField(_("telephone"), max_length=40, blank=True)
    representative = models.CharField(_("Permanent Representative"), max_length=200, blank=True)
    representative_title = models.CharField(
        _("title of the Permanent Representative"), max_length=200, blank=True,
        help_text=_("As it opens a note verbale, e.g. “His Excellency”."),
    )
    language = models.CharField(
        _("language of correspondence"), max_length=2, choices=Language.choices,
        default=Language.ENGLISH,
    )
    is_illustrative = models.BooleanField(
        _("illustrative"), default=False,
        help_text=_("Made up for the demonstration: not the mission's real address or staff."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["government__name"]
        verbose_name = _("Permanent Mission")
        verbose_name_plural = _("Permanent Missions")

    def __str__(self):
        return self.name
