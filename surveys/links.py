"""Where each count's rows are listed: the table address, filtered to exactly those rows.

A count on the dashboard, or a published figure on a report's page, links to the table that
lists what it counts, so that "47 in favour" opens 47 responses and "78 replied" opens 78
Governments.
"""
import datetime

from django.urls import reverse
from django.utils.http import urlencode

from surveys.models import Measure, PublishedFigure, Report


def table_url(name: str, **params) -> str:
    query = urlencode({key: value for key, value in params.items() if value not in ("", None)})
    return f"{reverse(name)}?{query}" if query else reverse(name)


def replied_url(report: Report, **params) -> str:
    """The Governments the report counts as having replied (paragraph 9: 78 for A/56/167)."""
    return table_url("surveys:government_list", report=report.slug, replied="yes", **params)


def new_respondents_url(report: Report) -> str:
    """The report's new respondents: those the previous report did not count."""
    return replied_url(report, new="yes")


def stance_url(report: Report, stance: str, **params) -> str:
    """Each Government's latest counted response with that stance (47 in favour, ...)."""
    return table_url("surveys:response_list", report=report.slug, stance=stance, **params)


def non_respondents_url(report: Report) -> str:
    return reverse("surveys:non_respondents", args=[report.slug])


def letter_replies_url(letter, cutoff: datetime.date | None = None) -> str:
    received_to = cutoff.isoformat() if cutoff else None
    return table_url("surveys:response_list", letter=letter.number, received_to=received_to)


def _topic_url(report: Report, figure: PublishedFigure) -> str:
    topic = figure.topic or figure.code.topic
    return stance_url(report, topic.counted_within, topic=topic.slug)


def _code_url(report: Report, figure: PublishedFigure) -> str:
    return stance_url(report, figure.code.topic.counted_within, code=figure.code_id)


def figure_url(figure: PublishedFigure, report: Report) -> str:
    """The table behind a published figure of ``report``, or '' when no table lists its
    rows."""
    m = Measure
    builders = {
        m.LETTERS_SENT: lambda: reverse("surveys:letter_list"),
        m.RESPONDENTS: lambda: replied_url(report),
        m.MEMBERSHIP_SHARE: lambda: replied_url(report),
        m.NEW_RESPONDENTS: lambda: new_respondents_url(report),
        m.NON_RESPONDENTS: lambda: non_respondents_url(report),
        m.NON_RESPONSE: lambda: non_respondents_url(report),
        m.LETTER_RESPONSES: lambda: letter_replies_url(figure.letter, report.cutoff_on),
        m.STANCE_COUNT: lambda: stance_url(report, figure.stance),
        m.STANCE_SHARE: lambda: stance_url(report, figure.stance),
        m.TOPIC_COMMENTING: lambda: _topic_url(report, figure),
        m.CODE_SHARE: lambda: _code_url(report, figure),
        m.MOST_FREQUENT: lambda: _topic_url(report, figure),
    }
    builder = builders.get(figure.measure)
    return builder() if builder else ""
