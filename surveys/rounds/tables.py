"""The comparison's columns, shared by the page and its export."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from core.i18n import ReaderNameColumn
from core.tables import BaseTable, YesNoColumn
from surveys.models import Government
from surveys.rounds import STANCES, Movement

STANCE_LABELS = dict(STANCES)
MOVEMENTS = dict(Movement.choices)


class ComparisonTable(BaseTable):
    """Each Government's stance in both rounds; the view sets ``rests_on_illustrative``."""

    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"))
    stance_first = tables.Column(verbose_name=_("Stance in the first"))
    stance_second = tables.Column(verbose_name=_("Stance in the second"))
    movement = tables.Column(verbose_name=_("Movement"))
    illustrative = YesNoColumn(accessor="pk", orderable=False, verbose_name=_("Illustrative"))

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "development_group")
        sequence = fields + ("stance_first", "stance_second", "movement", "illustrative")
        order_by = ("name",)

    rests_on_illustrative = False

    def render_stance_first(self, value):
        return STANCE_LABELS.get(value, value)

    render_stance_second = render_stance_first

    def value_stance_first(self, value):
        return str(STANCE_LABELS.get(value, value))

    value_stance_second = value_stance_first

    def render_movement(self, value):
        return MOVEMENTS.get(value, value)

    def value_movement(self, value):
        return str(MOVEMENTS.get(value, value))

    def render_illustrative(self, record):
        return _("Yes") if self.rests_on_illustrative else _("No")

    def value_illustrative(self, record):
        return str(self.render_illustrative(record))
