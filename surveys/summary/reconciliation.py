"""Each published figure beside the one computed from the records: it matches, it differs,
it cannot be computed, or it is quoted (a statement of the report the records cannot
compute, such as para 3's "many" Governments of the mid-1970s: listed, never a match).

The reconciliation reads a finished Summary (``surveys.summary.counts``) and the report's
published figures, and the Summary never reads it back: the counts come first, the checks
from them. Section II's sentences read both (``Reconciliation``)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.utils.translation import get_language, gettext_lazy, pgettext, pgettext_lazy
from django.utils.translation import gettext as _

from core import figures
from surveys.models import Code, DevelopmentGroup, Letter, Measure, PublishedFigure, Report, Topic
from surveys.record_texts import record_text
from surveys.summary.counts import Summary, report_summaries
from surveys.summary.quantifiers import (
    accepts,
    band_label,
    count_word,
    count_word_label,
    per_cent,
    quantifier_for,
    wording_for,
)

MATCHES, DIFFERS, CANNOT, QUOTED = "matches", "differs", "cannot_compute", "quoted"
STATUS_LABELS = {MATCHES: gettext_lazy("matches"), DIFFERS: gettext_lazy("differs"),
                 CANNOT: gettext_lazy("cannot be computed"),
                 QUOTED: gettext_lazy("quoted, not computed")}

# How the report names the development groups (para 3: "developed countries"), compared
# with its published words; GROUP_LABELS are the same words in the reader's language.
GROUP_WORDS = {DevelopmentGroup.MORE: "developed", DevelopmentGroup.LESS: "developing"}
BOTH_GROUPS = "both developed and developing"
GROUP_LABELS = {"developed": pgettext_lazy("countries", "developed"),
                "developing": pgettext_lazy("countries", "developing"),
                BOTH_GROUPS: pgettext_lazy("countries", "both developed and developing")}


def group_label(words: str) -> str:
    return str(GROUP_LABELS.get(words, words))


@dataclass(frozen=True)
class FigureCheck:
    figure: PublishedFigure
    computed: str
    status: str  # MATCHES, DIFFERS, CANNOT or QUOTED

    @property
    def matches(self) -> bool:
        return self.status == MATCHES

    @property
    def is_quoted(self) -> bool:
        return self.status == QUOTED

    @property
    def differs(self) -> bool:
        return self.status == DIFFERS

    @property
    def is_problem(self) -> bool:
        """Differs or cannot be computed: what `manage.py reconcile` fails on."""
        return self.status in (DIFFERS, CANNOT)


def _count_check(figure: PublishedFigure, computed: int | None) -> FigureCheck:
    if computed is None:
        return FigureCheck(figure, "", CANNOT)
    status = MATCHES if computed == figure.value else DIFFERS
    return FigureCheck(figure, str(computed), status)


def _band_check(figure: PublishedFigure, count: int, total: int) -> FigureCheck:
    if total == 0:
        return FigureCheck(figure, "", CANNOT)
    computed = wording_for(count, total, figure.wording)
    status = MATCHES if accepts(figure.wording, quantifier_for(count, total)) else DIFFERS
    return FigureCheck(figure, _("%(words)s (%(count)s of %(total)s)") % {
        "words": band_label(computed), "count": count, "total": total}, status)


def _policy_percent(summary: Summary, figure: PublishedFigure) -> int | None:
    return summary.policy_percent(figure.year, figure.flow, figure.policies.split(","))


def strongest_group(summary: Summary, year: int, flow: str, policies) -> tuple[str, dict]:
    """The development group with the highest share of ``policies`` ('developed'), or ''
    on a tie, and each group's percentage."""
    shares = {GROUP_WORDS.get(g, g): summary.policy_percent(year, flow, policies, g)
              for g in summary.policy_groups()}
    shares = {g: v for g, v in shares.items() if v is not None}
    if not shares:
        return "", {}
    top = max(shares.values())
    leaders = [g for g, v in shares.items() if v == top]
    return (leaders[0] if len(leaders) == 1 else ""), shares


def group_trends(summary: Summary, flow: str, policies, last: int) -> dict[str, tuple]:
    """Each development group's percentage of ``policies`` in the first year and ``last``."""
    years = [y for y in summary.policy_years(flow) if y <= last]
    if len(years) < 2:
        return {}
    trends = {}
    for group in summary.policy_groups():
        first_pct = summary.policy_percent(years[0], flow, policies, group)
        last_pct = summary.policy_percent(last, flow, policies, group)
        if first_pct is not None and last_pct is not None:
            trends[GROUP_WORDS.get(group, group)] = (first_pct, last_pct)
    return trends


def direction(before: int, after: int) -> int:
    return (after > before) - (after < before)


def trends_are_similar(trends: dict[str, tuple]) -> bool:
    return len(trends) > 1 and len({direction(*t) for t in trends.values()}) == 1


def _strongest_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    leader, shares = strongest_group(summary, figure.year, figure.flow,
                                     figure.policies.split(","))
    if not shares:
        return FigureCheck(figure, "", CANNOT)
    computed = pgettext("between two clauses", "; ").join(
        f"{group_label(g)} {per_cent(v)}" for g, v in shares.items())
    words = group_label(leader) if leader else _("no single group")
    return FigureCheck(figure, f"{words} ({computed})",
                       MATCHES if leader == figure.wording else DIFFERS)


def _trends_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    trends = group_trends(summary, figure.flow, figure.policies.split(","), figure.year)
    if not trends:
        return FigureCheck(figure, "", CANNOT)
    similar = trends_are_similar(trends)
    computed = pgettext("between two clauses", "; ").join(_("%(group)s %(before)s to %(after)s") % {
        "group": group_label(g), "before": per_cent(a), "after": per_cent(b)}
        for g, (a, b) in trends.items())
    words = group_label(BOTH_GROUPS) if similar else _("different trends")
    return FigureCheck(figure, f"{words} ({computed})",
                       MATCHES if similar and figure.wording == BOTH_GROUPS else DIFFERS)


def _code_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    topic = summary.topic(figure.code.topic.slug)
    count = next(c.count for c in topic.codes if c.code.pk == figure.code_id)
    return _band_check(figure, count, topic.base)


def _codes_mentioned_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    """Para 10's "a few other objectives": how many of the named views anyone holds."""
    wanted = {code.pk for code in figure.codes.all()}
    if not wanted:
        return FigureCheck(figure, "", CANNOT)
    topic = summary.topic(figure.topic.slug)
    n = sum(1 for c in topic.codes if c.code.pk in wanted and c.count)
    words = count_word(n)
    return FigureCheck(figure, _("%(words)s (%(n)s of %(total)s mentioned)") % {
        "words": count_word_label(n), "n": n, "total": len(wanted)},
        MATCHES if words == figure.wording else DIFFERS)


def _most_frequent_check(summary: Summary, figure: PublishedFigure) -> FigureCheck:
    top = summary.topic(figure.topic.slug).most_frequent
    if top is None:
        return FigureCheck(figure, "", CANNOT)
    status = MATCHES if top.code.pk == figure.code_id else DIFFERS
    return FigureCheck(figure, f"{record_text(top.code.label)} ({top.count})", status)


POLICY_MEASURES = {Measure.POLICY_PERCENT, Measure.POLICY_STRONGEST, Measure.POLICY_TRENDS}


def shows_policy_views(checks) -> bool:
    """Whether any of ``checks`` is computed from the policy views (paras 3-4): a page that
    shows it rests on them too."""
    return any(check.figure.measure in POLICY_MEASURES for check in checks)


def stated_in(checks) -> list[str]:
    """The symbols of the reports whose text states ``checks``' figures: a report's own, or
    A/56/167 for the figures it gives about an earlier report (``PublishedFigure.stated_in``)."""
    return sorted({check.figure.stated_in.symbol for check in checks})


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
    checks = {
        m.STANCE_SHARE: lambda: _band_check(
            figure, summary.stance(figure.stance).count, summary.respondents),
        m.NON_RESPONSE: lambda: _band_check(
            figure, summary.non_respondents, summary.denominator),
        m.CODE_SHARE: lambda: _code_check(summary, figure),
        m.CODES_MENTIONED: lambda: _codes_mentioned_check(summary, figure),
        m.MOST_FREQUENT: lambda: _most_frequent_check(summary, figure),
        m.POLICY_STRONGEST: lambda: _strongest_check(summary, figure),
        m.POLICY_TRENDS: lambda: _trends_check(summary, figure),
        m.QUOTED: lambda: FigureCheck(figure, "", QUOTED),
    }
    if figure.measure in counts:
        return _count_check(figure, counts[figure.measure]())
    if figure.measure in checks:
        return checks[figure.measure]()
    return FigureCheck(figure, "", CANNOT)


@dataclass(frozen=True)
class Reconciliation:
    """A finished Summary, and each figure its report publishes checked against it."""

    summary: Summary
    checks: tuple[FigureCheck, ...]

    @property
    def all_match(self) -> bool:
        """True when no published figure differs or cannot be computed (quoted ones are
        the report's words, which the records are not asked to compute)."""
        return not any(check.is_problem for check in self.checks)

    def check(self, key: str) -> FigureCheck | None:
        """The check of the published figure named ``key``, if the report publishes it."""
        return next((c for c in self.checks if c.figure.key == key), None)

    def as_dict(self) -> dict:
        """``Summary.as_dict()`` and each published figure beside the computed one: what
        ``manage.py summary --format json`` prints."""
        return {**self.summary.as_dict(), "figures": [
            {"paragraph": c.figure.paragraph, "key": c.figure.key,
             "published": c.figure.published, "computed": c.computed, "status": c.status}
            for c in self.checks
        ]}


def reconciliations(summaries: Sequence[Summary]) -> list[Reconciliation]:
    """Each of ``summaries`` with its report's published figures checked against it, in a
    fixed number of queries whatever the number of reports (a worker's refresh reconciles
    them once for the pages it draws: ``figures.remembered``)."""
    key = ("reconciliations", get_language(), tuple(s.report.pk for s in summaries))
    return figures.remembered(key, lambda: _reconciliations(summaries))


def _reconciliations(summaries: Sequence[Summary]) -> list[Reconciliation]:
    pks = tuple(s.report.pk for s in summaries)
    published = figures.remembered(("published figures", pks), lambda: published_figures(pks))
    return [Reconciliation(summary, tuple(check_figure(summary, figure)
                                          for figure in published[summary.report.pk]))
            for summary in summaries]


def published_figures(report_pks) -> dict[int, list[PublishedFigure]]:
    """The figures each report publishes, by report pk, in a fixed number of queries."""
    found = list(PublishedFigure.objects.filter(report__in=report_pks))
    # The records the figures name, read once each and shared: a few hundred, where
    # select_related made one of each for every figure (18,000 at 100x the demo data)
    codes = Code.objects.select_related("topic").in_bulk({f.code_id for f in found})
    topics = Topic.objects.in_bulk({f.topic_id for f in found})
    letters = Letter.objects.in_bulk({f.letter_id for f in found})
    stated_in = Report.objects.in_bulk({f.stated_in_id for f in found})
    for figure in found:
        figure.code, figure.topic = codes.get(figure.code_id), topics.get(figure.topic_id)
        figure.letter, figure.stated_in = (letters.get(figure.letter_id),
                                           stated_in.get(figure.stated_in_id))
    # a figure's ``codes`` are read only by the "how many views" figures (para 10): theirs
    # alone are fetched (at 100x the demo data, 100 of 6,100 figures; prefetching every
    # figure's took 0.7 s)
    prefetch_related_objects([f for f in found if f.measure == Measure.CODES_MENTIONED],
                             "codes")
    published = defaultdict(list)
    for figure in found:
        published[figure.report_id].append(figure)
    return published


def reconciliation_of(summary: Summary) -> Reconciliation:
    """``summary`` with its report's published figures checked against it."""
    return reconciliations([summary])[0]


def reconcile(*, report: Report | None = None) -> list[FigureCheck]:
    """Every published figure beside the computed one, report by report."""
    reports = [report] if report is not None else list(Report.objects.all())
    return [check for reconciled in reconciliations(report_summaries(reports))
            for check in reconciled.checks]
