"""The two sides of a comparison: each a letter (each Government's reply to it) or a report
(the latest reply it counted, ``ResponseQuerySet.latest_counted_by``), named in addresses
``letter-3`` or ``report-A-56-167``; the last two letters unless the reader chooses."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.db.models import BooleanField, ExpressionWrapper, F, FilteredRelation, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from surveys.models import Letter, Report, Response, Stance
from surveys.querysets import membership_on

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

    def reply(self) -> FilteredRelation:
        """Each Government's reply on this side, joined to a query of Governments: its reply
        to the letter, or the latest reply the report counted (``replies``). A side has at
        most one reply a Government, so the join adds no row. A join, not a subquery a
        Government: the comparison reads the stance in several places of its query (the
        movement, the filters, the order), and PostgreSQL ran a subquery again in each, for
        each Government (28 s at 100x). A report's latest replies are read once
        (``latest_pks``: a join's condition takes no subquery)."""
        if isinstance(self.record, Letter):
            return FilteredRelation("responses", condition=Q(responses__letter=self.record))
        return FilteredRelation("responses", condition=Q(responses__in=self.latest_pks))

    @cached_property
    def latest_pks(self) -> list[int]:
        """The replies of a report's side (its latest counted replies), read once a side."""
        return list(self.replies().order_by().values_list("pk", flat=True))

    def stance(self, reply: str):
        """The stance of the reply joined as ``reply`` (``NO_REPLY`` without one)."""
        return Coalesce(F(f"{reply}__stance"), Value(NO_REPLY))

    def membership(self):
        """Whether a Government was a Member on this side (a recipient of the letter, in the
        membership of the report's denominator date), as a column of a query of them."""
        date = (self.record.sent_on if isinstance(self.record, Letter)
                else self.record.denominator_on)
        return ExpressionWrapper(membership_on(date), output_field=BooleanField())

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
