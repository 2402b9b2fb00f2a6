"""Which replies count, and for whom: the one place the counting rules live.

A report counts the replies to its own letters received on or before its cutoff
(``ResponseQuerySet.counted_by``), and, for each Government, the latest of them
(``latest_counted_by``: the later date wins; on the same day, the reply recorded last).
Its respondents are the Governments with a counted reply; its non-respondents the Members
on its denominator date without one; its new respondents those the previous report did not
count (``new_respondents_of``). A letter's first-time respondents are another rule: the
Governments that had replied to no earlier letter (``with_is_repeat``), as of the report's
cutoff when a report counts the letter, as of the reply itself in the letters table. The
summary, every table filter and annotation, the detail pages and the exports call these
methods and nothing else.
"""
from __future__ import annotations

import bisect
import datetime
from collections import defaultdict
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Count, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery
from django.db.models.functions import NullIf

from core.sql import rows_with

if TYPE_CHECKING:
    from surveys.models import Letter, Report

# The tie-break of "latest": the later date received, then the reply recorded last.
LATEST_FIRST = ("-received_on", "-pk")


class SubqueryCount(Subquery):
    """The number of rows of a correlated subquery, as one column of the outer query.

    The subquery's ordering is dropped: a default ordering would join tables for nothing and,
    with ``distinct()``, count the ordering columns' values too.
    """

    template = "(SELECT COUNT(*) FROM (%(subquery)s) counted)"
    output_field = models.IntegerField()

    def __init__(self, queryset, **extra):
        super().__init__(queryset.order_by(), **extra)


class ResponseQuerySet(models.QuerySet):
    def _counted(self, **which_reports) -> ResponseQuerySet:
        # THE rule, for a report, an OuterRef to one or several of them: the report's own
        # letters, received by its cutoff. The cutoff is read through the same join as the
        # report (one filter() call), so that each reply is tested against its own report.
        return self.filter(**which_reports, received_on__lte=F("letter__reports__cutoff_on"))

    def to_letters_of(self, report: Report) -> ResponseQuerySet:
        """The replies to the report's letters, whenever received: those it counts and
        those that came too late for it."""
        return self.filter(letter__reports=report)

    def counted_by(self, report: Report | None) -> ResponseQuerySet:
        """The replies ``report`` counts; with no report, every reply ever received."""
        if report is None:
            return self.all()
        return self._counted(letter__reports=report.pk)

    def includes_illustrative(self) -> bool:
        """Whether any of these replies is illustrative (one query)."""
        return self.filter(is_illustrative=True).exists()

    def counted_by_outer_report(self, ref: str = "pk") -> ResponseQuerySet:
        """``counted_by`` for the report of an outer query (``OuterRef(ref)``)."""
        return self._counted(letter__reports=OuterRef(ref))

    def counted_by_each(self, reports) -> ResponseQuerySet:
        """The replies each of ``reports`` counts, in one query: a row for each reply and
        report that counts it, annotated ``counting_report`` (that report's pk)."""
        return self._counted(letter__reports__in=reports).annotate(
            counting_report=F("letter__reports"))

    def latest_counted_by_each(self, reports) -> ResponseQuerySet:
        """``latest_counted_by`` of each of ``reports``, in one query: for each report, a row
        for each Government's latest counted reply, annotated ``counting_report``.

        The same replies as ``latest_counted_by``, asked the other way round for speed: a
        counted reply is the latest when the report counts no later reply of its Government
        (``later_than``: a later date, or the same date and recorded after it). PostgreSQL
        answers that with one hash anti-join over every report's counted replies, where
        "the first of them, latest first" was a sorted subquery run once a row: at 100
        times the demo data (400 reports, 33,800 counted rows) each of the summary's three
        counts over the latest replies took 1.8-2.9 s, and takes about 0.2 s so."""
        later = self.model.objects.counted_by_outer_report("counting_report").filter(
            later_than(OuterRef("received_on"), OuterRef("pk")),
            government=OuterRef("government"))
        return self.counted_by_each(reports).exclude(Exists(later))

    def after_cutoff_of_each(self, reports) -> ResponseQuerySet:
        """``after_cutoff_of`` each of ``reports``, annotated ``counting_report``: a row for
        each reply to a report's letters and that report, less those the report counts."""
        counted = self.model.objects.counted_by_outer_report("counting_report").filter(
            pk=OuterRef("pk"))
        return self.filter(letter__reports__in=reports).annotate(
            counting_report=F("letter__reports")).exclude(Exists(counted))

    def after_cutoff_of(self, report: Report) -> ResponseQuerySet:
        """Replies to the report's letters that it does not count: too late for it."""
        counted = self.model.objects.counted_by(report)
        return self.to_letters_of(report).exclude(pk__in=counted.values("pk"))

    def latest_counted_by(self, report: Report | None) -> ResponseQuerySet:
        """Each Government's latest reply among those ``report`` counts: one row a Government.

        A Government that replied to several letters counts once, with its latest views. The
        latest is chosen among all the replies the report counts, whatever else filters
        ``self`` (a stance, a region, a search): those select among the latest replies and
        never change which one is latest.
        """
        latest = latest_of(self.model.objects.counted_by(report), OuterRef("government"))
        return self.counted_by(report).filter(pk=Subquery(latest.values("pk")[:1]))

    def to_letter_by(self, letter: Letter, date: datetime.date) -> ResponseQuerySet:
        """The replies to ``letter`` received on or before ``date``: the live follow-up's
        rule, which no report's cutoff limits."""
        return self.filter(letter=letter, received_on__lte=date)

    def with_is_repeat(self, report: Report | None = None) -> ResponseQuerySet:
        """Annotate ``is_repeat``: the Government had already replied to a letter sent before
        this one's. A reply that is not a repeat is the Government's first-time reply.

        "Already" is as of what the counting could know. For ``report``, an earlier reply
        counts if received by the report's cutoff (it cannot count as a repeat what it had
        not received). Without a report (the letters table, a letter's page), an earlier
        reply counts if received on or before this reply: a Government whose reply to the
        1995 letter came only after its reply to the 1999 one had replied to no earlier letter
        when it answered in 1999. Either way, a report's new respondents are another rule
        (``new_respondents_of``: not counted by the previous report).
        """
        if report is None:
            return self.annotate(is_repeat=Exists(self._earlier_replies(OuterRef("received_on"))))
        return self.annotate(is_repeat=Exists(self._earlier_replies(report.cutoff_on)))

    def with_is_repeat_for_each(self) -> ResponseQuerySet:
        """``with_is_repeat(report)`` for the rows of ``counted_by_each``: each row against
        the cutoff of its own counting report, in one query."""
        return self.annotate(counting_cutoff=F("letter__reports__cutoff_on")).annotate(
            is_repeat=Exists(self._earlier_replies(OuterRef("counting_cutoff"))))

    def _earlier_replies(self, received_by) -> ResponseQuerySet:
        """The outer reply's Government's replies to earlier letters, received on or before
        ``received_by`` (a date or an OuterRef to one): what makes it a repeat."""
        return self.model.objects.filter(
            government=OuterRef("government"), letter__sent_on__lt=OuterRef("letter__sent_on"),
            received_on__lte=received_by,
        )


def respondents_by_group_of_each(reports) -> list[dict]:
    """For each of ``reports`` (pks) and each (region, development group): the Governments
    it counts (``respondents``), those new to it (``new``: the report before it counted no
    reply of theirs, as ``new_respondents_of`` has it), those of its membership (``members``:
    Members on its denominator date, ``members_at``) and the illustrative replies it counts
    (``illustrative``), in one query.

    Why a common table expression around the ORM's queries rather than one ORM query: "new"
    compares each report's respondents with its previous report's. Asked of each counted reply
    (a correlated subquery finding the previous report, then its reply), PostgreSQL ran it
    once a row: 0.3-0.5 s of the 1 s that every report's summaries took at 100 times the demo
    data (400 reports, 33,800 counted replies). Here the counted (report, Government) pairs
    are taken once, by ``counted_by_each``, and joined to themselves through each report's
    previous one (``previous_report``): one hash join, about a quarter of the time. The rules
    stay in the querysets the SQL is made from; the SQL only joins and adds up."""
    from surveys.models import Report, Response

    reports = Report.objects.filter(pk__in=list(reports))
    previous = reports.annotate(report=F("pk"), previous=previous_report(OuterRef("issued_on")))
    # the previous reports are counted too: their respondents are what "new" is new to
    counting = Report.objects.filter(Q(pk__in=reports.values("pk"))
                                     | Q(pk__in=previous.values("previous")))
    is_member = ExpressionWrapper(
        membership_on(F("letter__reports__denominator_on"), "government"),
        output_field=models.BooleanField())
    pairs = (
        Response.objects.counted_by_each(counting).order_by()
        .annotate(respondent=F("government"), region=F("government__region"),
                  development_group=F("government__development_group"), is_member=is_member)
        .values("counting_report", "respondent", "region", "development_group", "is_member")
        .annotate(illustrative=Count("pk", filter=Q(is_illustrative=True)))
    )
    rows = rows_with(
        """SELECT counted.counting_report, counted.region, counted.development_group,
                  COUNT(*),
                  SUM(CASE WHEN earlier.respondent IS NULL THEN 1 ELSE 0 END),
                  SUM(CASE WHEN counted.is_member THEN 1 ELSE 0 END),
                  SUM(counted.illustrative)
           FROM counted
           JOIN previous ON previous.report = counted.counting_report
           LEFT JOIN counted earlier ON earlier.counting_report = previous.previous
                                     AND earlier.respondent = counted.respondent
           GROUP BY counted.counting_report, counted.region, counted.development_group""",
        counted=pairs, previous=previous.values("report", "previous"))
    # PostgreSQL sums counts as numeric: the numbers are made ints again
    return [{"counting_report": report, "government__region": region,
             "government__development_group": group, "respondents": int(respondents),
             "new": int(new), "members": int(members), "illustrative": int(illustrative)}
            for report, region, group, respondents, new, members, illustrative in rows]


def later_than(received_on, pk) -> Q:
    """Replies after the one received on ``received_on`` with ``pk`` (values or OuterRefs),
    in the order of ``LATEST_FIRST``: received later, or the same day and recorded after."""
    return Q(received_on__gt=received_on) | Q(received_on=received_on, pk__gt=pk)


def latest_of(responses: ResponseQuerySet, government) -> ResponseQuerySet:
    """``responses`` of ``government`` (a Government or an OuterRef), the latest first."""
    return responses.filter(government=government).order_by(*LATEST_FIRST)


def follow_up_is_illustrative(government, *, replies_are_illustrative: bool) -> bool:
    """Whether a row of a letter's follow-up list (``awaiting_reply_to``) rests on
    illustrative data: who has not replied rests on who has, so it does when a reply to the
    letter is illustrative (``replies_are_illustrative``, asked once for the whole list), and
    it does when the Government's Permanent Mission is made up. The follow-up table, its
    export and the API read this one rule; ``with_follow_up`` has read the mission already."""
    mission = getattr(government, "mission", None)  # None: no mission recorded
    return replies_are_illustrative or bool(mission and mission.is_illustrative)


def letter_count_is_published(letter) -> Exists:
    """Whether a report states how many replies ``letter`` (an OuterRef) had: paragraphs 6
    and 8 give the 1995 and 1999 letters' (37, 34); none gives the 1997 letter's. A count of
    illustrative replies that no report states is itself illustrative (the 1997 letter's 40),
    and is printed so (``count_is_illustrative``)."""
    from surveys.models import Measure, PublishedFigure

    return Exists(PublishedFigure.objects.filter(measure=Measure.LETTER_RESPONSES,
                                                 letter=letter))


def previous_report(issued_on):
    """The pk of the report issued last before ``issued_on`` (a date or an OuterRef to one),
    as ``Report.previous()`` chooses it: an expression for the queries of many reports."""
    from surveys.models import Report

    earlier = Report.objects.filter(issued_on__lt=issued_on).order_by("-issued_on")
    return Subquery(earlier.values("pk")[:1])


def membership_on(date, government: str = "") -> Q:
    """The seats counted in the membership on ``date`` (a date or an expression): admitted,
    not yet left. ``members_on`` filters by it; a query that needs it as a column of its
    Governments (the comparison of two rounds) annotates it, with no subquery; a query of
    replies, of their ``government`` (the path to it, "government")."""
    field = f"{government}__" if government else ""
    return Q(**{f"{field}admitted_on__lte": date}) & (
        Q(**{f"{field}left_on__isnull": True}) | Q(**{f"{field}left_on__gt": date}))


class GovernmentQuerySet(models.QuerySet):
    def members_on(self, date: datetime.date) -> GovernmentQuerySet:
        """Member State seats counted in the membership on ``date``: admitted, not yet left."""
        return self.filter(membership_on(date))

    def members_by_group_on(
        self, dates, *, by: tuple[str, ...] = ("region", "development_group")
    ) -> dict[datetime.date, dict[tuple, int]]:
        """``members_on(date).count()`` for many dates at once, by the values of ``by``.

        One query reads how many seats were admitted and left on each day; a seat counts on
        ``date`` when admitted on or before it and not left on or before it (a departure
        recorded before its admission counts from the admission, so such a seat never
        counts, as ``members_on`` has it). The number of dates costs no query.
        """
        rows = self.order_by().values_list(*by, "admitted_on", "left_on").annotate(n=Count("pk"))
        admitted: dict[tuple, list] = {}
        left: dict[tuple, list] = {}
        for *key, admitted_on, left_on, n in rows:
            admitted.setdefault(tuple(key), []).append((admitted_on, n))
            if left_on is not None:
                left.setdefault(tuple(key), []).append((max(left_on, admitted_on), n))
        admitted_by, left_by = _running_totals(admitted), _running_totals(left)
        return {
            date: {key: _total_by(admitted_by[key], date) - _total_by(left_by.get(key), date)
                   for key in admitted_by}
            for date in dates
        }

    def recipients_of(self, letter: Letter) -> GovernmentQuerySet:
        """The Members on the day the letter was sent: all Permanent Representatives."""
        return self.members_on(letter.sent_on)

    def members_at(self, report: Report) -> GovernmentQuerySet:
        """The membership the report's shares are taken of: Members on its denominator date."""
        return self.members_on(report.denominator_on)

    def _replied(self, report: Report | None) -> Exists:
        from surveys.models import Response

        return Exists(Response.objects.counted_by(report).filter(government=OuterRef("pk")))

    def respondents_of(self, report: Report | None) -> GovernmentQuerySet:
        """Governments with a reply the report counts (with no report, with any reply)."""
        return self.filter(self._replied(report))

    def non_respondents_of(self, report: Report) -> GovernmentQuerySet:
        """The Members on the report's denominator date with no reply it counts."""
        return self.members_at(report).exclude(self._replied(report))

    def new_respondents_of(self, report: Report) -> GovernmentQuerySet:
        """Respondents of the report that the previous report did not count: new to the
        report, though they may have replied to an earlier letter (``with_is_repeat``)."""
        previous = report.previous()
        respondents = self.respondents_of(report)
        return respondents if previous is None else respondents.exclude(self._replied(previous))

    def repeat_respondents_of(self, report: Report) -> GovernmentQuerySet:
        """Respondents of the report that the previous report counted too."""
        previous = report.previous()
        if previous is None:
            return self.none()
        return self.respondents_of(report).filter(self._replied(previous))

    def surveyed_by(self, report: Report) -> GovernmentQuerySet:
        """Whom the report is about: its membership, and any other Government it counts."""
        return self.filter(
            Q(pk__in=self.model.objects.members_at(report).values("pk")) | self._replied(report)
        )

    def with_counted_replies(self, report: Report | None) -> GovernmentQuerySet:
        """Annotate what the report counts of each Government: ``letters_answered``,
        ``illustrative_replies``, and ``latest_response_id`` / ``latest_stance``."""
        from surveys.models import Response

        counted = Response.objects.counted_by(report).filter(government=OuterRef("pk"))
        latest = latest_of(Response.objects.counted_by(report), OuterRef("pk"))
        return self.annotate(
            letters_answered=SubqueryCount(counted.values("pk")),
            illustrative_replies=SubqueryCount(counted.filter(is_illustrative=True).values("pk")),
            latest_response_id=Subquery(latest.values("pk")[:1]),
            latest_stance=Subquery(latest.values("stance")[:1]),
        )

    def replied_to_letter_by(self, letter: Letter, date: datetime.date) -> GovernmentQuerySet:
        """The recipients of ``letter`` whose reply to it was received by ``date``."""
        from surveys.models import Response

        replied = Response.objects.to_letter_by(letter, date).filter(government=OuterRef("pk"))
        return self.recipients_of(letter).filter(Exists(replied))

    def awaiting_reply_to(self, letter: Letter, date: datetime.date) -> GovernmentQuerySet:
        """The recipients of ``letter`` with no reply to it received by ``date``: whom to
        follow up on that day, whatever any report counted."""
        from surveys.models import Response

        replied = Response.objects.to_letter_by(letter, date).filter(government=OuterRef("pk"))
        return self.recipients_of(letter).exclude(Exists(replied))

    def with_follow_up(self, letter: Letter, date: datetime.date) -> GovernmentQuerySet:
        """Annotate what the follow-up of ``letter`` stood at on ``date``: ``reminders_sent``
        (notes verbales and emails), ``other_contacts`` (calls, meetings, letters),
        ``last_reminder_on``, ``last_contact_on``, the latest contact's ``next_action`` and
        ``next_action_on``, ``is_overdue`` (that date has passed), ``days_since_letter``, and
        whether the Government had by then replied to an earlier letter (``replied_earlier``)
        or to any letter at all (``replied_any``): what splits the list's count."""
        from surveys.models import REMINDER_KINDS, FollowUp, Response

        replies = Response.objects.filter(government=OuterRef("pk"), received_on__lte=date)
        contacts = FollowUp.objects.of_letter_by(letter, date).filter(government=OuterRef("pk"))
        reminders = contacts.filter(kind__in=REMINDER_KINDS)
        latest = contacts.order_by("-contacted_on", "-pk")
        return self.select_related("mission").annotate(
            reminders_sent=SubqueryCount(reminders.values("pk")),
            other_contacts=SubqueryCount(contacts.exclude(kind__in=REMINDER_KINDS).values("pk")),
            last_reminder_on=Subquery(reminders.order_by("-contacted_on").values(
                "contacted_on")[:1]),
            last_contact_on=Subquery(latest.values("contacted_on")[:1]),
            last_officer_id=Subquery(latest.values("officer")[:1]),
            next_action=Subquery(latest.values("next_action")[:1]),
            next_action_on=Subquery(latest.values("next_action_on")[:1]),
            days_since_letter=models.Value((date - letter.sent_on).days),
            replied_earlier=Exists(replies.filter(letter__sent_on__lt=letter.sent_on)),
            replied_any=Exists(replies),
        ).annotate(
            is_overdue=models.Case(
                models.When(next_action_on__lt=date, then=models.Value(True)),
                default=models.Value(False), output_field=models.BooleanField(),
            ),
        )

    def with_latest_stance(self, report: Report | None, stance: str) -> GovernmentQuerySet:
        """Governments whose latest reply the report counts has ``stance``."""
        from surveys.models import Response

        latest = Response.objects.latest_counted_by(report).filter(
            government=OuterRef("pk"), stance=stance
        )
        return self.filter(Exists(latest))


def _running_totals(events: dict[tuple, list]) -> dict[tuple, tuple[list, list]]:
    """For each key, its days sorted and the running total of the counts up to each."""
    totals = {}
    for key, dated in events.items():
        dated.sort(key=lambda pair: pair[0])
        running, days = [], []
        for day, n in dated:
            days.append(day)
            running.append((running[-1] if running else 0) + n)
        totals[key] = (days, running)
    return totals


def _total_by(totals: tuple[list, list] | None, date: datetime.date) -> int:
    """The running total of the events on or before ``date``."""
    if not totals:
        return 0
    days, running = totals
    index = bisect.bisect_right(days, date)
    return running[index - 1] if index else 0


class FollowUpQuerySet(models.QuerySet):
    def of_letter_by(self, letter: Letter, date: datetime.date) -> FollowUpQuerySet:
        """The contacts about ``letter`` made on or before ``date``."""
        return self.filter(letter=letter, contacted_on__lte=date)


class LetterQuerySet(models.QuerySet):
    def with_reply_counts(self) -> LetterQuerySet:
        """Annotate each letter's recipients, replies (all received, whatever the cutoff),
        response rate, first-time respondents (``first_time_respondents``: no reply to an
        earlier letter received by then, ``with_is_repeat``; not a report's new respondents)
        and repeat ones, illustrative replies, and ``count_is_illustrative``: the replies
        are illustrative and no report states their number (``letter_count_is_published``)."""
        from surveys.models import Government, Response

        replies = Response.objects.filter(letter=OuterRef("pk"))
        repeat = replies.with_is_repeat().filter(is_repeat=True)
        return self.select_related("mandate").annotate(
            recipients=SubqueryCount(
                Government.objects.members_on(OuterRef("sent_on")).values("pk")
            ),
            replies=SubqueryCount(replies.values("pk")),
            repeat_respondents=SubqueryCount(repeat.values("pk")),
            illustrative_replies=SubqueryCount(replies.filter(is_illustrative=True).values("pk")),
        ).annotate(
            first_time_respondents=F("replies") - F("repeat_respondents"),
            count_is_illustrative=models.ExpressionWrapper(
                Q(illustrative_replies__gt=0) & ~letter_count_is_published(OuterRef("pk")),
                output_field=models.BooleanField()),
            response_rate=models.ExpressionWrapper(
                F("replies") * 100.0 / NullIf(F("recipients"), 0),
                output_field=models.FloatField(),
            ),
        )


class ReportQuerySet(models.QuerySet):
    def with_respondent_counts(self) -> ReportQuerySet:
        """Annotate ``respondents``: how many Governments each report counted."""
        from surveys.models import Response

        counted = Response.objects.counted_by_outer_report().values("government").distinct()
        return self.annotate(respondents=SubqueryCount(counted))

    def with_latest_response_of(self, government) -> ReportQuerySet:
        """Annotate ``latest_response_id``: the reply of ``government`` each report counted."""
        from surveys.models import Response

        latest = latest_of(Response.objects.counted_by_outer_report(), government)
        return self.annotate(latest_response_id=Subquery(latest.values("pk")[:1]))


class PolicyViewQuerySet(models.QuerySet):
    def shares(self) -> tuple[dict, dict, bool]:
        """Countries by policy for each (year, flow), and for each (year, flow, development
        group), and whether any of the views is illustrative, in one query: paras 3-4
        compare the groups."""
        rows = (self.order_by()
                .values_list("year", "flow", "government__development_group", "policy",
                             "is_illustrative")
                .annotate(n=Count("pk")))
        by_group: dict = defaultdict(lambda: defaultdict(int))
        overall: dict = defaultdict(lambda: defaultdict(int))
        illustrative = False
        for year, flow, group, policy, is_illustrative, n in rows:
            by_group[year, flow, group][policy] += n
            overall[year, flow][policy] += n
            illustrative = illustrative or is_illustrative
        return ({key: dict(counts) for key, counts in overall.items()},
                {key: dict(counts) for key, counts in by_group.items()}, illustrative)
