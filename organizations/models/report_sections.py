"""Sections I and IV of A/56/167 as records: what the General Assembly asked the report to
take into account (para 1 (a)-(d)) and the report's own findings (paras 56-63)."""
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.fields import long_text

PARAGRAPH_LIST = re.compile(r"^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$")


def parse_paragraphs(text: str) -> tuple[int, ...]:
    """'18-55, 61' as (18, 19, ..., 55, 61); empty for ''."""
    numbers: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _dash, last = part.partition("-")
        numbers += range(int(first), int(last or first) + 1)
    return tuple(numbers)


class Consideration(models.Model):
    """One of the four matters of para 1 (a)-(d) the policy actions should take into account,
    with the paragraphs of the report that address it, or why none does."""

    letter = models.CharField(_("item"), max_length=1, unique=True,
                              help_text=_("The letter of para 1: a, b, c or d."))
    text = long_text(_("what the General Assembly asked"))
    addressed_in = models.CharField(
        _("paragraphs that address it"), max_length=100, blank=True,
        help_text=_("Paragraphs of A/56/167, e.g. '26' or '18-55'; empty when none does."),
    )
    note = long_text(_("how it is addressed"), blank=True)
    paragraph = models.PositiveSmallIntegerField(_("paragraph"), default=1)

    history = HistoricalRecords()

    class Meta:
        ordering = ["letter"]
        verbose_name = _("consideration asked for")
        verbose_name_plural = _("considerations asked for")

    def __str__(self):
        return f"({self.letter}) {self.text[:60]}"

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return parse_paragraphs(self.addressed_in)

    @property
    def is_addressed(self) -> bool:
        return bool(self.addressed_in.strip())

    def clean(self):
        errors = {}
        if self.letter and self.letter not in "abcd":
            errors["letter"] = _("Para 1 lists the items (a) to (d).")
        if self.addressed_in and not PARAGRAPH_LIST.match(self.addressed_in):
            errors["addressed_in"] = _(
                "Give paragraph numbers separated by commas, with ranges as 18-55.")
        elif self.addressed_in and any(n < 1 or n > 63 for n in self.paragraphs):
            errors["addressed_in"] = _("A/56/167 has paragraphs 1 to 63.")
        if not self.addressed_in.strip() and not self.note.strip():
            errors["note"] = _("Say why no paragraph addresses it.")
        if errors:
            raise ValidationError(errors)


class FindingKind(models.TextChoices):
    FINDING = "finding", _("Finding")
    CONCLUSION = "conclusion", _("Conclusion")


class Finding(models.Model):
    """A finding or conclusion of section IV (paras 56-63), the report's own, in its order."""

    kind = models.CharField(_("kind"), max_length=10, choices=FindingKind.choices)
    text = long_text(_("finding"))
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    order = models.PositiveSmallIntegerField(_("order"), unique=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = _("finding of section IV")
        verbose_name_plural = _("findings of section IV")

    def __str__(self):
        return _("para %(paragraph)s: %(text)s") % {"paragraph": self.paragraph,
                                                    "text": self.text[:60]}

    def clean(self):
        if self.paragraph is not None and not 56 <= self.paragraph <= 63:
            raise ValidationError({"paragraph": _("Section IV is paragraphs 56 to 63.")})
