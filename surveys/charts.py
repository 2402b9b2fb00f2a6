"""Bar charts drawn on the server as SVG, so that they print, with the data as a table.

``bar_chart()`` lays the bars out; ``templates/includes/bar_chart.html`` draws them with a
<title> and <desc> and the same figures in a table beneath, each linking to its rows.
"""
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from surveys.models import area_label
from surveys.summary.quantifiers import per_cent

WIDTH = 660
LABEL_WIDTH = 250
TEXT_WIDTH = 150
BAR_HEIGHT = 24
GAP = 10
TOP = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    href: str
    y: int
    width: float
    fill: str = ""  # a colour of its own (a movement's, say); else the chart's bar colour

    @property
    def text_x(self) -> float:
        return LABEL_WIDTH + self.width + 6

    @property
    def baseline(self) -> int:
        return self.y + BAR_HEIGHT - 7


@dataclass(frozen=True)
class BarChart:
    slug: str
    title: str
    description: str
    label_heading: str
    value_heading: str
    bars: tuple[Bar, ...]

    width = WIDTH
    label_width = LABEL_WIDTH
    bar_height = BAR_HEIGHT

    @property
    def height(self) -> int:
        return TOP * 2 + len(self.bars) * (BAR_HEIGHT + GAP)

    @property
    def label_x(self) -> int:
        return LABEL_WIDTH - 8


def bar_chart(
    *, slug: str, title: str, description: str, label_heading: str, value_heading: str,
    rows: Iterable[tuple], maximum: float | None = None,
) -> BarChart:
    """A horizontal bar chart of (label, value, text shown beside the bar, link) rows; a row
    may end with a fifth item, its bar's colour, where colours tell kinds of bar apart.

    Bars are scaled to ``maximum`` (100 for percentages) or else to the largest value.
    """
    rows = list(rows)
    top = maximum or max((value for _label, value, *_rest in rows), default=0) or 1
    room = WIDTH - LABEL_WIDTH - TEXT_WIDTH
    bars = tuple(
        Bar(label=str(label), value=value, text=text, href=href,
            y=TOP + i * (BAR_HEIGHT + GAP), width=round(room * value / top, 1),
            fill=fill[0] if fill else "")
        for i, (label, value, text, href, *fill) in enumerate(rows)
    )
    return BarChart(slug, title, description, label_heading, value_heading, bars)


def rate_text(respondents: int, members: int, percent: int) -> str:
    """'32 of 53 (60 per cent)', the words beside a response-rate bar."""
    return _("%(respondents)s of %(members)s (%(percent)s)") % {
        "respondents": respondents, "members": members, "percent": per_cent(percent),
    }


def labelled(label, value) -> str:
    """'A/56/167: 78', a bar of a chart's text alternative (French puts a space before ':')."""
    return _("%(label)s: %(value)s") % {"label": label, "value": value}


def describe_rates(rates) -> str:
    """A sentence naming the highest and lowest response rates, for the chart's <desc>."""
    if not rates:
        return _("No Governments are counted.")
    ranked = sorted(rates, key=lambda rate: rate.rate_percent)
    return _("Highest: %(high)s at %(high_rate)s; lowest: %(low)s at %(low_rate)s.") % {
        "high": area_label(ranked[-1].name), "high_rate": per_cent(ranked[-1].rate_percent),
        "low": area_label(ranked[0].name), "low_rate": per_cent(ranked[0].rate_percent),
    }
