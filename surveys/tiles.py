"""The report's tiles: a count in large type with its words, each linking to the rows it
counts, shown by the dashboard, the report page, the summary and the open round's status;
and the response-rate charts drawn beside a report's tiles. Read from a finished Summary
(``surveys.summary.counts``), the one place the counts are computed."""
from dataclasses import dataclass

from django.utils.translation import gettext as _

from surveys import charts, links
from surveys.models import Report, area_label
from surveys.notices import illustrative_kinds
from surveys.summary.counts import Summary
from surveys.summary.quantifiers import per_cent


@dataclass(frozen=True)
class Tile:
    """'47' 'in favour', linking to the rows it counts."""

    value: str
    label: str
    href: str


def headline_tiles(summary: Summary) -> list[Tile]:
    report = summary.report
    tiles = [
        Tile(str(summary.respondents), _("Governments replied"), links.replied_url(report)),
        Tile(per_cent(summary.membership_share_percent), _("of the membership of %(n)s replied")
             % {"n": summary.denominator}, links.replied_url(report)),
    ]
    tiles += [
        Tile(str(s.count), s.label.lower(), links.stance_url(report, s.stance))
        for s in summary.stances
    ]
    tiles.append(Tile(str(summary.non_respondents), _("never replied"),
                      links.non_respondents_url(report)))
    return tiles


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


def tiles_context(summary: Summary) -> dict:
    """The headline tiles and the response-rate charts of one report's summary."""
    report = summary.report
    return {
        "report": report, "summary": summary, "is_illustrative": summary.is_illustrative,
        # The tiles and charts count replies; a page that shows more says so itself.
        "illustrative_kinds": illustrative_kinds(replies=summary.is_illustrative),
        "tiles": headline_tiles(summary),
        "region_chart": rate_chart(report, summary.by_region, "region",
                                   _("Response rate by region"), _("Region")),
        "group_chart": rate_chart(report, summary.by_development_group, "development_group",
                                  _("Response rate by development group"),
                                  _("Development group")),
    }
