"""Governments' responses: the stance and the coded views of each reply (paras 9-16)."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text
from surveys.models.governments import Government
from surveys.models.letters import Letter
from surveys.querysets import ResponseQuerySet
from surveys.record_texts import record_text
from surveys.validation import validate_response


class Stance(models.TextChoices):
    IN_FAVOUR = "in_favour", _("In favour")
    RESERVATIONS = "reservations", _("Reservations")
    PARTIAL_SUPPORT = "partial_support", _("Partial support")

class SharesAmong(models.TextChoices):
    """Which Governments a topic's quantifiers are shares of (paras 10-16)."""

    GROUP = "group", _("the Governments of the topic's stance")
    COMMENTING = "commenting", _("those of them that commented on the topic")


class CodeOrigin(models.TextChoices):
    REPORT = "report", _("Named by the report")
    ADDED = "added", _("Added by the project for coding")


class Topic(models.Model):
    """A question of the codebook (paras 10-17), counted within one stance group.

    ``shares_among`` is the one rule for the base of every quantifier of the topic's codes:
    the summary's tables, its prose and the reconciliation all take shares of it.
    """

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    counted_within = models.CharField(
        _("counted within"), max_length=20, choices=Stance.choices,
        help_text=_("The group of Governments the report counts this topic in."),
    )
    shares_among = models.CharField(
        _("quantifiers are shares of"), max_length=12, choices=SharesAmong.choices,
        default=SharesAmong.GROUP,
        help_text=_("Para 11 counts the types of migrants among the 39 that commented, "
                    "para 12 the preparatory process among those that expressed an opinion."),
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return record_text(self.name)


class Code(models.Model):
    """One coded view within a topic, e.g. 'technical and analytical' for the nature.

    A code the report names is real reference data; a code the project adds (to hold the
    replies the report leaves unquantified) says so and why, and is never shown as the
    report's: the summary's tables and prose use only the codes the report names.
    """

    topic = models.ForeignKey(Topic, models.PROTECT, related_name="codes", verbose_name=_("topic"))
    slug = models.SlugField(_("slug"))
    label = models.CharField(_("label"), max_length=200)
    origin = models.CharField(
        _("origin"), max_length=8, choices=CodeOrigin.choices, default=CodeOrigin.REPORT
    )
    added_because = models.CharField(
        _("why the project added it"), max_length=300, blank=True,
        help_text=_("Required for a code the report does not name."),
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["topic__order", "order"]
        verbose_name = _("code")
        verbose_name_plural = _("codes")
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "slug"], name="unique_code_per_topic",
                violation_error_message=_("This topic already has a code with this slug."),
            )
        ]

    def __str__(self):
        name = _("%(topic)s: %(code)s") % {"topic": self.topic, "code": self.reader_label}
        return marked_code_label(name, self.origin)

    @property
    def reader_label(self) -> str:
        """The label in the reader's language (``surveys.record_texts``)."""
        return record_text(self.label)

    @property
    def is_named_by_report(self) -> bool:
        return self.origin == CodeOrigin.REPORT

    def clean(self):
        if self.origin == CodeOrigin.ADDED and not self.added_because.strip():
            raise ValidationError(
                {"added_because": _("Say why the project adds a code the report does not name.")}
            )
        if self.origin == CodeOrigin.REPORT and self.added_because.strip():
            raise ValidationError(
                {"added_because": _("A code the report names needs no reason for being added.")}
            )


def marked_code_label(label: str, origin: str) -> str:
    """``label`` with "(added for coding)" when ``origin`` says the project added the code:
    the one wording of the mark in the tables, their exports and the response page."""
    if origin == CodeOrigin.REPORT:
        return label
    return _("%(code)s (added for coding)") % {"code": label}


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
        verbose_name = _("response")
        verbose_name_plural = _("responses")
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
