"""What the dashboard shows: the latest report's headline figures, each linking to its rows,
and the charts; read from ``surveys.summary.figures.report_summary``, the one place they are
computed."""
from dataclasses import dataclass

from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from core.dataversion import cached
from core.fragments import rendered
from surveys import charts, links
from surveys.models import Report, area_label
from surveys.summary.figures import Summary, report_summary
from surveys.summary.quantifiers import per_cent


@dataclass(frozen=True)
class Figure:
    """A headline figure: '47' 'in favour', linking to the rows it counts."""

    value: str
    label: str
    href: str


def headline_figures(summary: Summary) -> list[Figure]:
    report = summary.report
    figures = [
        Figure(str(summary.respondents), _("Governments replied"), links.replied_url(report)),
        Figure(per_cent(summary.membership_share_percent), _("of the membership of %(n)s replied")
               % {"n": summary.denominator}, links.replied_url(report)),
    ]
    figures += [
        Figure(str(s.count), s.label.lower(), links.stance_url(report, s.stance))
        for s in summary.stances
    ]
    figures.append(Figure(str(summary.non_respondents), _("never replied"),
                          links.non_respondents_url(report)))
    return figures


# The growth chart shows the reports up to the latest, at most this many, so that the
# dashboard does not grow with the reports; the reports list has them all.
GROWTH_REPORTS = 12


def growth_chart() -> charts.BarChart:
    latest = list(Report.objects.with_respondent_counts().order_by("-issued_on", "-pk")
                  [:GROWTH_REPORTS + 1])
    counted = latest[:GROWTH_REPORTS][::-1]
    title = _("Governments that had replied, report by report")
    if len(latest) > GROWTH_REPORTS:
        title = _("Governments that had replied, report by report: the latest %(n)s reports "
                  "(the reports list has every one)") % {"n": GROWTH_REPORTS}
    return charts.bar_chart(
        slug="growth", title=title,
        description=", ".join(charts.labelled(r.symbol, r.respondents) for r in counted),
        label_heading=_("Report"), value_heading=_("Governments that had replied"),
        rows=[(f"{r.symbol} ({r.issued_on.year})", r.respondents, str(r.respondents),
               links.replied_url(r)) for r in counted],
    )


def rate_chart(report: Report, rates, by: str, title: str, heading: str) -> charts.BarChart:
    rows = [
        (area_label(rate.name), rate.rate_percent,
         charts.rate_text(rate.respondents, rate.members, rate.rate_percent),
         links.replied_url(report, member="yes", **{by: rate.name}))
        for rate in rates
    ]
    return charts.bar_chart(
        slug=f"rate-{by}", title=title, description=charts.describe_rates(rates),
        label_heading=heading, value_heading=_("Replied, of the Members"), rows=rows,
        maximum=100,
    )


def figures_context(summary: Summary) -> dict:
    """The headline figures and the response-rate charts of one report's summary."""
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


# What the dashboard is drawn from, for who reads it besides the page (tests, templates).
DRAWN_FROM = ("report", "summary", "figures", "growth_chart", "region_chart", "group_chart",
              "open_round")


def dashboard() -> dict:
    """The dashboard rendered once and kept in the shared cache while no record changed:
    HTML and a flag, which the cache hands back quickly, not the summary's records. What it
    is drawn from (``DRAWN_FROM``) is worked out again only for who reads it."""
    # The open round's "overdue" is as of today: a new day is a new entry.
    parts = cached(_dashboard_parts, "dashboard-page", timezone.localdate().isoformat())
    drawn_from = SimpleLazyObject(_dashboard)
    return {**parts, **{key: SimpleLazyObject(lambda key=key: drawn_from.get(key))
                        for key in DRAWN_FROM}}


def _dashboard_parts() -> dict:
    context = _dashboard()
    return {"dashboard_html": rendered("surveys/dashboard_content.html", context),
            "is_illustrative": context.get("is_illustrative", False)}


def _dashboard() -> dict:
    from surveys.followup.status import round_status

    report = Report.objects.order_by("-issued_on").first()
    if report is None:
        return {"report": None, "open_round": round_status()}
    context = figures_context(report_summary(report=report))
    return {**context, "growth_chart": growth_chart(), "open_round": round_status()}
