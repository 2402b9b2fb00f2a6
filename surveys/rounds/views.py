"""The comparison of two rounds: a table with filters and export, and a chart of the flows."""
from django.shortcuts import render
from django.utils.translation import gettext as _

from core.views import TablePage
from surveys import charts, links
from surveys.rounds import STANCES, compared, default_sides, flows, side_of
from surveys.rounds.filters import ComparisonFilter
from surveys.rounds.tables import ComparisonTable

STANCE_LABELS = dict(STANCES)


def chosen_sides(params):
    """The two sides of ``params`` (the last two letters by default, or when one is unknown
    or both are the same; the filter form says why)."""
    defaults = default_sides()
    if defaults is None:
        return None
    first = side_of(params.get("first")) or defaults[0]
    second = side_of(params.get("second")) or defaults[1]
    return defaults if first.key == second.key else (first, second)


def flow_chart(first, second, rows) -> charts.BarChart:
    chart_rows = []
    for before, after, n in flows(rows):
        label = f"{STANCE_LABELS[before]} → {STANCE_LABELS[after]}"
        href = links.table_url("surveys:round_comparison", first=first.key, second=second.key,
                               stance_first=before, stance_second=after)
        chart_rows.append((label, n, str(n), href))
    return charts.bar_chart(
        slug="flows", title=_("From the first round to the second"),
        description="; ".join(charts.labelled(label, n) for label, n, _text, _href in chart_rows)
        or _("No Governments."),
        label_heading=_("Stance in the first → in the second"),
        value_heading=_("Governments"), rows=chart_rows,
    )


class RoundComparisonView(TablePage):
    """Each Government's stance in two letters or reports, and who moved."""

    filterset_class = ComparisonFilter
    table_class = ComparisonTable
    template_name = "surveys/rounds/comparison.html"

    def dispatch(self, request, *args, **kwargs):
        self.sides = chosen_sides(request.GET)
        if self.sides is None:
            return render(request, "surveys/rounds/too_few.html", status=404)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        first, second = self.sides
        self.export_name = f"comparison-{first.key}-{second.key}"
        return compared(first, second)

    @property
    def rests_on_illustrative(self) -> bool:
        if not hasattr(self, "_illustrative"):
            self._illustrative = any(side.rests_on_illustrative() for side in self.sides)
        return self._illustrative

    def rows_are_illustrative(self) -> bool:
        return self.rests_on_illustrative

    def get_table(self, **kwargs):
        table = super().get_table(**kwargs)
        table.rests_on_illustrative = self.rests_on_illustrative
        return table

    def get_title(self) -> str:
        first, second = self.sides
        return _("From the %(first)s to the %(second)s") % {"first": first.label,
                                                             "second": second.label}

    def get_context_data(self, **kwargs):
        first, second = self.sides
        return super().get_context_data(
            first=first, second=second,
            flow_chart=flow_chart(first, second, compared(first, second)), **kwargs)
