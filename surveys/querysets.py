"""Chainable many-row filters and annotations for the survey records."""
from __future__ import annotations

import datetime

from django.db import models
from django.db.models import OuterRef, Q, Subquery


def earlier_replies():
    """Replies by the same Government to a letter sent before this one's (``OuterRef``s).

    Wrapped in ``Exists`` it tells a repeat respondent from a new one; the summary, the
    letters table and the responses filter all count new and repeat by this one rule.
    """
    from surveys.models import Response

    return Response.objects.filter(
        government=OuterRef("government"), letter__sent_on__lt=OuterRef("letter__sent_on")
    )


class GovernmentQuerySet(models.QuerySet):
    def members_on(self, date: datetime.date) -> GovernmentQuerySet:
        """Member State seats counted in the membership on ``date``: admitted, not yet left."""
        return self.filter(admitted_on__lte=date).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=date)
        )

    def replied_by(self, cutoff: datetime.date) -> GovernmentQuerySet:
        """Governments with at least one response received on or before ``cutoff``."""
        return self.filter(responses__received_on__lte=cutoff).distinct()

    def with_latest_response(self, cutoff: datetime.date | None = None) -> GovernmentQuerySet:
        """Annotate ``latest_response_id`` and ``latest_stance`` as of ``cutoff`` (or ever)."""
        from surveys.models import Response

        latest = Response.objects.filter(government=OuterRef("pk"))
        if cutoff is not None:
            latest = latest.filter(received_on__lte=cutoff)
        latest = latest.order_by("-received_on", "-pk")
        return self.annotate(
            latest_response_id=Subquery(latest.values("pk")[:1]),
            latest_stance=Subquery(latest.values("stance")[:1]),
        )


class ResponseQuerySet(models.QuerySet):
    def received_by(self, cutoff: datetime.date) -> ResponseQuerySet:
        return self.filter(received_on__lte=cutoff)

    def for_report(self, report) -> ResponseQuerySet:
        """Responses to the report's letters received by its cutoff."""
        return self.filter(letter__in=report.letters.all(), received_on__lte=report.cutoff_on)

    def latest_by_government(self, cutoff: datetime.date, letters=None) -> ResponseQuerySet:
        """Each Government's most recent response received by ``cutoff``: one row a Government.

        A Government that replied to several letters counts once, with its latest views.
        With ``letters`` (a report's), only replies to those letters compete for "latest".
        Other filters (a stance, a region) belong after this call, so that they select among
        the latest responses rather than change which one is latest.
        """
        from surveys.models import Response

        candidates = Response.objects.all() if letters is None else Response.objects.filter(
            letter__in=letters
        )
        newer = candidates.filter(
            government=OuterRef("government"), received_on__lte=cutoff
        ).filter(
            Q(received_on__gt=OuterRef("received_on"))
            | Q(received_on=OuterRef("received_on"), pk__gt=OuterRef("pk"))
        )
        return self.filter(received_on__lte=cutoff).exclude(models.Exists(newer))


class PolicyViewQuerySet(models.QuerySet):
    def in_year(self, year: int) -> PolicyViewQuerySet:
        return self.filter(year=year)
