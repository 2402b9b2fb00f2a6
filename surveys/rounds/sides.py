"""The two sides of a comparison: each a letter (each Government's reply to it) or a report
(the latest reply it counted, ``ResponseQuerySet.latest_counted_by``), named in addresses
``letter-3`` or ``report-A-56-167``; the last two letters unless the reader chooses."""
from __future__ import annotations

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from surveys.models import Government, Letter, Report, Response, Stance

NO_REPLY = "none"
STANCES = (*Stance.choices, (NO_REPLY, _("No reply")))


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

    def view_stands(self) -> str:
        """The movement of a Government heard in this round and not in the next: no new
        reply, and what it said here stands ("No new reply (1997 view stands)")."""
        if isinstance(self.record, Letter):
            return gettext("No new reply (%(year)s view stands)") % {
                "year": self.record.sent_on.year}
        return gettext("No new reply (%(report)s view stands)") % {"report": self.record.symbol}

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


def chosen_sides(params):
    """The two sides of ``params`` (the last two letters by default, or when one is unknown
    or both are the same; the filter form says why)."""
    defaults = default_sides()
    if defaults is None:
        return None
    first = side_of(params.get("first")) or defaults[0]
    second = side_of(params.get("second")) or defaults[1]
    return defaults if first.key == second.key else (first, second)
