"""The Permanent Missions the letters and reminders are addressed to."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.validators import single_line
from surveys.models.governments import Government


class Language(models.TextChoices):
    """The languages of correspondence of the secretariat with the missions."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")


class PermanentMission(models.Model):
    """A Government's Permanent Mission to the United Nations in New York. The
    Representative's name and title and the addressee lines are merge fields of the
    reminders, and so may reach an email's subject: each is one line, as is the name."""

    government = models.OneToOneField(
        Government, models.PROTECT, related_name="mission", verbose_name=_("Government")
    )
    name = models.CharField(_("name"), max_length=200, validators=[single_line])
    address = models.TextField(_("address"), max_length=1000, blank=True)
    email = models.EmailField(_("email"), blank=True)
    telephone = models.CharField(_("telephone"), max_length=40, blank=True)
    representative = models.CharField(_("Permanent Representative"), max_length=200, blank=True,
                                      validators=[single_line])
    representative_title = models.CharField(
        _("title of the Permanent Representative"), max_length=200, blank=True,
        validators=[single_line],
        help_text=_("As it opens a note verbale, e.g. “His Excellency”."),
    )
    # The line a note verbale is addressed to, in each language of correspondence: filled in
    # from the State's names in correspondence when left empty, editable (a Représentante).
    addressee_en = models.CharField(
        _("addressee in English"), max_length=300, blank=True, validators=[single_line],
        help_text=_("“Permanent Representative of France to the United Nations”; filled in "
                    "from the State's names in correspondence when left empty."))
    addressee_fr = models.CharField(
        _("addressee in French"), max_length=300, blank=True, validators=[single_line],
        help_text=_("“Représentant permanent de la France auprès de l'Organisation des "
                    "Nations Unies”."))
    addressee_es = models.CharField(
        _("addressee in Spanish"), max_length=300, blank=True, validators=[single_line],
        help_text=_("“Representante Permanente de Francia ante las Naciones Unidas”."))
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

    def save(self, *args, **kwargs):
        self.fill_addressees()
        super().save(*args, **kwargs)

    def addressee(self, language: str) -> str:
        return getattr(self, f"addressee_{language}", "")

    def fill_addressees(self, on=None) -> None:
        """Each empty addressee line, from the State's name in correspondence in use on
        ``on`` (today by default); a language without a recorded name stays empty."""
        from django.utils import timezone

        from surveys.correspondence import addressee_line
        from surveys.models.correspondence import CorrespondenceName

        empty = [code for code in Language.values if not self.addressee(code)]
        if not empty or not self.government_id:
            return
        names = CorrespondenceName.objects.filter(
            government_id=self.government_id, language__in=empty).valid_on(
            on or timezone.localdate())
        for name in names:
            setattr(self, f"addressee_{name.language}",
                    addressee_line(name.language, name.of_name))
