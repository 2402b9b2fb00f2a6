"""Comparing two rounds: each Government's stance in two letters or two reports, and who moved.

A side is a letter (each Government's reply to it) or a report (the latest reply it counted,
``ResponseQuerySet.latest_counted_by``). Everything is annotated in SQL: ``stance_first`` and
``stance_second`` ("none" without a reply) and ``movement``.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from surveys.models import Government, Letter, Report, Response, Stance

NO_REPLY = "none"
STANCES = (*Stance.choices, (NO_REPLY, _("No reply")))


class Movement(models.TextChoices):
    CHANGED = "changed", _("Stance changed")
    NEW_REPLY = "new_reply", _("No reply, then a reply")
    STOPPED = "stopped", _("A reply, then none")
    UNCHANGED = "unchanged", _("Same stance")
    NO_REPLY = "no_reply", _("No reply to either")


@dataclass(frozen=True)
class Side:
    """A letter or a report, named in addresses ``letter-3`` or ``report-A-56-167``."""

    key: str
    record: Letter | Report

    @property
    def label(self) -> str:
        if isinstance(self.record, Letter):
            return str(self.record)
        return str(self.record.symbol)

    def replies(self):
        if isinstance(self.record, Letter):
            return Response.objects.filter(letter=self.record)
        return Response.objects.latest_counted_by(self.record)

    def members(self):
        if isinstance(self.record, Letter):
            return Government.objects.recipients_of(self.record)
        return Government.objects.members_at(self.record)

    def stance(self):
        stance = self.replies().filter(government=OuterRef("pk")).values("stance")[:1]
        return Coalesce(Subquery(stance), Value(NO_REPLY))

    def rests_on_illustrative(self) -> bool:
        return self.replies().includes_illustrative()


def side_choices() -> list[tuple[str, str]]:
    letters = [(f"letter-{letter.number}", str(letter)) for letter in Letter.objects.all()]
    reports = [(f"report-{r.slug}", str(r.symbol)) for r in Report.objects.all()]
    return letters + reports


def side_of(key: str | None) -> Side | None:
    """The letter or report of ``key``; None when there is none."""
    kind, _dash, name = (key or "").partition("-")
    if kind == "letter" and name.isdecimal():
        letter = Letter.objects.filter(number=int(name)).first()
        return Side(key, letter) if letter else None
    if kind == "report":
        report = Report.objects.filter(slug=name).first()
        return Side(key, report) if report else None
    return None


def default_sides() -> tuple[Side, Side] | None:
    """The last two letters: what changed between the two latest rounds."""
    letters = list(Letter.objects.order_by("-sent_on")[:2])
    if len(letters) < 2:
        return None
    return (Side(f"letter-{letters[1].number}", letters[1]),
            Side(f"letter-{letters[0].number}", letters[0]))


def compared(first: Side, second: Side):
    """The Governments either side is about, each with its stance in both and its movement."""
    rows = Government.objects.annotate(
        stance_first=first.stance(), stance_second=second.stance(),
        in_first=Exists(first.members().filter(pk=OuterRef("pk"))),
        in_second=Exists(second.members().filter(pk=OuterRef("pk"))),
    ).filter(Q(in_first=True) | Q(in_second=True) | ~Q(stance_first=NO_REPLY)
             | ~Q(stance_second=NO_REPLY))
    return rows.annotate(movement=Case(
        When(stance_first=NO_REPLY, stance_second=NO_REPLY, then=Value(Movement.NO_REPLY)),
        When(stance_first=NO_REPLY, then=Value(Movement.NEW_REPLY)),
        When(stance_second=NO_REPLY, then=Value(Movement.STOPPED)),
        When(stance_first=F("stance_second"), then=Value(Movement.UNCHANGED)),
        default=Value(Movement.CHANGED), output_field=models.CharField(),
    ))


def flows(rows) -> list[tuple[str, str, int]]:
    """(stance in the first, stance in the second, Governments), the largest flows first."""
    counted = (rows.order_by().values_list("stance_first", "stance_second")
               .annotate(n=models.Count("pk")))
    return sorted(counted, key=lambda flow: (-flow[2], flow[0], flow[1]))
