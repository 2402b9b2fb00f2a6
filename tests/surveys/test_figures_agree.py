"""Every figure agrees with the rule and with the rows it links to, on random worlds.

Hypothesis generates valid worlds (every record passes ``full_clean()``) of a few
Governments, letters, reports and replies, with the days a rule turns on drawn often: replies
on a cutoff or the day after, two replies of one Government on one day, seats admitted after
a letter or leaving on a denominator date. Two properties, for every report of a world:

``test_the_summary_counts_as_the_rule_says``
    the summary and the querysets, and the letters table's first-time and repeat respondents,
    equal an oracle written here in plain Python from the generated data (not from
    surveys.querysets). No page is read, so a broken rule fails,
    and shrinks to a small world, in seconds.
``test_every_figure_equals_the_rows_it_links_to``
    each table a figure links to lists the summary's number of rows in its caption and in
    its CSV export, and the very rows the querysets select; the dashboard shows the latest
    report's headline figures and each one's link lists that many rows.

Each example runs in a transaction of its own, rolled back at its end, on an empty survey
database (``empty_survey``).
"""
from __future__ import annotations

import datetime
import html
import re
from collections import Counter
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from surveys import links
from surveys.dashboard import dashboard
from surveys.models import Government, Letter, Report, Response, Stance
from surveys.summary.counts import report_summary
from surveys.tiles import headline_tiles
from tests import builders

pytestmark = pytest.mark.django_db

FIRST_DAY, LAST_DAY = datetime.date(1990, 1, 1), datetime.date(2001, 12, 31)
ONE_DAY, YEAR = datetime.timedelta(days=1), datetime.timedelta(days=365)
REGIONS = ("Africa", "Asia", "Europe")
GROUPS = ("more developed", "less developed")
STANCES = tuple(Stance.values)
STANCE_LABELS = {value: str(label) for value, label in Stance.choices}


# The generated worlds, as plain data -----------------------------------------------------


@dataclass(frozen=True)
class Seat:
    iso3: str
    admitted: datetime.date
    left: datetime.date | None
    region: str
    group: str

    @property
    def name(self) -> str:
        return f"Republic of {self.iso3}"

    def member_on(self, date: datetime.date) -> bool:
        return self.admitted <= date and (self.left is None or self.left > date)


@dataclass(frozen=True)
class Counting:
    symbol: str
    issued: datetime.date
    letters: frozenset[int]  # indexes into World.letters
    cutoff: datetime.date
    denominator_on: datetime.date


@dataclass(frozen=True)
class Reply:
    seat: int  # index into World.seats
    letter: int  # index into World.letters
    received: datetime.date
    stance: str


@dataclass(frozen=True)
class World:
    seats: tuple[Seat, ...]
    letters: tuple[datetime.date, ...]  # the dates sent, increasing
    reports: tuple[Counting, ...]  # issued in increasing order
    replies: tuple[Reply, ...]  # in the order recorded: the later wins a same-day tie


def between(first: datetime.date, last: datetime.date):
    return st.dates(min_value=first, max_value=max(first, last))


def on_or_near(edges, first: datetime.date, last: datetime.date):
    """A date from ``first`` to ``last``: any, or as often one of the ``edges`` in that span."""
    near = sorted(d for d in edges if first <= d <= last)
    return st.one_of(between(first, last), st.sampled_from(near)) if near else between(
        first, last)


LIKELY = st.sampled_from((False, True, True))  # true two times in three; shrinks to false


@st.composite
def worlds(draw) -> World:
    # Dates drawn one after the other, each after the last, so that shrinking keeps them valid.
    letters = [draw(between(datetime.date(1990, 6, 1), datetime.date(1996, 12, 1)))]
    for _ in range(draw(st.sampled_from((0, 1, 2)))):
        letters.append(draw(between(letters[-1] + ONE_DAY, datetime.date(2000, 12, 1))))
    # The first report comes after the first letter, or as often after the last one.
    issued_dates = [draw(st.one_of(between(letters[0], LAST_DAY), between(letters[-1], LAST_DAY)))]
    for _ in range(draw(st.sampled_from((0, 1, 2)))):
        if issued_dates[-1] < LAST_DAY:
            issued_dates.append(draw(between(issued_dates[-1] + ONE_DAY, LAST_DAY)))
    reports = []
    for j, issued in enumerate(issued_dates):
        sent_by_then = [i for i, sent in enumerate(letters) if sent <= issued]
        # Each letter sent by then, or else the last one.
        counted = {i for i in sent_by_then if draw(LIKELY)} or {sent_by_then[-1]}
        last_sent = max(letters[i] for i in counted)
        # Any day from its last letter to its issue, or as often a year or more after that letter.
        cutoff = draw(st.one_of(between(last_sent, issued),
                                between(min(last_sent + YEAR, issued), issued)))
        denominator_on = draw(st.one_of(st.just(cutoff), between(cutoff, issued)))
        reports.append(Counting(f"A/{50 + j}/{100 + j}", issued, frozenset(counted), cutoff,
                                denominator_on))

    # The days a rule turns on: a letter sent, a cutoff and the day after, a denominator date.
    edges = set(letters)
    for r in reports:
        edges |= {r.cutoff, r.cutoff + ONE_DAY, r.denominator_on}

    seats = []
    for i in range(draw(st.sampled_from(range(3, 13)))):
        # Most seats were Members before the first letter; the others joined on the way.
        admitted = draw(st.one_of(
            between(FIRST_DAY, letters[0]),
            between(FIRST_DAY, letters[0]),
            on_or_near(edges, FIRST_DAY, datetime.date(2000, 12, 31)),
        ))
        left = draw(st.one_of(st.none(), st.none(),
                              on_or_near(edges, admitted + ONE_DAY, LAST_DAY)))
        seats.append(Seat(f"G{i:02d}", admitted, left, draw(st.sampled_from(REGIONS)),
                          draw(st.sampled_from(GROUPS))))

    def a_reply_date(sent: datetime.date) -> datetime.date:
        return draw(st.one_of(  # mostly within the year, some much later
            between(sent, min(sent + YEAR, LAST_DAY)), on_or_near(edges, sent, LAST_DAY)))

    replies = []
    for s, seat in enumerate(seats):
        answered = [i for i, sent in enumerate(letters) if seat.member_on(sent) and draw(LIKELY)]
        if len(answered) > 1 and draw(st.booleans()):
            # Several letters answered in one note: replies on the same day, a tie.
            on_one_day = a_reply_date(letters[answered[-1]])
            dates = [on_one_day] * len(answered)
        else:
            dates = [a_reply_date(letters[i]) for i in answered]
        replies += [(draw(st.integers(0, 3)), Reply(s, i, received, draw(st.sampled_from(STANCES))))
                    for i, received in zip(answered, dates, strict=True)]
    # The order recorded, which breaks same-day ties: by a drawn rank, then as drawn.
    replies = [reply for _rank, reply in sorted(replies, key=lambda ranked: ranked[0])]
    return World(tuple(seats), tuple(letters), tuple(reports), tuple(replies))


# The oracle: the counting rule, in plain Python --------------------------------------------


@dataclass
class Expected:
    members: set[str]
    respondents: set[str]
    non_respondents: set[str]
    new_respondents: set[str]
    latest: dict[str, Reply]  # each respondent's latest counted reply
    counted: list[int]  # indexes into World.replies
    letters_answered: Counter = field(default_factory=Counter)

    def with_stance(self, stance: str) -> set[str]:
        return {iso3 for iso3, latest in self.latest.items() if latest.stance == stance}


def oracle(world: World, j: int) -> Expected:
    report = world.reports[j]
    counted = [k for k, r in enumerate(world.replies)
               if r.letter in report.letters and r.received <= report.cutoff]
    latest: dict[str, tuple] = {}
    for k in counted:  # the later date wins; on the same day, the one recorded later
        reply = world.replies[k]
        iso3 = world.seats[reply.seat].iso3
        if iso3 not in latest or (reply.received, k) > latest[iso3]:
            latest[iso3] = (reply.received, k)
    members = {s.iso3 for s in world.seats if s.member_on(report.denominator_on)}
    respondents = set(latest)
    # The previous report is the one issued just before (issue dates are distinct here).
    previous = oracle(world, j - 1).respondents if j > 0 else set()
    return Expected(
        members=members, respondents=respondents, non_respondents=members - respondents,
        new_respondents=respondents - previous,
        latest={iso3: world.replies[k] for iso3, (_, k) in latest.items()}, counted=counted,
        letters_answered=Counter(world.seats[world.replies[k].seat].iso3 for k in counted),
    )


def half_up_percent(count: int, total: int) -> int:
    return (200 * count + total) // (2 * total) if total else 0


# Building the world in the database --------------------------------------------------------


def build(world: World):
    seats = [builders.government(s.iso3, s.admitted, s.left, region=s.region, group=s.group)
             for s in world.seats]
    letters = [builders.letter(i + 1, sent) for i, sent in enumerate(world.letters)]
    reports = [
        builders.report(
            r.symbol, r.issued, [letters[i] for i in sorted(r.letters)], r.cutoff,
            r.denominator_on,
            denominator=sum(s.member_on(r.denominator_on) for s in world.seats),
        )
        for r in world.reports
    ]
    replies = [builders.reply(seats[r.seat], letters[r.letter], r.received, r.stance)
               for r in world.replies]
    return seats, letters, reports, replies


# The properties ----------------------------------------------------------------------------


def iso3s(governments) -> set[str]:
    return set(governments.values_list("iso3", flat=True))


def names(governments) -> list[str]:
    return sorted(governments.values_list("name", flat=True))


def check_summary(world: World, j: int, counting, replies) -> None:
    """3. The summary is the oracle's, and so are the querysets' rows."""
    expected = oracle(world, j)
    summary = report_summary(report=counting)
    described = f"report {counting.symbol} of {world}"
    report = world.reports[j]

    assert summary.respondents == len(expected.respondents), described
    assert summary.non_respondents == len(expected.non_respondents), described
    assert summary.new_respondents == len(expected.new_respondents), described
    assert summary.denominator == len(expected.members), described
    assert summary.membership_share_percent == half_up_percent(
        len(expected.respondents), len(expected.members)), described
    for stance in STANCES:
        assert summary.stance(stance).count == len(expected.with_stance(stance)), described
    for lc in summary.letters:
        i = world.letters.index(lc.letter.sent_on)
        counted = [world.replies[k] for k in expected.counted if world.replies[k].letter == i]
        late = [r for r in world.replies if r.letter == i and r.received > counting.cutoff_on]
        # A repeat reply: its Government replied to an earlier letter, received by the cutoff.
        repeat = [r for r in counted if any(
            o.seat == r.seat and world.letters[o.letter] < world.letters[i]
            and o.received <= report.cutoff for o in world.replies)]
        assert (lc.responses, lc.after_cutoff, lc.repeat, lc.first_time) == (
            len(counted), len(late), len(repeat), len(counted) - len(repeat)), described
    seat_of = {s.iso3: s for s in world.seats}
    for rates, of in ((summary.by_region, "region"), (summary.by_development_group, "group")):
        for rate in rates:
            members = {iso3 for iso3 in expected.members
                       if getattr(seat_of[iso3], of) == rate.name}
            assert (rate.members, rate.respondents) == (
                len(members), len(members & expected.respondents)), described

    assert iso3s(Government.objects.members_at(counting)) == expected.members, described
    assert iso3s(Government.objects.respondents_of(counting)) == expected.respondents, described
    assert iso3s(Government.objects.non_respondents_of(counting)) == (
        expected.non_respondents), described
    assert iso3s(Government.objects.new_respondents_of(counting)) == (
        expected.new_respondents), described
    latest_pks = {replies[world.replies.index(r)].pk for r in expected.latest.values()}
    assert set(Response.objects.latest_counted_by(counting).values_list("pk", flat=True)) == (
        latest_pks), described
    for stance in STANCES:
        assert iso3s(Government.objects.with_latest_stance(counting, stance)) == (
            expected.with_stance(stance)), described
    rows = Government.objects.respondents_of(counting).with_counted_replies(counting)
    assert {(g.iso3, g.letters_answered, g.latest_stance) for g in rows} == {
        (iso3, expected.letters_answered[iso3], reply.stance)
        for iso3, reply in expected.latest.items()}, described
    assert {r.symbol: r.respondents for r in Report.objects.with_respondent_counts()}[
        counting.symbol] == len(expected.respondents), described

    # 2. The respondents that are Members on the denominator date, and the non-respondents,
    # make up the membership; all the respondents do when every one of them is a Member then.
    members = Government.objects.members_at(counting)
    assert members.respondents_of(counting).count() + summary.non_respondents == (
        members.count()), described
    if expected.respondents <= expected.members:
        assert summary.respondents + summary.non_respondents == members.count(), described


def check_letters(world: World) -> None:
    """The letters table's first-time and repeat respondents, which no report limits: a
    reply is a repeat when its Government's reply to an earlier letter was received on or
    before it."""
    rows = {row.sent_on: row for row in Letter.objects.with_reply_counts()}
    for i, sent in enumerate(world.letters):
        replies = [r for r in world.replies if r.letter == i]
        repeat = [r for r in replies if any(
            o.seat == r.seat and world.letters[o.letter] < sent and o.received <= r.received
            for o in world.replies)]
        row = rows[sent]
        assert (row.replies, row.repeat_respondents, row.first_time_respondents) == (
            len(replies), len(repeat), len(replies) - len(repeat)), f"letter {i} of {world}"


class Pages:
    """The tables of one example, each read once: its page's caption and its CSV export."""

    def __init__(self, listed):
        self.listed = listed
        self.counts: dict[str, int] = {}
        self.exports: dict[str, list[dict[str, str]]] = {}

    def count(self, url: str) -> int:
        if url not in self.counts:
            self.counts[url] = self.listed.count(url)
        return self.counts[url]

    def csv(self, url: str) -> list[dict[str, str]]:
        if url not in self.exports:
            self.exports[url] = self.listed.csv(url)
        return self.exports[url]

    def agree(self, url: str, count: int, listed: list[str] | None = None, why="") -> None:
        """The caption and the export list ``count`` rows (the Governments ``listed``)."""
        rows = self.csv(url)
        assert (self.count(url), len(rows)) == (count, count), (url, why)
        if listed is not None:
            assert sorted(row["Government"] for row in rows) == listed, (url, why)


def check_tables(counting, has_previous: bool, pages: Pages, why: str) -> None:
    """1. Each table a figure of the report links to lists the summary's rows."""
    summary = report_summary(report=counting)
    objects = Government.objects
    tables = [
        (links.replied_url(counting), summary.respondents, objects.respondents_of(counting)),
        (f"/governments/?report={counting.slug}&replied=no", summary.non_respondents,
         objects.non_respondents_of(counting)),
        (links.non_respondents_url(counting), summary.non_respondents,
         objects.non_respondents_of(counting)),
    ]
    if has_previous:  # with no previous report, the new respondents are the respondents
        tables.append((links.new_respondents_url(counting), summary.new_respondents,
                       objects.new_respondents_of(counting)))
    tables += [(links.stance_url(counting, stance), summary.stance(stance).count,
                objects.with_latest_stance(counting, stance)) for stance in STANCES]
    for url, count, governments in tables:
        pages.agree(url, count, names(governments), why)

    # The Governments' rows say what the report counts of each one.
    counted = {g.name: g for g in objects.with_counted_replies(counting)}
    for row in pages.csv(links.replied_url(counting)):
        g = counted[row["Government"]]
        assert (row["Replied"], row["Letters answered"], row["Latest stance"]) == (
            "Yes", str(g.letters_answered), STANCE_LABELS[g.latest_stance]), (row, why)
    for row in pages.csv(f"/governments/?report={counting.slug}&replied=no"):
        assert (row["Replied"], row["Letters answered"], row["Latest stance"]) == (
            "No", "0", ""), (row, why)


def check_dashboard(pages: Pages, why: str) -> None:
    """4. The dashboard shows the latest report's figures; each one's link lists its rows."""
    latest = Report.objects.order_by("-issued_on").first()
    summary = report_summary(report=latest)
    figures = headline_tiles(summary)
    shown_on_dashboard = dashboard()
    assert shown_on_dashboard["report"] == latest
    # The latest report's section (the open round's follow-up figures have their own test,
    # tests/surveys/followup).
    page = pages.listed.client.get("/").content.decode()
    latest_section = page[page.index('aria-labelledby="latest-heading"'):]
    shown = re.findall(
        r'<a href="([^"]+)"><span class="figure-value">([^<]+)</span>', latest_section)
    assert [(html.unescape(href), value) for href, value in shown] == [
        (f.href, f.value) for f in figures], why
    for figure in figures:
        if figure.value.isdigit():
            pages.agree(figure.href, int(figure.value), why=why)
        else:
            # The membership share ("41%", "41 per cent") links to the respondents it is the
            # share of.
            assert re.match(r"\d+", figure.value).group() == str(
                summary.membership_share_percent), (figure, why)
            pages.agree(figure.href, summary.respondents, why=why)

    # The growth chart counts each report's respondents, as its summary does.
    growth = {bar.href: bar.value for bar in shown_on_dashboard["growth_chart"].bars}
    for counting in Report.objects.all():
        assert growth[links.replied_url(counting)] == (
            report_summary(report=counting).respondents), why

    # Each response-rate bar opens the table of the respondents it counts: those that are
    # Members on the report's membership date.
    for chart, rates in (("region_chart", summary.by_region),
                         ("group_chart", summary.by_development_group)):
        bars = shown_on_dashboard[chart].bars
        assert len(bars) == len(rates), why
        for bar, rate in zip(bars, rates, strict=True):
            assert bar.value == rate.rate_percent, why
            pages.agree(bar.href, rate.respondents, why=why)


def features(world: World) -> list[str]:
    """What an example exercises, for --hypothesis-show-statistics."""
    found = []
    days = Counter((r.seat, r.received) for r in world.replies)
    if any(n > 1 for n in days.values()):
        found.append("a seat replied twice on one day")
    if any(r.letter in c.letters and r.received > c.cutoff
           for r in world.replies for c in world.reports):
        found.append("a reply came after a cutoff")
    if any(s.left == c.denominator_on for s in world.seats for c in world.reports):
        found.append("a seat left on a denominator date")
    if any(s.admitted > world.letters[0] for s in world.seats):
        found.append("a seat was admitted after a letter")
    if any(o.seat == r.seat and o.letter < r.letter and o.received > r.received
           for r in world.replies for o in world.replies):
        found.append("an earlier letter was answered after a later one")
    for j in range(len(world.reports)):
        expected = oracle(world, j)
        if len(expected.counted) > len(expected.respondents):
            found.append("a report counted two replies of one seat")
        if not expected.respondents <= expected.members:
            found.append("a respondent was no Member on the denominator date")
        if j and expected.new_respondents != expected.respondents:
            found.append("a report counted a respondent of the previous one")
    return sorted(set(found))


QUICK = settings(
    deadline=None, database=None,  # no .hypothesis/ directory in the project
    report_multiple_bugs=False,  # shrink the first failure only: a broken rule fails fast
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)


@settings(QUICK, max_examples=50)
@given(world=worlds())
def test_the_summary_counts_as_the_rule_says(empty_survey, world):
    for feature in features(world):
        event(feature)
    with transaction.atomic():  # each example sees its own world only
        _seats, _letters, reports, replies = build(world)
        for j, counting in enumerate(reports):
            check_summary(world, j, counting, replies)
        check_letters(world)
        transaction.set_rollback(True)


@settings(QUICK, max_examples=20)
@given(world=worlds())
def test_every_figure_equals_the_rows_it_links_to(empty_survey, listed, world):
    for feature in features(world):
        event(feature)
    with transaction.atomic():  # each example sees its own world only
        _seats, _letters, reports, _replies = build(world)
        pages = Pages(listed)
        for j, counting in enumerate(reports):
            check_tables(counting, j > 0, pages, why=f"report {counting.symbol} of {world}")
        check_dashboard(pages, why=str(world))
        transaction.set_rollback(True)
