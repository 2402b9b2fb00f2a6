"""The bodies, agencies and organizations of section III, under the report's headings A to E."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text
from core.i18n import ReaderLanguageName
from organizations.querysets import OrganizationQuerySet


class Group(models.TextChoices):
    """The report's headings A to E of section III; the letter sorts them in its order."""

    SECRETARIAT = "A", _("United Nations Secretariat")
    REGIONAL_COMMISSIONS = "B", _("United Nations regional commissions")
    CDP = "C", _("Committee for Development Policy")
    UN_SYSTEM = "D", _("Other organizations within the United Nations system")
    OUTSIDE = "E", _("Organizations outside the United Nations system")


class Organization(ReaderLanguageName, models.Model):
    """A body, agency or organization the report names in section III."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    name_fr = models.CharField(
        _("French name"), max_length=200, blank=True,
        help_text=_("As the French version of the report gives it; empty, the English name "
                    "is shown to French readers."),
    )
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
    description = long_text(_("what the report states of it"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))

    objects = OrganizationQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["group", "order"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.acronym or self.reader_name

    def get_absolute_url(self):
        return reverse("organizations:organization_detail", args=[self.slug])

    @property
    def label(self) -> str:
        return f"{self.reader_name} ({self.acronym})" if self.acronym else self.reader_name

    def clean(self):
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organization cannot belong to itself.")})
