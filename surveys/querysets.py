"""Which replies count, and for whom: the one place the counting rules live.

A report counts the replies to its own letters received on or before its cutoff
(``ResponseQuerySet.counted_by``), and, for each Government, the latest of them
(``latest_counted_by``: the later date wins; on the same day, the reply recorded last).
Its respondents are the Governments with a counted reply; its non-respondents the Members on
its denominator date without one; its new respondents those the previous report did not
count. The summary, every table filter and annotation, the detail pages and the exports
call these methods and nothing else.
"""
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import NullIf

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
    def _counted(self, report, cutoff) -> ResponseQuerySet:
        # THE rule, for a report or an OuterRef to one: its own letters, by its cutoff.
        return self.filter(letter__reports=report, received_on__lte=cutoff)

    def counted_by(self, report: Report | None) -> ResponseQuerySet:
        """The replies ``report`` counts; with no report, every reply ever received."""
        if report is None:
            return self.all()
        return self._counted(report.pk, report.cutoff_on)

    def counted_by_outer_report(self) -> ResponseQuerySet:
        """``counted_by`` for the report of an outer query (``OuterRef("pk")``)."""
        return self._counted(OuterRef("pk"), OuterRef("cutoff_on"))

    def after_cutoff_of(self, report: Report) -> ResponseQuerySet:
        """Replies to the report's letters that came after its cutoff: too late for it."""
        return self.filter(letter__reports=report, received_on__gt=report.cutoff_on)

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

    def with_is_repeat(self) -> ResponseQuerySet:
        """Annotate ``is_repeat``: the Government replied to a letter sent before this one's.

        The summary, the letters table and the responses filter tell new respondents from
        repeat ones by this one rule.
        """
        earlier = self.model.objects.filter(
            government=OuterRef("government"), letter__sent_on__lt=OuterRef("letter__sent_on")
        )
        return self.annotate(is_repeat=Exists(earlier))


def latest_of(responses: ResponseQuerySet, government) -> ResponseQuerySet:
    """``responses`` of ``government`` (a Government or an OuterRef), the latest first."""
    return responses.filter(government=government).order_by(*LATEST_FIRST)


class GovernmentQuerySet(models.QuerySet):
    def members_on(self, date: datetime.date) -> GovernmentQuerySet:
        """Member State seats counted in the membership on ``date``: admitted, not yet left."""
        return self.filter(admitted_on__lte=date).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=date)
        )

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
        """Respondents of the report that the previous report did not count."""
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

    def with_replied(self, report: Report | None) -> GovernmentQuerySet:
        """Annotate ``replied``: whether the report counts a reply of the Government."""
        return self.annotate(replied=self._replied(report))

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
        (contacts logged), ``last_contact_on``, the latest contact's ``next_action`` and
        ``next_action_on``, ``is_overdue`` (that date has passed) and ``days_since_letter``."""
        from surveys.models import FollowUp

        contacts = FollowUp.objects.of_letter_by(letter, date).filter(government=OuterRef("pk"))
        latest = contacts.order_by("-contacted_on", "-pk")
        return self.select_related("mission").annotate(
            reminders_sent=SubqueryCount(contacts.values("pk")),
            last_contact_on=Subquery(latest.values("contacted_on")[:1]),
            next_action=Subquery(latest.values("next_action")[:1]),
            next_action_on=Subquery(latest.values("next_action_on")[:1]),
            days_since_letter=models.Value((date - letter.sent_on).days),
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


class FollowUpQuerySet(models.QuerySet):
    def of_letter_by(self, letter: Letter, date: datetime.date) -> FollowUpQuerySet:
        """The contacts about ``letter`` made on or before ``date``."""
        return self.filter(letter=letter, contacted_on__lte=date)


class LetterQuerySet(models.QuerySet):
    def with_reply_counts(self) -> LetterQuerySet:
        """Annotate each letter's recipients, replies (all received, whatever the cutoff),
        response rate, new and repeat respondents, and illustrative replies."""
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
            new_respondents=F("replies") - F("repeat_respondents"),
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
    def shares(self) -> dict[tuple[int, str], dict[str, int]]:
        """Counts of Governments by policy, for each (year, flow), in one query."""
        shares: dict[tuple[int, str], dict[str, int]] = {}
        rows = self.order_by().values_list("year", "flow", "policy").annotate(n=Count("pk"))
        for year, flow, policy, n in rows:
            shares.setdefault((year, flow), {})[policy] = n
        return shares
