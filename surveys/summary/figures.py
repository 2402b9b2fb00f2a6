"""The summary of a report, computed from the records as of its cutoff.

Every output reads the object ``report_summary()`` returns: the pages, the print, the PDF,
the exports and the ``summary`` and ``reconcile`` commands. Which replies count, and whose
is latest, is decided by ``surveys.querysets`` alone; this module only counts them, in the
database, in a fixed number of queries whatever the number of rows.
"""
from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, replace

from django.db.models import Count, F, Q
from django.utils.translation import gettext

from surveys.models import (
    Code,
    CodeOrigin,
    Government,
    Letter,
    PolicyView,
    PublishedFigure,
    Report,
    Response,
    SharesAmong,
    Stance,
    Topic,
)
from surveys.summary.quantifiers import per_cent, percent, quantifier_for
from surveys.summary.reconciliation import FigureCheck, check_figure


@dataclass(frozen=True)
class StanceCount:
    stance: str
    label: str
    count: int
    share_percent: int

    @property
    def share_label(self) -> str:
        return per_cent(self.share_percent)


@dataclass(frozen=True)
class LetterCount:
    letter: Letter
    sent: str
    responses: int
    new: int
    repeat: int
    after_cutoff: int
    cumulative: int = 0  # Governments counted from this letter and the earlier ones


@dataclass(frozen=True)
class CodeCount:
    """A view's count, and its share and quantifier of ``total``: the Governments the topic's
    quantifiers are shares of (``Topic.shares_among``), as in the prose."""

    code: Code
    count: int
    total: int
    share_percent: int
    quantifier: str

    @property
    def share_label(self) -> str:
        return per_cent(self.share_percent)


@dataclass(frozen=True)
class TopicCount:
    topic: Topic
    group_label: str
    group_size: int
    commenting: int
    codes: tuple[CodeCount, ...]  # the views the report names
    added_codes: tuple[CodeCount, ...] = ()  # views the project adds for coding

    @property
    def base(self) -> int:
        """The Governments its quantifiers are shares of: the group, or those commenting."""
        if self.topic.shares_among == SharesAmong.COMMENTING:
            return self.commenting
        return self.group_size

    @property
    def base_label(self) -> str:
        if self.topic.shares_among == SharesAmong.COMMENTING:
            return gettext("of the %(n)s that commented") % {"n": self.commenting}
        return gettext("of the %(n)s %(group)s") % {
            "n": self.group_size, "group": self.group_label.lower()}

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

    @property
    def rate_label(self) -> str:
        return per_cent(self.rate_percent)


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
    # (year, flow, development group) -> {policy: countries}, for paras 3-4's comparisons
    policy_group_shares: dict = field(default_factory=dict, compare=False)

    def stance(self, key: str) -> StanceCount:
        return next(s for s in self.stances if s.stance == key)

    def topic(self, slug: str) -> TopicCount:
        return next(t for t in self.topics if t.topic.slug == slug)

    @property
    def migrant_types_commented(self) -> int:
        return self.topic("migrant-types").commenting

    @property
    def all_figures_match(self) -> bool:
        """True when no published figure differs or cannot be computed (quoted ones are
        the report's words, which the records are not asked to compute)."""
        return not any(check.is_problem for check in self.figures)

    def check(self, key: str) -> FigureCheck | None:
        return next((c for c in self.figures if c.figure.key == key), None)

    def policy_years(self, flow: str) -> list[int]:
        """The years with policy data up to the report's year, for one flow."""
        return sorted(y for y, f in self.policy_shares if f == flow
                      and y <= self.report.issued_on.year)

    def policy_percent(self, year: int, flow: str, policies, group: str = "") -> int | None:
        """The percentage of countries (of ``group``, or all) with one of ``policies``."""
        shares = self.policy_group_shares.get((year, flow, group)) if group else (
            self.policy_shares.get((year, flow)))
        if not shares:
            return None
        return percent(sum(shares.get(p, 0) for p in policies), sum(shares.values()))

    def policy_groups(self) -> list[str]:
        return sorted({g for _y, _f, g in self.policy_group_shares})

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
                 "after_cutoff": lc.after_cutoff, "cumulative": lc.cumulative}
                for lc in self.letters
            ],
            "migrant_types_commented": self.migrant_types_commented,
            "topics": {
                t.topic.slug: {
                    "group": t.group_label, "group_size": t.group_size,
                    "commenting": t.commenting,
                    "codes": {c.code.slug: c.count for c in t.codes},
                    "added_codes": {c.code.slug: c.count for c in t.added_codes},
                }
                for t in self.topics
            },
            "figures": [
                {"paragraph": c.figure.paragraph, "key": c.figure.key,
                 "published": c.figure.published, "computed": c.computed, "status": c.status}
                for c in self.figures
            ],
        }


# The summary ---------------------------------------------------------------------------


def _stances(report: Report, total: int) -> tuple[StanceCount, ...]:
    rows = dict(
        Response.objects.latest_counted_by(report).order_by().values_list("stance")
        .annotate(n=Count("pk")).values_list("stance", "n")
    )
    return tuple(
        StanceCount(value, str(label), rows.get(value, 0), percent(rows.get(value, 0), total))
        for value, label in Stance.choices
    )


def _per_letter(responses, **counts) -> dict[int, dict]:
    rows = responses.with_is_repeat().order_by().values("letter").annotate(**counts)
    return {row["letter"]: row for row in rows}


def _letters(report: Report) -> tuple[LetterCount, ...]:
    counted = _per_letter(Response.objects.counted_by(report),
                          n=Count("pk"), repeat=Count("pk", filter=Q(is_repeat=True)))
    late = _per_letter(Response.objects.after_cutoff_of(report), n=Count("pk"))
    result, cumulative = [], 0
    for letter in report.letters.all():
        row = counted.get(letter.pk, {"n": 0, "repeat": 0})
        cumulative += row["n"] - row["repeat"]
        result.append(LetterCount(
            letter=letter, sent=letter.sent_on.strftime("%Y-%m"), responses=row["n"],
            new=row["n"] - row["repeat"], repeat=row["repeat"],
            after_cutoff=late.get(letter.pk, {"n": 0})["n"], cumulative=cumulative,
        ))
    return tuple(result)


def _topics(report: Report, stances: tuple[StanceCount, ...]) -> tuple[TopicCount, ...]:
    latest = Response.objects.latest_counted_by(report)
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
        by_topic[code.topic].append(code)
    result = []
    for topic in sorted(by_topic, key=lambda t: t.order):
        counted = TopicCount(
            topic=topic, group_label=topic.get_counted_within_display(),
            group_size=group_size[topic.counted_within], commenting=commenting.get(topic.pk, 0),
            codes=(),
        )
        base = counted.base
        views = [CodeCount(code, code.n, base, percent(code.n, base),
                           quantifier_for(code.n, base)) for code in by_topic[topic]]
        result.append(replace(
            counted, codes=tuple(v for v in views if v.code.origin == CodeOrigin.REPORT),
            added_codes=tuple(v for v in views if v.code.origin != CodeOrigin.REPORT)))
    return tuple(result)


def _policy_shares() -> tuple[dict, dict]:
    """Countries by policy for each (year, flow), and for each (year, flow, development
    group), in one query: paras 3-4 compare the groups."""
    rows = (PolicyView.objects.order_by()
            .values_list("year", "flow", "government__development_group", "policy")
            .annotate(n=Count("pk")))
    by_group: dict = defaultdict(dict)
    overall: dict = defaultdict(lambda: defaultdict(int))
    for year, flow, group, policy, n in rows:
        by_group[year, flow, group][policy] = n
        overall[year, flow][policy] += n
    return {key: dict(counts) for key, counts in overall.items()}, dict(by_group)


def _rates(report: Report, by: str) -> tuple[GroupRate, ...]:
    rows = (
        Government.objects.members_at(report).with_replied(report)
        .order_by(by).values(by)
        .annotate(members=Count("pk"), respondents=Count("pk", filter=Q(replied=True)))
    )
    return tuple(
        GroupRate(row[by], row["members"], row["respondents"],
                  percent(row["respondents"], row["members"]))
        for row in rows
    )


def report_summary(*, report: Report) -> Summary:
    """Every figure of the report's summary, as of its cutoff date, in a fixed number of queries."""
    n_respondents = Government.objects.respondents_of(report).count()
    policy_shares, policy_group_shares = _policy_shares()
    stances = _stances(report, n_respondents)
    summary = Summary(
        report=report, cutoff=report.cutoff_on, respondents=n_respondents,
        new_respondents=Government.objects.new_respondents_of(report).count(),
        non_respondents=Government.objects.non_respondents_of(report).count(),
        denominator=report.denominator,
        membership_share_percent=percent(n_respondents, report.denominator),
        is_illustrative=Response.objects.counted_by(report).filter(is_illustrative=True).exists(),
        stances=stances, letters=_letters(report), topics=_topics(report, stances),
        by_region=_rates(report, "region"),
        by_development_group=_rates(report, "development_group"),
        policy_shares=policy_shares, policy_group_shares=policy_group_shares,
    )
    figures = PublishedFigure.objects.filter(report=report).select_related(
        "code__topic", "topic", "letter"
    )  # a figure's ``codes`` are read only by the one "how many views" figure of para 10
    checks = tuple(check_figure(summary, figure) for figure in figures)
    return Summary(**{**summary.__dict__, "figures": checks})


def summaries_up_to(report: Report) -> list[Summary]:
    """The summaries of the reports issued before ``report``, oldest first."""
    earlier = Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")
    return [report_summary(report=r) for r in earlier]


def reconcile(*, report: Report | None = None) -> list[FigureCheck]:
    """Every published figure beside the computed one, report by report."""
    reports = [report] if report is not None else list(Report.objects.all())
    return [check for r in reports for check in report_summary(report=r).figures]
