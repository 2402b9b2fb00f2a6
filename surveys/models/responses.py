"""Governments' responses: the stance and the coded views of each reply (paras 9-16)."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text
from surveys.models.governments import Government
from surveys.models.letters import Letter
from surveys.querysets import ResponseQuerySet
from surveys.validation import validate_response


class Stance(models.TextChoices):
    IN_FAVOUR = "in_favour", _("In favour")
    RESERVATIONS = "reservations", _("Reservations")
    PARTIAL_SUPPORT = "partial_support", _("Partial support")

class Topic(models.Model):
    """A question of the codebook (paras 10-16), counted within one stance group."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=100)
    counted_within = models.CharField(
        _("counted within"), max_length=20, choices=Stance.choices,
        help_text=_("The group of Governments the report counts this topic in."),
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]

    def __str__(self):
        return self.name


class Code(models.Model):
    """One coded view within a topic, e.g. 'technical and analytical' for the nature."""

    topic = models.ForeignKey(Topic, models.PROTECT, related_name="codes")
    slug = models.SlugField()
    label = models.CharField(_("label"), max_length=200)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["topic__order", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "slug"], name="unique_code_per_topic",
                violation_error_message=_("This topic already has a code with this slug."),
            )
        ]

    def __str__(self):
        return f"{self.topic.name}: {self.label}"


class Response(models.Model):
    """A Government's reply to one letter."""

    government = models.ForeignKey(
        Government, models.PROTECT, related_name="responses", verbose_name=_("Government")
    )
    letter = models.ForeignKey(
        Letter, models.PROTECT, related_name="responses", verbose_name=_("letter")
    )
    received_on = models.DateField(_("date received"))
    stance = models.CharField(_("stance"), max_length=20, choices=Stance.choices)
    codes = models.ManyToManyField(
        Code, related_name="responses", blank=True, verbose_name=_("coded views")
    )
    summary = long_text(
        _("summary"), blank=True, help_text=_("The reply's views, in words.")
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_illustrative = models.BooleanField(
        _("illustrative"), default=False,
        help_text=_(
            "Made up to reproduce the published counts; no public source says who replied."
        ),
    )

    objects = ResponseQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[codes])

    class Meta:
        ordering = ["letter__sent_on", "government__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["government", "letter"], name="one_response_per_letter",
                violation_error_message=_("This Government already has a response to this letter."),
            )
        ]

    def __str__(self):
        return f"{self.government} — {self.letter}"

    def get_absolute_url(self):
        return reverse("surveys:response_detail", args=[self.pk])

    def clean(self):
        validate_response(self)
