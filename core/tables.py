"""What every table shares: the project's table template, safe exports and a yes/no column."""
import functools

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _
from django_tables2 import utils as tables_utils

from core.exports import neutralise

_uncached_signature = tables_utils.signature


@functools.lru_cache(maxsize=2048)
def _cached_signature(fn):
    return _uncached_signature(fn)


def _signature(fn):
    """django-tables2 inspects the signature of a column's render or value method for every
    cell it draws: half the time of a large export. A method's signature does not change, so
    it is inspected once (the same bound method of the same column hashes alike)."""
    try:
        return _cached_signature(fn)
    except TypeError:  # an unhashable callable
        return _uncached_signature(fn)


tables_utils.signature = _signature


class YesNoColumn(tables.Column):
    """'Yes' when the value is true (or a count above nought), 'No' otherwise; also exported."""

    def render(self, value):
        return _("Yes") if value else _("No")

    def value(self, value):
        return str(self.render(value))


class BaseTable(tables.Table):
    """The base of every table: includes/table.html (caption with the row count, sort state).

    ``hidden_by_default`` names the columns a table page leaves out until a user shows them
    with its "Columns" control; ``always_shown`` those the control does not offer to hide.
    Exports hold every column whatever the page shows.
    """

    hidden_by_default: tuple[str, ...] = ()
    always_shown: tuple[str, ...] = ()

    class Meta:
        template_name = "includes/table.html"
        attrs = {"class": "data-table"}
        empty_text = _("No rows match these filters.")

    def as_values(self, exclude_columns=None):
        """The rows the CSV and XLSX exports hold, no cell able to run as a formula."""
        for row in super().as_values(exclude_columns):
            yield [neutralise(cell) for cell in row]
