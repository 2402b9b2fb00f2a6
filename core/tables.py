"""What every table shares: the project's table template, safe exports and a yes/no column."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from core.exports import neutralise


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
