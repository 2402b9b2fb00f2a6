"""Each user's choice of the columns a table shows: read by core.views.TablePage (through
core.columns and the HIDDEN_COLUMNS_READER setting, which names ``hidden_columns``), saved
by the table's "Columns" form (accounts.views.TableColumnsView)."""
import re

from accounts.models import TableColumns

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
MOST_COLUMNS = 50


def hidden_columns(user, table: str) -> list[str] | None:
    """The columns the user hid in the table, or None if they never chose (the defaults)."""
    if not user.is_authenticated:
        return None
    choice = TableColumns.objects.filter(user=user, table=table).values_list("hidden", flat=True)
    return next(iter(choice), None)


def save_hidden_columns(user, table: str, hidden: list[str] | None) -> None:
    """Remember the columns hidden (None: back to the table's defaults). Names that are not
    identifiers are dropped; the table ignores names it does not have."""
    if hidden is None:
        TableColumns.objects.filter(user=user, table=table).delete()
        return
    names = sorted({name for name in hidden if NAME.match(name)})[:MOST_COLUMNS]
    TableColumns.objects.update_or_create(user=user, table=table, defaults={"hidden": names})
