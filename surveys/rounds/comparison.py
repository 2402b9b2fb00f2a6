"""Comparing two rounds: each Government's stance in two letters or two reports, and how it
moved from the one to the other.

A side is a letter or a report (``surveys.rounds.sides``). ``compared()`` annotates each
Government in SQL with ``stance_first`` and ``stance_second`` ("none" without a reply) and
its ``movement``; ``comparison()`` counts the movements and lists who changed stance, in two
queries.

The movements are in the order of what they mean for the page's question, "whose view
changed?": a changed stance, then new replies, then the same stance given again, then no new
reply (the first round's view stands: not a change of mind) and no reply to either.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.utils.translation import gettext_lazy as _

from core.i18n import reader_order
from surveys import charts, links
from surveys.models import Government
from surveys.rounds.sides import NO_REPLY, STANCES, Side


class Movement(models.TextChoices):
    """How a Government's stance went from the first round to the second, in the order of
    meaning."""

    CHANGED = "changed", _("Stance changed")
    NEW_REPLY = "new_reply", _("New reply")
    UNCHANGED = "unchanged", _("Same stance again")
    # Its value stays "stopped", the word of the addresses already shared.
    VIEW_STANDS = "stopped", _("No new reply (earlier view stands)")
    NO_REPLY = "no_reply", _("No reply to either")


# Colours by meaning, each at least 3:1 on white (WCAG 1.4.11) and told apart by the
# Okabe-Ito palette's rule for colour-blind readers; the words say it too.
COLOURS = {
    Movement.CHANGED: "#c25400",
    Movement.NEW_REPLY: "#0072b2",
    Movement.UNCHANGED: "#007a5a",
    Movement.VIEW_STANDS: "#6b6b6b",
    Movement.NO_REPLY: "#8a8a8a",
}
STANCE_ORDER = [stance for stance, _label in STANCES]
STANCE_LABELS = dict(STANCES)


def movement_labels(first: Side | None = None) -> dict[str, str]:
    """Each movement's words; with the first side, "no new reply" names its round."""
    labels = {movement: str(label) for movement, label in Movement.choices}
    if first is not None:
        labels[Movement.VIEW_STANDS] = first.view_stands()
    return labels


def movement_of():
    """The movement of a row annotated with ``stance_first`` and ``stance_second``."""
    return Case(
        When(stance_first=NO_REPLY, stance_second=NO_REPLY, then=Value(Movement.NO_REPLY)),
        When(stance_first=NO_REPLY, then=Value(Movement.NEW_REPLY)),
        When(stance_second=NO_REPLY, then=Value(Movement.VIEW_STANDS)),
        When(stance_first=F("stance_second"), then=Value(Movement.UNCHANGED)),
        default=Value(Movement.CHANGED), output_field=models.CharField(),
    )


def in_order_of_meaning():
    """The rank of a row's ``movement`` in the order of meaning, to sort by in SQL."""
    return Case(*(When(movement=movement, then=Value(rank))
                  for rank, movement in enumerate(Movement)),
                output_field=models.IntegerField())


def compared(first: Side, second: Side):
    """The Governments either side is about, each with its stance in both and its movement."""
    rows = Government.objects.annotate(
        reply_first=first.reply(), reply_second=second.reply(),
    ).annotate(
        stance_first=first.stance("reply_first"), stance_second=second.stance("reply_second"),
        in_first=first.membership(), in_second=second.membership(),
    ).filter(Q(in_first=True) | Q(in_second=True) | ~Q(stance_first=NO_REPLY)
             | ~Q(stance_second=NO_REPLY))
    return rows.annotate(movement=movement_of())


def rows_url(first: Side, second: Side, **filters) -> str:
    """The comparison's table of ``first`` and ``second``, filtered to exactly those rows."""
    return links.table_url("surveys:round_comparison", first=first.key, second=second.key,
                           **filters)


@dataclass(frozen=True)
class Flow:
    """The Governments whose stance went from ``stance_first`` to ``stance_second``."""

    movement: str
    stance_first: str
    stance_second: str
    count: int
    href: str

    @property
    def stance(self) -> str:
        """The stance the movement is about: the new one of a new reply, else the first."""
        return self.stance_second if self.movement == Movement.NEW_REPLY else self.stance_first

    @property
    def label(self) -> str:
        """'In favour: 17', the Governments of the movement with that stance."""
        return charts.labelled(STANCE_LABELS[self.stance], self.count)


@dataclass(frozen=True)
class MovementCount:
    """The Governments of one movement, and its flows, the largest first."""

    movement: str
    label: str
    colour: str
    count: int
    href: str
    flows: tuple[Flow, ...]

    @property
    def by_stance(self) -> tuple[Flow, ...]:
        """Its flows, each of one stance; none for no reply to either, which has none."""
        return () if self.movement == Movement.NO_REPLY else self.flows


@dataclass(frozen=True)
class StanceChange:
    """A Government whose stance in the second round differs from its stance in the first."""

    government: Government
    stance_first: str
    stance_second: str

    @property
    def first_label(self) -> str:
        return str(STANCE_LABELS[self.stance_first])

    @property
    def second_label(self) -> str:
        return str(STANCE_LABELS[self.stance_second])


@dataclass(frozen=True)
class Comparison:
    """Every movement from ``first`` to ``second`` in the order of meaning, and the
    Governments that changed stance, in the reader's order of names."""

    first: Side
    second: Side
    movements: tuple[MovementCount, ...]
    changed: tuple[StanceChange, ...]

    @property
    def stance_changed(self) -> MovementCount:
        return self.movements[0]

    @property
    def others(self) -> tuple[MovementCount, ...]:
        return self.movements[1:]

    @property
    def flows(self) -> tuple[Flow, ...]:
        return tuple(flow for movement in self.movements for flow in movement.flows)


def _flows(first: Side, second: Side, rows) -> dict[str, list[Flow]]:
    counted = (rows.order_by().values_list("movement", "stance_first", "stance_second")
               .annotate(n=Count("pk")))
    flows: dict[str, list[Flow]] = {movement: [] for movement in Movement}
    for movement, before, after, n in counted:
        href = rows_url(first, second, stance_first=before, stance_second=after)
        flows[movement].append(Flow(movement, before, after, n, href))
    for movement_flows in flows.values():
        movement_flows.sort(key=lambda flow: (-flow.count, STANCE_ORDER.index(flow.stance_first),
                                              STANCE_ORDER.index(flow.stance_second)))
    return flows


def comparison(*, first: Side, second: Side) -> Comparison:
    """Every movement from ``first`` to ``second`` in the order of meaning, counted in the
    database, and who changed stance: two queries, whatever the number of Governments."""
    rows = compared(first, second)
    flows = _flows(first, second, rows)
    labels = movement_labels(first)
    movements = tuple(
        MovementCount(movement=movement, label=labels[movement], colour=COLOURS[movement],
                      count=sum(flow.count for flow in flows[movement]),
                      href=rows_url(first, second, movement=movement.value),
                      flows=tuple(flows[movement]))
        for movement in Movement
    )
    changed = tuple(StanceChange(row, row.stance_first, row.stance_second)
                    for row in rows.filter(movement=Movement.CHANGED).order_by(reader_order()))
    return Comparison(first, second, movements, changed)
