"""The names of States as correspondence needs them, in each language of correspondence.

Reference data (fixtures/correspondence_names.csv, its sources in fixtures/sources/README.md):
the short name with its article as it stands in a sentence ("la France", "le Tchad", "les
Comores", "Djibouti"; "la Argentina", "el Ecuador", "Chile"; "the Netherlands") and its form
after "of"/"de", contracted or elided as the language requires ("de la France", "du Tchad",
"des Comores", "d'Haïti"; "del Ecuador"; "of the Netherlands"). A name the UN used only for a
time (Zaire until May 1997) has its dates. Where no form is recorded for a State in a
language, a note verbale in that language is refused until a person enters it: the tracker
never builds one.
"""
import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.validators import single_line
from surveys.models.governments import Government
from surveys.models.missions import Language


class CorrespondenceNameQuerySet(models.QuerySet):
    def valid_on(self, day: datetime.date):
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day),
                           Q(valid_until__isnull=True) | Q(valid_until__gte=day))


class CorrespondenceName(models.Model):
    """A State's name in one language of correspondence, for a period or for good."""

    government = models.ForeignKey(
        Government, models.CASCADE, related_name="correspondence_names",
        verbose_name=_("Government"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    short_name = models.CharField(
        _("name in a sentence"), max_length=150, validators=[single_line],
        help_text=_("With its article where the language gives one: “la France”, “le Tchad”, "
                    "“Djibouti”, “el Ecuador”, “the Netherlands”."))
    of_name = models.CharField(
        _("name after “of”"), max_length=160, validators=[single_line],
        help_text=_("As it follows “Permanent Representative”: “of the Netherlands”, “de la "
                    "France”, “du Tchad”, “des Comores”, “d’Haïti”, “del Ecuador”."))
    valid_from = models.DateField(_("used from"), null=True, blank=True)
    valid_until = models.DateField(_("used until"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)

    objects = CorrespondenceNameQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["government__name", "language", "valid_from"]
        verbose_name = _("name in correspondence")
        verbose_name_plural = _("names in correspondence")

    def __str__(self):
        return f"{self.short_name} ({self.get_language_display()})"

    def clean(self):
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("A name cannot stop being used before it starts.")
        bare = self.short_name.strip()
        for article in ("the ", "la ", "le ", "les ", "l'", "l’", "el ", "los ", "las "):
            if bare.startswith(article) and bare[len(article):].strip():
                bare = bare[len(article):]
                break
        if bare and bare not in self.of_name:
            errors["of_name"] = _("This form does not hold the name “%(name)s”.") % {
                "name": bare}
        if errors:
            raise ValidationError(errors)
