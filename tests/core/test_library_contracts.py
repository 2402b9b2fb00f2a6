"""What core.tables.ExportCell takes from django-tables2 as given: each fails if an upgrade
changes it (the cell-by-cell comparison in test_exports.py checks the whole of it)."""
import django_tables2 as tables

from core.tables import CELL_ARGUMENTS


class Table(tables.Table):
    plain = tables.Column()
    rendered = tables.Column()
    valued = tables.Column()

    def render_rendered(self, value):
        return f"<b>{value}</b>"

    def render_valued(self, value):
        return f"<b>{value}</b>"

    def value_valued(self, value):
        return value.upper()


def test_a_cell_s_value_method_is_value_foo_then_render_foo_then_the_column_s():
    columns = Table([]).columns
    assert columns["valued"].value.__func__ is Table.value_valued
    assert columns["rendered"].value.__func__ is Table.render_rendered
    assert columns["plain"].value.__func__ is tables.Column.value


def test_a_plain_column_s_value_is_its_render_and_its_render_the_value_itself():
    column = tables.Column()
    assert column.value(value="x", record=None) == "x" == column.render("x")
    row = Table([{"plain": "p", "rendered": "r", "valued": "v"}]).rows[0]
    assert [row.get_cell_value(name) for name in ("plain", "rendered", "valued")] == [
        "p", "<b>r</b>", "V"]


def test_a_value_method_is_offered_these_arguments():
    seen = {}

    class Offered(tables.Table):
        name = tables.Column()

        def value_name(self, **kwargs):
            seen.update(kwargs)

    Offered([{"name": "x"}]).rows[0].get_cell_value("name")
    assert tuple(seen) == CELL_ARGUMENTS
