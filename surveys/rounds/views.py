"""The comparison of two rounds: who changed stance, then every other movement and a chart
of them in the order of meaning, then a table with filters and export.

The part above the table is the same for every reader of the same two rounds: it is kept
rendered in the shared cache under the data version, the language and the two rounds
({% cache %} in its template), and what it is drawn from is worked out only on a miss
(``core.dataversion.lazy_context``)."""
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.dataversion import lazy_context
from core.views import TablePage
from surveys import charts
from surveys.rounds.comparison import Comparison, Movement, compared, comparison
from surveys.rounds.filters import ComparisonFilter
from surveys.rounds.sides import chosen_sides
from surveys.rounds.tables import ComparisonTable

# A bar's label longer than this would run past the chart's left edge (its column fits about
# 32 characters of text): it is shortened to the movement's short name, which the table of
# movements above the chart gives in full.
FITS_BESIDE_A_BAR = 32


def bar_label(movement) -> str:
    """The movement's words, or, where they would not fit beside its bar, its short name."""
    if len(movement.label) <= FITS_BESIDE_A_BAR or movement.movement != Movement.VIEW_STANDS:
        return movement.label
    return pgettext("a movement, on a bar of the chart", "No new reply")


def movement_chart(summary: Comparison) -> charts.BarChart:
    """Every movement in the order of meaning (a changed stance first, the largest number,
    no reply to either, last), coloured by meaning, each bar linking to its rows."""
    rows = [(bar_label(movement), movement.count, str(movement.count), movement.href,
             movement.colour) for movement in summary.movements]
    return charts.bar_chart(
        slug="movements", title=_("All movements, changes of stance first"),
        description="; ".join(charts.labelled(m.label, m.count) for m in summary.movements),
        label_heading=_("Movement"), value_heading=_("Governments"), rows=rows,
    )


class RoundComparisonView(TablePage):
    """Each Government's stance in two letters or reports, and who moved."""

    filterset_class = ComparisonFilter
    table_class = ComparisonTable
    template_name = "surveys/rounds/comparison.html"
    cache_rendered_table = True

    def dispatch(self, request, *args, **kwargs):
        self.sides = chosen_sides(request.GET)
        if self.sides is None:
            return render(request, "surveys/rounds/too_few.html", status=404)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        first, second = self.sides
        self.export_name = f"comparison-{first.key}-{second.key}"
        return compared(first, second)

    def get_filterset_kwargs(self, filterset_class):
        return {**super().get_filterset_kwargs(filterset_class), "first": self.sides[0]}

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
        table.first = self.sides[0]
        return table

    def get_title(self) -> str:
        first, second = self.sides
        return _("From the %(first)s to the %(second)s") % {"first": first.label,
                                                             "second": second.label}

    def get_context_data(self, **kwargs):
        first, second = self.sides
        if self.exporting():
            return super().get_context_data(**kwargs)
        return super().get_context_data(
            first=first, second=second,
            **lazy_context(lambda: movements(first, second), ("comparison", "movement_chart")),
            **kwargs)


def movements(first, second) -> dict:
    """What the part above the table is drawn from: the comparison and its chart."""
    summary = comparison(first=first, second=second)
    return {"comparison": summary, "movement_chart": movement_chart(summary)}
