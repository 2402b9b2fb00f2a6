"""The summary of a report: its counts, computed from the records as of its cutoff.

Every output reads the object ``report_summary()`` returns: the pages, the print, the PDF,
the exports and the ``summary`` and ``reconcile`` commands. Which replies count, and whose
is latest, is decided by ``surveys.querysets`` alone; this module only counts them, in the
database, in a fixed number of queries whatever the number of rows. A Summary is complete
without the report's published figures: ``surveys.summary.reconciliation`` sets those
beside a finished one.
"""
from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, replace

from django.db.models import Count, F, OuterRef, Q
from django.utils.translation import gettext

from core.sql import rows_with
from surveys.models import (
    Code,
    CodeOrigin,
    Government,
    Letter,
    PolicyView,
    Report,
    Response,
    SharesAmong,
    Stance,
    Topic,
)
from surveys.models.governments import area_label
from surveys.notices import illustrative_kinds
from surveys.querysets import letter_count_is_published, respondents_by_group_of_each
from surveys.record_texts import record_text
from surveys.summary.quantifiers import band_label, per_cent, percent, quantifier_for


@dataclass(frozen=True)
class StanceCount:
    stance: str
    label: str
    count: int
    share_percent: int

    @property
    def share_label(self) -> str:
        return per_cent(self.share_percent)


def count_label(count: int, *, illustrative: bool) -> str:
    """A count as every table, export and command prints it: "40 (illustrative)" when the
    count itself is illustrative (``LetterCount.count_is_illustrative``)."""
    if illustrative:
        return gettext("%(count)s (illustrative)") % {"count": count}
    return str(count)


@dataclass(frozen=True)
class LetterCount:
    """A letter's replies the report counts: from first-time respondents (no reply to an
    earlier letter received by the report's cutoff, ``with_is_repeat``) and repeat ones, and
    those too late for it."""

    letter: Letter
    sent: str
    responses: int
    first_time: int
    repeat: int
    after_cutoff: int
    cumulative: int = 0  # Governments counted from this letter and the earlier ones
    # The replies counted are illustrative and no report states their number: the count is
    # an artefact of the illustrative data (the 1997 letter's), printed as such.
    count_is_illustrative: bool = False

    @property
    def responses_label(self) -> str:
        return count_label(self.responses, illustrative=self.count_is_illustrative)


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

    @property
    def label(self) -> str:
        """The view's label in the reader's language."""
        return record_text(self.code.label)

    @property
    def quantifier_label(self) -> str:
        """The quantifier's band in the reader's language ('la majorité')."""
        return band_label(self.quantifier)


@dataclass(frozen=True)
class TopicCount:
    topic: Topic
    group_label: str
    group_size: int
    commenting: int
    codes: tuple[CodeCount, ...]  # the views the report names
    added_codes: tuple[CodeCount, ...] = ()  # views the project adds for coding

    @property
    def name(self) -> str:
        """The topic's name in the reader's language."""
        return record_text(self.topic.name)

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
    def label(self) -> str:
        """The group as the reader reads it ("Afrique"); ``name`` stays the English key."""
        return area_label(self.name)

    @property
    def rate_label(self) -> str:
        return per_cent(self.rate_percent)


@dataclass(frozen=True)
class Summary:
    """A report's counts as of its cutoff. ``new_respondents`` are those the previous report
    did not count (``new_respondents_of``), not a letter's first-time respondents."""

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
    # (year, flow, development group) -> {policy: countries}, for paras 3-4's comparisons
    policy_group_shares: dict = field(default_factory=dict, compare=False)
    policy_views_are_illustrative: bool = False  # paras 3-4's percentages rest on made-up views

    @property
    def illustrative_kinds(self) -> tuple[str, ...]:
        """The kinds of illustrative record behind the whole summary (its notice names them):
        the replies it counts, and the policy views of paras 3-4."""
        return illustrative_kinds(replies=self.is_illustrative,
                                  policy_views=self.policy_views_are_illustrative)

    def stance(self, key: str) -> StanceCount:
        return next(s for s in self.stances if s.stance == key)

    def topic(self, slug: str) -> TopicCount:
        return next(t for t in self.topics if t.topic.slug == slug)

    @property
    def migrant_types_commented(self) -> int:
        return self.topic("migrant-types").commenting

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
        """The plain counts, for JSON (keys as in the foundation issue); the reconciliation
        adds the published figures beside them (``Reconciliation.as_dict``)."""
        return {
            "report": self.report.symbol,
            "cutoff": self.cutoff.isoformat(),
            "cutoff_is_assumed": self.report.cutoff_is_assumed,
            "respondents": self.respondents,
            "new_respondents": self.new_respondents,
            "non_respondents": self.non_respondents,
            "denominator": self.denominator,
            "membership_share_percent": self.membership_share_percent,
            "illustrative": self.is_illustrative,
            "stances": {s.stance: s.count for s in self.stances},
            "letters": [
                {"sent": lc.sent, "responses": lc.responses, "new": lc.first_time,
                 "repeat": lc.repeat,
                 "after_cutoff": lc.after_cutoff, "cumulative": lc.cumulative,
                 "count_is_illustrative": lc.count_is_illustrative}
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
        }


# The summary ---------------------------------------------------------------------------
# Each query below counts for every report asked for at once, grouped by report, so that the
# summary of one report, of the reports before it and of all of them take the same number of
# queries: about a dozen, whatever the number of reports, Governments or replies.


def _by_report(rows, *keys: str) -> dict:
    """Rows of a query grouped by report, as {report pk: {key values: row}}."""
    grouped: dict = defaultdict(dict)
    for row in rows:
        key = tuple(row[k] for k in keys)
        grouped[row["counting_report"]][key[0] if len(key) == 1 else key] = row
    return grouped


def _respondent_counts(reports) -> dict:
    """For each report and (region, development group): the Governments it counted, those
    new to it, those of its membership, and the illustrative replies."""
    return _by_report(respondents_by_group_of_each(reports),
                      "government__region", "government__development_group")


def _latest_reply_counts(reports) -> tuple[dict, dict, dict]:
    """For each report, over each Government's latest reply it counts (``latest_counted_by_
    each``): how many hold each stance; how many hold each view within its topic's group
    (the replies of the stance the topic is counted within); and how many Governments
    comment on each topic, so.

    One statement: the latest replies are found once (a common table expression of the
    ORM's query) and counted three ways. Asked as three ORM queries, PostgreSQL found them
    three times, and, for the views, after joining the codes (120,100 rows instead of
    33,800 at 100x the demo data): 0.44 s of the summaries' 0.7 s of SQL, against about
    0.1 s so. The rules stay in the querysets the SQL is made from."""
    latest = (Response.objects.latest_counted_by_each(reports).order_by()
              .annotate(reply=F("pk"), respondent=F("government"), held=F("stance"))
              .values("counting_report", "reply", "respondent", "held"))
    in_group = (Response.codes.through.objects.order_by()
                .filter(code__topic__counted_within=F("response__stance"))
                .annotate(reply=F("response"), view=F("code"), view_topic=F("code__topic"))
                .values("reply", "view", "view_topic"))
    rows = rows_with(
        """SELECT 'stance', counting_report, held, 0, COUNT(*) FROM latest
           GROUP BY counting_report, held
           UNION ALL
           SELECT 'view', counting_report, '', view, COUNT(*)
           FROM latest JOIN in_group ON in_group.reply = latest.reply
           GROUP BY counting_report, view
           UNION ALL
           SELECT 'topic', counting_report, '', view_topic, COUNT(DISTINCT respondent)
           FROM latest JOIN in_group ON in_group.reply = latest.reply
           GROUP BY counting_report, view_topic""",
        latest=latest, in_group=in_group)
    counted = {"stance": defaultdict(dict), "view": defaultdict(dict), "topic": defaultdict(dict)}
    for kind, report, stance, key, n in rows:
        counted[kind][report][stance if kind == "stance" else key] = {"n": n}
    return counted["stance"], counted["view"], counted["topic"]


def _stances(latest_rows: dict, total: int) -> tuple[StanceCount, ...]:
    return tuple(
        StanceCount(value, str(label), latest_rows.get(value, 0),
                    percent(latest_rows.get(value, 0), total))
        for value, label in Stance.choices
    )


def _letters(letters: list[Letter], counted: dict, late: dict) -> tuple[LetterCount, ...]:
    result, cumulative = [], 0
    for letter in letters:
        row = counted.get(letter.pk, {"n": 0, "repeat": 0, "illustrative": 0})
        cumulative += row["n"] - row["repeat"]
        result.append(LetterCount(
            letter=letter, sent=letter.sent_on.strftime("%Y-%m"), responses=row["n"],
            first_time=row["n"] - row["repeat"], repeat=row["repeat"],
            after_cutoff=late.get(letter.pk, {"n": 0})["n"], cumulative=cumulative,
            count_is_illustrative=bool(row["illustrative"]) and not letter.count_is_published,
        ))
    return tuple(result)


def _codebook(codes: list[Code]) -> list[tuple[Topic, str, list[Code]]]:
    """Each topic in its order, with its group's words and its codes: read once for every
    report's summary (the words are looked up in the catalog once, not once a report)."""
    by_topic = defaultdict(list)
    for code in codes:
        by_topic[code.topic_id].append(code)
    topics = sorted({code.topic_id: code.topic for code in codes}.values(),
                    key=lambda t: t.order)
    return [(topic, topic.get_counted_within_display(), by_topic[topic.pk]) for topic in topics]


def _topics(codebook: list[tuple[Topic, str, list[Code]]], code_counts: dict, commenting: dict,
            stances: tuple[StanceCount, ...]) -> tuple[TopicCount, ...]:
    group_size = {s.stance: s.count for s in stances}
    result = []
    for topic, group_label, codes in codebook:
        counted = TopicCount(
            topic=topic, group_label=group_label,
            group_size=group_size[topic.counted_within],
            commenting=commenting.get(topic.pk, {"n": 0})["n"], codes=(),
        )
        base = counted.base
        views = []
        for code in codes:
            n = code_counts.get(code.pk, {"n": 0})["n"]
            views.append(CodeCount(code, n, base, percent(n, base), quantifier_for(n, base)))
        result.append(replace(
            counted, codes=tuple(v for v in views if v.code.origin == CodeOrigin.REPORT),
            added_codes=tuple(v for v in views if v.code.origin != CodeOrigin.REPORT)))
    return tuple(result)


def _rates(members: dict[tuple, int], counts: dict, index: int) -> tuple[GroupRate, ...]:
    """Members and respondents of the membership by region (index 0) or group (index 1)."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, n in members.items():
        totals[key[index]][0] += n
    for key, row in counts.items():
        totals[key[index]][1] += row["members"]
    return tuple(
        GroupRate(name, n, replied, percent(replied, n))
        for name, (n, replied) in sorted(totals.items()) if n
    )


@dataclass(frozen=True)
class Counted:
    """What the database counts for some reports, grouped by report, in no language:
    ``report_summaries`` puts it into Summaries in the reader's. A worker computing the
    summaries in each language after a change counts once (surveys.summary.background)."""

    respondents: dict
    stances: dict
    views: dict
    commenting: dict
    letters: dict
    late: dict
    letters_of: dict
    codes: list
    members: dict
    policies: tuple


def count_reports(reports) -> Counted:
    """The counts of ``reports`` (a list), in a fixed number of queries whatever the number
    of reports."""
    pks = [r.pk for r in reports]
    stances, views, commenting = _latest_reply_counts(pks)
    letters_of: dict[int, list[Letter]] = defaultdict(list)
    for link in (Report.letters.through.objects.filter(report__in=pks)
                 .select_related("letter__mandate").order_by("letter__sent_on")
                 .annotate(count_is_published=letter_count_is_published(OuterRef("letter")))):
        link.letter.count_is_published = link.count_is_published
        letters_of[link.report_id].append(link.letter)
    return Counted(
        respondents=_respondent_counts(pks), stances=stances, views=views,
        commenting=commenting,
        letters=_by_report(
            Response.objects.counted_by_each(pks).with_is_repeat_for_each().order_by()
            .values("counting_report", "letter")
            .annotate(n=Count("pk"), repeat=Count("pk", filter=Q(is_repeat=True)),
                      illustrative=Count("pk", filter=Q(is_illustrative=True))), "letter"),
        late=_by_report(
            Response.objects.after_cutoff_of_each(pks).order_by()
            .values("counting_report", "letter").annotate(n=Count("pk")), "letter"),
        letters_of=letters_of,
        codes=list(Code.objects.select_related("topic")),
        members=Government.objects.members_by_group_on({r.denominator_on for r in reports}),
        policies=PolicyView.objects.shares(),
    )


def report_summaries(reports, counted: Counted | None = None) -> list[Summary]:
    """``report_summary`` of each of ``reports`` (in their order), in a fixed number of queries
    whatever the number of reports; from ``counted`` when they are counted already."""
    reports = list(reports)
    if not reports:
        return []
    if counted is None:
        counted = count_reports(reports)
    codebook = _codebook(counted.codes)
    policy_shares, policy_group_shares, policies_illustrative = counted.policies

    summaries = []
    for report in reports:
        groups = counted.respondents.get(report.pk, {})
        members = counted.members[report.denominator_on]
        n_respondents = sum(row["respondents"] for row in groups.values())
        stances = _stances(
            {k: row["n"] for k, row in counted.stances.get(report.pk, {}).items()},
            n_respondents)
        summaries.append(Summary(
            report=report, cutoff=report.cutoff_on, respondents=n_respondents,
            new_respondents=sum(row["new"] for row in groups.values()),
            non_respondents=sum(members.values()) - sum(
                row["members"] for row in groups.values()),
            denominator=report.denominator,
            membership_share_percent=percent(n_respondents, report.denominator),
            is_illustrative=any(row["illustrative"] for row in groups.values()),
            stances=stances,
            letters=_letters(counted.letters_of[report.pk], counted.letters.get(report.pk, {}),
                             counted.late.get(report.pk, {})),
            topics=_topics(codebook, counted.views.get(report.pk, {}),
                           counted.commenting.get(report.pk, {}), stances),
            by_region=_rates(members, groups, 0),
            by_development_group=_rates(members, groups, 1),
            policy_shares=policy_shares, policy_group_shares=policy_group_shares,
            policy_views_are_illustrative=policies_illustrative,
        ))
    return summaries


def report_summary(*, report: Report) -> Summary:
    """Every count of the report's summary, as of its cutoff date, in a fixed number of
    queries."""
    return report_summaries([report])[0]
