"""The summary of a report, computed from the records as of its cutoff.

Every output reads the object ``report_summary()`` returns: the pages, the print, the PDF,
the exports and the ``summary`` and ``reconcile`` commands. Everything is counted in the
database, in a fixed number of queries whatever the number of rows.
"""
from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet

from surveys.models import (
    Code,
    Government,
    Letter,
    Measure,
    PolicyView,
    PublishedFigure,
    Report,
    Response,
    Stance,
    Topic,
)
from surveys.quantifiers import band_of, quantifier_for, wording_for
from surveys.querysets import earlier_replies


def percent(count: int, total: int) -> int:
    """A whole percentage, rounded half up as the report rounds (78 of 188 is 41)."""
    if not total:
        return 0
    return int(Fraction(count * 100, total) + Fraction(1, 2))


@dataclass(frozen=True)
class StanceCount:
    stance: str
    label: str
    count: int
    share_percent: int


@dataclass(frozen=True)
class LetterCount:
    letter: Letter
    sent: str
    responses: int
    new: int
    repeat: int
    after_cutoff: int


@dataclass(frozen=True)
class CodeCount:
    code: Code
    count: int
    share_percent: int
    quantifier: str


@dataclass(frozen=True)
class TopicCount:
    topic: Topic
    group_label: str
    group_size: int
    commenting: int
    codes: tuple[CodeCount, ...]

    @property
    def most_frequent(self) -> CodeCount | None:
        """The code mentioned most often, or None when no code leads alone."""
        ranked = sorted(self.codes, key=lambda c: c.count, reverse=True)
        if not ranked or ranked[0].count == 0:
            return None
        if len(ranked) > 1 and ranked[1].count == ranked[0].count:
            return None
        return ranked[0]


@dataclass(frozen=True)
class GroupRate:
    name: str
    members: int
    respondents: int
    rate_percent: int


@dataclass(frozen=True)
class FigureCheck:
    figure: PublishedFigure
    computed: str
    status: str  # "matches", "differs" or "cannot_compute"

    @property
    def matches(self) -> bool:
        return self.status == "matches"


@dataclass(frozen=True)
class Summary:
    report: Report
    cutoff: datetime.date
    respondents: int
    new_respondents: int
    non_respondents: int
    denominator: int
    membership_share_percent: int
    is_illustrative: bool
    stances: tuple[StanceCount, ...]
    letters: tuple[LetterCount, ...]
    topics: tuple[TopicCount, ...]
    by_region: tuple[GroupRate, ...]
    by_development_group: tuple[GroupRate, ...]
    policy_shares: dict = field(default_factory=dict, compare=False)
    figures: tuple[FigureCheck, ...] = ()

    def stance(self, key: str) -> StanceCount:
        return next(s for s in self.stances if s.stance == key)

    def topic(self, slug: str) -> TopicCount:
        return next(t for t in self.topics if t.topic.slug == slug)

    @property
    def migrant_types_commented(self) -> int:
        return self.topic("migrant-types").commenting

    @property
    def all_figures_match(self) -> bool:
        return all(check.matches for check in self.figures)

    def as_dict(self) -> dict:
        """The plain figures, for JSON: keys as in the foundation issue."""
        return {
            "report": self.report.symbol,
            "cutoff": self.cutoff.isoformat(),
            "respondents": self.respondents,
            "new_respondents": self.new_respondents,
            "non_respondents": self.non_respondents,
            "denominator": self.denominator,
            "membership_share_percent": self.membership_share_percent,
            "illustrative": self.is_illustrative,
            "stances": {s.stance: s.count for s in self.stances},
            "letters": [
                {"sent": lc.sent, "responses": lc.responses, "new": lc.new, "repeat": lc.repeat,
                 "after_cutoff": lc.after_cutoff}
                for lc in self.letters
            ],
            "migrant_types_commented": self.migrant_types_commented,
            "topics": {
                t.topic.slug: {
                    "group": t.group_label, "group_size": t.group_size,
                    "commenting": t.commenting,
                    "codes": {c.code.slug: c.count for c in t.codes},
                }
                for t in self.topics
            },
            "figures": [
                {"paragraph": c.figure.paragraph, "key": c.figure.key,
                 "published": c.figure.published, "computed": c.computed, "status": c.status}
                for c in self.figures
            ],
        }


# Querysets the pages and tables share -------------------------------------------------


def counted_responses(*, report: Report) -> QuerySet[Response]:
    """Responses to the report's letters received by its cutoff."""
    return Response.objects.filter(letter__reports=report, received_on__lte=report.cutoff_on)


def latest_responses(*, report: Report) -> QuerySet[Response]:
    """Each responding Government's latest response as of the cutoff: one row a Government."""
    return Response.objects.filter(letter__reports=report).latest_by_government(
        report.cutoff_on, letters=report.letters.all()
    )


def respondents(*, report: Report) -> QuerySet[Government]:
    return Government.objects.filter(
        Exists(counted_responses(report=report).filter(government=OuterRef("pk")))
    )


def non_respondents(*, report: Report) -> QuerySet[Government]:
    """The Members at the report's denominator date that never replied by its cutoff."""
    return Government.objects.members_on(report.denominator_on).exclude(
        Exists(counted_responses(report=report).filter(government=OuterRef("pk")))
    )


def respondents_over_reports() -> list[tuple[Report, int]]:
    """How many Governments each report counted, in one query."""
    reports = Report.objects.annotate(
        n=Count(
            "letters__responses__government", distinct=True,
            filter=Q(letters__responses__received_on__lte=F("cutoff_on")),
        )
    ).order_by("issued_on")
    return [(r, r.n) for r in reports]


# The summary ---------------------------------------------------------------------------


def _stances(report: Report, total: int) -> tuple[StanceCount, ...]:
    rows = dict(
        latest_responses(report=report).order_by().values_list("stance")
        .annotate(n=Count("pk")).values_list("stance", "n")
    )
    return tuple(
        StanceCount(value, str(label), rows.get(value, 0), percent(rows.get(value, 0), total))
        for value, label in Stance.choices
    )


def _letters(report: Report) -> tuple[LetterCount, ...]:
    rows = (
        Response.objects.filter(letter__reports=report)
        .annotate(is_repeat=Exists(earlier_replies()))
        .order_by().values("letter")
        .annotate(
            counted=Count("pk", filter=Q(received_on__lte=report.cutoff_on)),
            repeat=Count("pk", filter=Q(received_on__lte=report.cutoff_on, is_repeat=True)),
            late=Count("pk", filter=Q(received_on__gt=report.cutoff_on)),
        )
    )
    by_letter = {row["letter"]: row for row in rows}
    result = []
    for letter in report.letters.all():
        row = by_letter.get(letter.pk, {"counted": 0, "repeat": 0, "late": 0})
        result.append(LetterCount(
            letter=letter, sent=letter.sent_on.strftime("%Y-%m"), responses=row["counted"],
            new=row["counted"] - row["repeat"], repeat=row["repeat"], after_cutoff=row["late"],
        ))
    return tuple(result)


def _topics(report: Report, stances: tuple[StanceCount, ...]) -> tuple[TopicCount, ...]:
    latest = latest_responses(report=report)
    in_group = Q(responses__in=latest, responses__stance=F("topic__counted_within"))
    codes = Code.objects.select_related("topic").annotate(n=Count("responses", filter=in_group))
    commenting = dict(
        Topic.objects.annotate(
            n=Count(
                "codes__responses__government", distinct=True,
                filter=Q(codes__responses__in=latest,
                         codes__responses__stance=F("counted_within")),
            )
        ).values_list("pk", "n")
    )
    group_size = {s.stance: s.count for s in stances}
    by_topic = defaultdict(list)
    for code in codes:
        size = group_size[code.topic.counted_within]
        by_topic[code.topic].append(
            CodeCount(code, code.n, percent(code.n, size), quantifier_for(code.n, size))
        )
    return tuple(
        TopicCount(
            topic=topic, group_label=topic.get_counted_within_display(),
            group_size=group_size[topic.counted_within], commenting=commenting.get(topic.pk, 0),
            codes=tuple(by_topic[topic]),
        )
        for topic in sorted(by_topic, key=lambda t: t.order)
    )


def _rates(report: Report, by: str) -> tuple[GroupRate, ...]:
    replied = counted_responses(report=report).filter(government=OuterRef("pk"))
    rows = (
        Government.objects.members_on(report.denominator_on)
        .annotate(replied=Exists(replied))
        .order_by(by).values(by)
        .annotate(members=Count("pk"), respondents=Count("pk", filter=Q(replied=True)))
    )
    return tuple(
        GroupRate(row[by], row["members"], row["respondents"],
                  percent(row["respondents"], row["members"]))
        for row in rows
    )


def policy_shares() -> dict[tuple[int, str], dict[str, int]]:
    """Counts of Governments by policy, for each (year, flow), in one query."""
    shares: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
    rows = PolicyView.objects.order_by().values_list("year", "flow", "policy").annotate(
        n=Count("pk")
    )
    for year, flow, policy, n in rows:
        shares[year, flow][policy] = n
    return dict(shares)


def report_summary(*, report: Report) -> Summary:
    """Every figure of the report's summary, as of its cutoff date, in a fixed number of queries."""
    cutoff = report.cutoff_on
    previous = report.previous()
    n_respondents = respondents(report=report).count()
    new = n_respondents
    if previous is not None:
        new = respondents(report=report).exclude(
            Exists(counted_responses(report=previous).filter(government=OuterRef("pk")))
        ).count()
    stances = _stances(report, n_respondents)
    summary = Summary(
        report=report, cutoff=cutoff, respondents=n_respondents, new_respondents=new,
        non_respondents=non_respondents(report=report).count(),
        denominator=report.denominator,
        membership_share_percent=percent(n_respondents, report.denominator),
        is_illustrative=counted_responses(report=report).filter(is_illustrative=True).exists(),
        stances=stances, letters=_letters(report), topics=_topics(report, stances),
        by_region=_rates(report, "region"),
        by_development_group=_rates(report, "development_group"),
        policy_shares=policy_shares(),
    )
    figures = PublishedFigure.objects.filter(report=report).select_related(
        "code__topic", "topic", "letter"
    )
    checks = tuple(check_figure(summary, figure) for figure in figures)
    return Summary(**{**summary.__dict__, "figures": checks})


# Reconciliation ------------------------------------------------------------------------


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


def reconcile(*, report: Report | None = None) -> list[FigureCheck]:
    """Every published figure beside the computed one, report by report."""
    reports = [report] if report is not None else list(Report.objects.all())
    return [check for r in reports for check in report_summary(report=r).figures]
