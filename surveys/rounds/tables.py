"""The comparison's columns, shared by the page and its export."""
import django_tables2 as tables
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.i18n import ReaderNameColumn, reader_order
from core.tables import BaseTable, YesNoColumn
from surveys.models import Government
from surveys.rounds.comparison import in_order_of_meaning, movement_labels
from surveys.rounds.sides import STANCES

STANCE_LABELS = dict(STANCES)


class ComparisonTable(BaseTable):
    """Each Government's stance in both rounds and its movement, sorted by meaning (a changed
    stance first). The view sets ``rests_on_illustrative`` and ``first`` (the first side,
    whose round "no new reply (its view of April 1997 stands)" names)."""

    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"))
    stance_first = tables.Column(verbose_name=_("Stance in the first"))
    stance_second = tables.Column(verbose_name=_("Stance in the second"))
    movement = tables.Column(verbose_name=_("Movement"))
    illustrative = YesNoColumn(accessor="pk", orderable=False, verbose_name=_("Illustrative"))

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "development_group")
        sequence = fields + ("stance_first", "stance_second", "movement", "illustrative")
        order_by = ("movement",)  # in the order of meaning, names within each

    rests_on_illustrative = False
    first = None

    @cached_property
    def movement_words(self) -> dict[str, str]:
        return movement_labels(self.first)

    def render_stance_first(self, value):
        return STANCE_LABELS.get(value, value)

    render_stance_second = render_stance_first

    def value_stance_first(self, value):
        return str(STANCE_LABELS.get(value, value))

    value_stance_second = value_stance_first

    def render_movement(self, value):
        return self.movement_words.get(value, value)

    def value_movement(self, value):
        return str(self.render_movement(value))

    def order_movement(self, queryset, is_descending):
        """In the order of meaning, not of the values' letters; names within a movement."""
        rank = in_order_of_meaning()
        queryset = queryset.annotate(movement_rank=rank).order_by(
            "-movement_rank" if is_descending else "movement_rank", reader_order())
        return queryset, True

    def render_illustrative(self, record):
        return _("Yes") if self.rests_on_illustrative else _("No")

    def value_illustrative(self, record):
        return str(self.render_illustrative(record))
