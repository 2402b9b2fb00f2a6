"""What every table shares: the project's table template, safe exports and a yes/no column."""
import django_tables2 as tables
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from django_tables2.columns.linkcolumn import BaseLinkColumn
from django_tables2.rows import BoundRow
from django_tables2.utils import signature

from core import exports


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
    Exports hold every column whatever the page shows. ``cell_permissions`` names the
    permissions its cells ask of the reader (a link shown only to those who may follow it),
    which a page that keeps the rendered table in the cache varies it on.
    """

    hidden_by_default: tuple[str, ...] = ()
    always_shown: tuple[str, ...] = ()
    cell_permissions: tuple[str, ...] = ()

    class Meta:
        template_name = "includes/table.html"
        attrs = {"class": "data-table"}
        empty_text = _("No rows match these filters.")

    def as_values(self, exclude_columns=None):
        """The rows the CSV and XLSX exports hold, no cell able to run as a formula: the
        header and values of django-tables2's ``Table.as_values``, each column's way to its
        value decided once (``ExportCell``) rather than for every cell, and the records of a
        QuerySet read ``exports.CHUNK_ROWS`` at a time (``QuerySet.iterator``)."""
        exclude_columns = exclude_columns or ()
        columns = [column for column in self.columns.iterall()
                   if not (column.column.exclude_from_export or column.name in exclude_columns)]
        yield [exports.neutralise(force_str(column.header, strings_only=True))
               for column in columns]
        cells = [ExportCell(self, column) for column in columns]
        for record in self.export_records():
            row = BoundRow(record, table=self)
            yield [exports.neutralise(force_str(cell.value(row), strings_only=True))
                   for cell in cells]

    def export_records(self):
        """The table's records, already filtered and sorted; a QuerySet's in chunks, each
        chunk with its ``prefetch_related`` lookups (Django's ``iterator(chunk_size=...)``)."""
        records = self.data.data
        if isinstance(records, models.QuerySet):
            return records.iterator(chunk_size=exports.CHUNK_ROWS)
        return iter(self.data)


# What django-tables2 offers a column's value method (BoundRow.get_cell_value).
CELL_ARGUMENTS = ("value", "record", "column", "bound_column", "bound_row", "table")


class ExportCell:
    """One column's export value of a row, as django-tables2's ``BoundRow.get_cell_value``
    gives it, without what that method works out again for every cell: which model field
    the accessor ends at and whether it has choices (the record's type tells), which value
    method the column has (``value_<name>``, else ``render_<name>``, else the column's
    ``value()``, which for a plain ``Column`` calls its ``render()``) and what it takes, and
    whether it does anything at all (a plain ``Column`` gives the value back; a related
    record, the same letter on a thousand rows, is named once, and a stored choice labelled
    once). A column of links or of
    many-to-many values, and any cell whose accessor fails, go django-tables2's own way.
    tests/core/test_library_contracts.py fails if django-tables2 changes what this follows.
    """

    def __init__(self, table, bound_column):
        self.table, self.bound_column = table, bound_column
        self.name, self.column = bound_column.name, bound_column.column
        self.accessor = tables.A(bound_column.accessor)
        path, _, self.remainder = self.accessor.rpartition(self.accessor.SEPARATOR)
        self.path = tables.A(path) if path else None
        self.own_way = isinstance(self.column, (tables.ManyToManyColumn, BaseLinkColumn))
        method = bound_column.value
        if getattr(method, "__func__", None) is tables.Column.value:
            method = self.column.render
        self.method = None if getattr(method, "__func__", None) is tables.Column.render else method
        if self.method is not None:
            arguments, catch_all = signature(self.method)
            # django-tables2 calls a method that asks for more than it offers with nothing
            # and gives None; one with **kwargs gets everything.
            self.asks_too_much = not catch_all and any(
                name not in CELL_ARGUMENTS for name in arguments)
            self.arguments = CELL_ARGUMENTS if catch_all else arguments
        self.display_methods = {}  # (record type, penultimate type): get_FOO_display's name
        self.record_names = {}  # (model, pk): str() of a related record, once an export
        self.labels = {}  # (model, stored value): get_FOO_display() of a field with choices

    def display_method(self, record, penultimate) -> str | None:
        """The name of ``get_<field>_display`` when the accessor ends at a field with choices."""
        key = (type(record), type(penultimate))
        if key not in self.display_methods:
            name = None
            try:
                field = self.accessor.get_field(record)
                method = f"get_{self.remainder}_display"
                if getattr(field, "choices", ()) and getattr(penultimate, method, None):
                    name = method
            except FieldDoesNotExist:
                pass
            self.display_methods[key] = name
        return self.display_methods[key]

    def value(self, row):
        if self.own_way:
            return row.get_cell_value(self.name)
        record = row.record
        penultimate = self.path.resolve(record, quiet=True) if self.path else record
        value, remainder = None, self.remainder
        if isinstance(penultimate, models.Model):
            display = self.display_method(record, penultimate)
            if display:  # a label a stored value, worked out once an export
                key = (type(penultimate), getattr(penultimate, remainder))
                if key not in self.labels:
                    self.labels[key] = getattr(penultimate, display)()
                value, remainder = self.labels[key], None
        if remainder:
            try:
                value = self.accessor.resolve(record)
            except Exception:
                return row.get_cell_value(self.name)
        if value in self.column.empty_values:
            return None
        if self.method is None:
            if isinstance(value, models.Model):  # a related record, named as str() names it
                key = (type(value), value.pk)
                if key not in self.record_names:
                    self.record_names[key] = force_str(value)
                return self.record_names[key]
            return value
        if self.asks_too_much:
            return None
        offered = {"value": value, "record": record, "column": self.column,
                   "bound_column": self.bound_column, "bound_row": row, "table": self.table}
        return self.method(**{name: offered[name] for name in self.arguments})
