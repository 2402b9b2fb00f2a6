"""Governments' policies on immigration and emigration over time (paras 3-4)."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from surveys.models.governments import Government
from surveys.querysets import PolicyViewQuerySet


class PolicyFlow(models.TextChoices):
    IMMIGRATION = "immigration", _("Immigration")
    EMIGRATION = "emigration", _("Emigration")


class Policy(models.TextChoices):
    RAISE = "raise", _("Raise")
    MAINTAIN = "maintain", _("Maintain")
    LOWER = "lower", _("Lower")
    NO_INTERVENTION = "no_intervention", _("No intervention")


class PolicyView(models.Model):
    """A Government's policy on immigration or emigration in a year (paras 3-4)."""

    government = models.ForeignKey(Government, models.PROTECT, related_name="policy_views",
                                   verbose_name=_("Government"))
    year = models.PositiveSmallIntegerField(_("year"))
    flow = models.CharField(_("flow"), max_length=12, choices=PolicyFlow.choices)
    policy = models.CharField(_("policy"), max_length=16, choices=Policy.choices)
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_illustrative = models.BooleanField(_("illustrative"), default=False)

    objects = PolicyViewQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["government__name", "flow", "year"]
        verbose_name = _("policy view")
        verbose_name_plural = _("policy views")
        constraints = [
            models.UniqueConstraint(
                fields=["government", "year", "flow"], name="one_policy_view_per_year",
                violation_error_message=_(
                    "This Government already has a policy view on this flow for this year."
                ),
            )
        ]

    def __str__(self):
        return f"{self.government} {self.year}: {self.get_policy_display()} {self.flow}"
