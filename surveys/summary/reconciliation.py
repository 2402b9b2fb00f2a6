"""Each published figure beside the one computed from the records: match, differs, or cannot."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from surveys.models import Measure, PublishedFigure
from surveys.summary.quantifiers import band_of, percent, quantifier_for, wording_for

if TYPE_CHECKING:
    from surveys.summary.figures import Summary


@dataclass(frozen=True)
class FigureCheck:
    figure: PublishedFigure
    computed: str
    status: str  # "matches", "differs" or "cannot_compute"

    @property
    def matches(self) -> bool:
        return self.status == "matches"


def _count_check(figure: PublishedFigure, computed: int | None) -> FigureCheck:
    if computed is None:
        return FigureCheck(figure, "", "cannot_compute")
    status = "matches" if computed == figure.value else "differs"
    return FigureCheck(figure, str(computed), status)


def _band_check(figure: PublishedFigure, count: int, total: int) -> FigureCheck:
    if total == 0:
        return FigureCheck(figure, "", "cannot_compute")
    computed = wording_for(count, total, figure.wording)
    status = "matches" if band_of(figure.wording) == quantifier_for(count, total) else "differs"
    return FigureCheck(figure, f"{computed} ({count} of {total})", status)


def _policy_percent(summary: Summary, figure: PublishedFigure) -> int | None:
    counts = summary.policy_shares.get((figure.year, figure.flow))
    if not counts:
        return None
    chosen = sum(counts.get(p, 0) for p in figure.policies.split(","))
    return percent(chosen, sum(counts.values()))


def _code_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    topic = summary.topic(figure.code.topic.slug)
    count = next(c.count for c in topic.codes if c.code.pk == figure.code_id)
    among = PublishedFigure.Among
    total = topic.commenting if figure.among == among.COMMENTING else topic.group_size
    return _band_check(figure, count, total)


def _most_frequent_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    top = summary.topic(figure.topic.slug).most_frequent
    if top is None:
        return FigureCheck(figure, "", "cannot_compute")
    status = "matches" if top.code.pk == figure.code_id else "differs"
    return FigureCheck(figure, f"{top.code.label} ({top.count})", status)


def check_figure(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    """The computed value of one published figure, and whether it matches."""
    m = Measure
    counts = {
        m.LETTERS_SENT: lambda: len(summary.letters),
        m.RESPONDENTS: lambda: summary.respondents,
        m.NEW_RESPONDENTS: lambda: summary.new_respondents,
        m.NON_RESPONDENTS: lambda: summary.non_respondents,
        m.MEMBERSHIP_SHARE: lambda: summary.membership_share_percent,
        m.LETTER_RESPONSES: lambda: next(
            (lc.responses for lc in summary.letters if lc.letter.pk == figure.letter_id), None),
        m.STANCE_COUNT: lambda: summary.stance(figure.stance).count,
        m.TOPIC_COMMENTING: lambda: summary.topic(figure.topic.slug).commenting,
        m.POLICY_PERCENT: lambda: _policy_percent(summary, figure),
    }
    if figure.measure in counts:
        return _count_check(figure, counts[figure.measure]())
    if figure.measure == m.STANCE_SHARE:
        return _band_check(figure, summary.stance(figure.stance).count, summary.respondents)
    if figure.measure == m.CODE_SHARE:
        return _code_check(summary, figure)
    if figure.measure == m.MOST_FREQUENT:
        return _most_frequent_check(summary, figure)
    return FigureCheck(figure, "", "cannot_compute")

