"""The columns the tables count, as annotations: one query whatever the number of rows.

Chainable helpers in the manner of surveys/querysets.py, kept beside the tables that use them.
"""
from django.db.models import (
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import NullIf

from surveys.models import Government, Report, Response
from surveys.querysets import earlier_replies


def with_replies(queryset, report: Report | None):
    """Annotate letters answered, illustrative replies and the latest stance, by one report."""
    replies = Q()
    cutoff = None
    if report is not None:
        cutoff = report.cutoff_on
        replies = Q(responses__letter__in=list(report.letters.all()),
                    responses__received_on__lte=cutoff)
    return queryset.with_latest_response(cutoff).annotate(
        letters_answered=Count("responses", filter=replies),
        illustrative_replies=Count(
            "responses", filter=replies & Q(responses__is_illustrative=True)
        ),
    )


class SubqueryCount(Subquery):
    """The number of rows of a correlated subquery, as one column of the outer query."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) counted)"
    output_field = IntegerField()


def with_reply_counts(queryset):
    """Annotate each letter's recipients, replies, response rate, new and repeat respondents."""
    replies = Response.objects.filter(letter=OuterRef("pk")).values("pk")
    return queryset.select_related("mandate").annotate(
        recipients=SubqueryCount(Government.objects.members_on(OuterRef("sent_on")).values("pk")),
        replies=SubqueryCount(replies),
        repeat_respondents=SubqueryCount(replies.filter(Exists(earlier_replies()))),
        illustrative_replies=SubqueryCount(replies.filter(is_illustrative=True)),
    ).annotate(
        new_respondents=F("replies") - F("repeat_respondents"),
        response_rate=ExpressionWrapper(
            F("replies") * 100.0 / NullIf(F("recipients"), 0), output_field=FloatField()
        ),
    )
