"""What the dashboard and the detail pages show, read from the records in a fixed number of queries.

Each function returns the template context of one page. The report figures come from
``surveys.reports.report_summary``, the one place they are computed.
"""
import calendar
from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from surveys import annotations, charts, links, reports
from surveys.models import Code, DevelopmentGroup, Government, Letter, Report, Response


@dataclass(frozen=True)
class Figure:
    """A headline figure: '47' 'in favour', linking to the rows it counts."""

    value: str
    label: str
    href: str


def headline_figures(summary: reports.Summary) -> list[Figure]:
    report = summary.report
    figures = [
        Figure(str(summary.respondents), _("Governments replied"), links.replied_url(report)),
        Figure(f"{summary.membership_share_percent}%", _("of the membership of %(n)s replied")
               % {"n": summary.denominator}, links.replied_url(report)),
    ]
    figures += [
        Figure(str(s.count), s.label.lower(), links.stance_url(report, s.stance))
        for s in summary.stances
    ]
    figures.append(Figure(str(summary.non_respondents), _("never replied"),
                          links.non_respondents_url(report)))
    return figures


def growth_chart() -> charts.BarChart:
    counted = reports.respondents_over_reports()
    return charts.bar_chart(
        slug="growth", title=_("Governments that had replied, report by report"),
        description=", ".join(f"{r.symbol}: {n}" for r, n in counted),
        label_heading=_("Report"), value_heading=_("Governments that had replied"),
        rows=[(f"{r.symbol} ({r.issued_on.year})", n, str(n), links.replied_url(r))
              for r, n in counted],
    )


def rate_chart(report: Report, rates, by: str, title: str, heading: str) -> charts.BarChart:
    labels = dict(DevelopmentGroup.choices) if by == "development_group" else {}
    rows = [
        (labels.get(rate.name, rate.name), rate.rate_percent,
         charts.rate_text(rate.respondents, rate.members, rate.rate_percent),
         links.replied_url(report, **{by: rate.name}))
        for rate in rates
    ]
    return charts.bar_chart(
        slug=f"rate-{by}", title=title, description=charts.describe_rates(rates),
        label_heading=heading, value_heading=_("Replied, of the Members"), rows=rows,
        maximum=100,
    )


def summary_context(summary: reports.Summary) -> dict:
    report = summary.report
    return {
        "report": report, "summary": summary, "is_illustrative": summary.is_illustrative,
        "figures": headline_figures(summary),
        "region_chart": rate_chart(report, summary.by_region, "region",
                                   _("Response rate by region"), _("Region")),
        "group_chart": rate_chart(report, summary.by_development_group, "development_group",
                                  _("Response rate by development group"),
                                  _("Development group")),
    }


def dashboard() -> dict:
    report = Report.objects.order_by("-issued_on").first()
    if report is None:
        return {"report": None}
    context = summary_context(reports.report_summary(report=report))
    return {**context, "growth_chart": growth_chart()}


def report_page(report: Report) -> dict:
    summary = reports.report_summary(report=report)
    checks = [(check, links.figure_url(check.figure, report)) for check in summary.figures]
    letters = [(count, links.letter_replies_url(count.letter, report.cutoff_on))
               for count in summary.letters]
    return {**summary_context(summary), "checks": checks, "letter_counts": letters}


@dataclass(frozen=True)
class LetterRow:
    letter: Letter
    was_member: bool
    response: Response | None


def _latest(responses, letter_ids, cutoff):
    counted = [r for r in responses if r.letter_id in letter_ids and r.received_on <= cutoff]
    return max(counted, key=lambda r: (r.received_on, r.pk), default=None)


def stance_by_report(responses) -> list[tuple[Report, Response | None, bool]]:
    """The stance each report counted for the Government, and whether it had changed."""
    rows, previous = [], None
    for report in Report.objects.prefetch_related("letters").order_by("issued_on"):
        ids = {letter.pk for letter in report.letters.all()}
        latest = _latest(responses, ids, report.cutoff_on)
        stance = latest.stance if latest else None
        rows.append((report, latest, bool(previous and stance and stance != previous)))
        previous = stance or previous
    return rows


def policy_rows(government: Government) -> list[tuple[int, dict]]:
    years: dict[int, dict] = {}
    for view in government.policy_views.order_by("year", "flow"):
        years.setdefault(view.year, {})[view.flow] = view
    return sorted(years.items())


def government_page(government: Government) -> dict:
    responses = list(
        government.responses.select_related("letter").order_by("received_on", "pk")
        .prefetch_related(Prefetch("codes", queryset=Code.objects.select_related("topic")))
    )
    by_letter = {r.letter_id: r for r in responses}
    rows = [LetterRow(letter, government.is_member_on(letter.sent_on), by_letter.get(letter.pk))
            for letter in Letter.objects.order_by("sent_on")]
    policies = policy_rows(government)
    illustrative = any(r.is_illustrative for r in responses) or any(
        view.is_illustrative for _year, flows in policies for view in flows.values()
    )
    return {"letter_rows": rows, "stances": stance_by_report(responses),
            "policy_rows": policies, "is_illustrative": illustrative}


def replies_by_month(letter: Letter) -> charts.BarChart:
    months = (Response.objects.filter(letter=letter).annotate(month=TruncMonth("received_on"))
              .order_by("month").values_list("month").annotate(n=Count("pk")))
    rows = []
    for month, n in months:
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        href = links.table_url("surveys:response_list", letter=letter.number,
                               received_from=month.isoformat(), received_to=last.isoformat())
        rows.append((month.strftime("%B %Y"), n, str(n), href))
    return charts.bar_chart(
        slug="replies-by-month", title=_("Replies received, month by month"),
        description=", ".join(f"{label}: {n}" for label, n, _text, _href in rows)
        or _("No replies."),
        label_heading=_("Month"), value_heading=_("Replies received"), rows=rows,
    )


def late_replies(letter: Letter) -> list[tuple[Report, list[Response]]]:
    """For each report that counted the letter, the replies that came after its cutoff."""
    counted_by = list(letter.reports.order_by("issued_on"))
    if not counted_by:
        return []
    earliest = min(report.cutoff_on for report in counted_by)
    late = list(Response.objects.filter(letter=letter, received_on__gt=earliest)
                .select_related("government").order_by("received_on", "government__name"))
    return [(report, [r for r in late if r.received_on > report.cutoff_on])
            for report in counted_by]


def letter_page(letter: Letter) -> dict:
    counts = annotations.with_reply_counts(Letter.objects.filter(pk=letter.pk)).get()
    return {
        "counts": counts, "is_illustrative": counts.illustrative_replies > 0,
        "recipients_url": links.table_url("surveys:government_list", letter=letter.number),
        "replies_url": links.table_url("surveys:response_list", letter=letter.number),
        "new_url": links.table_url("surveys:response_list", letter=letter.number,
                                   respondent="new"),
        "repeat_url": links.table_url("surveys:response_list", letter=letter.number,
                                      respondent="repeat"),
        "month_chart": replies_by_month(letter), "late": late_replies(letter),
    }
