"""Each user's choice of the columns a table shows, as the table pages read it
(core.views.TablePage).

Keeping the choice is an account's business: the ``HIDDEN_COLUMNS_READER`` setting names the
function that reads it (accounts.columns.hidden_columns), as Django's settings name a
session engine, so that core imports no feature app. With none named, every user sees
each table's default columns.
"""
from django.conf import settings
from django.utils.module_loading import import_string


def hidden_columns(user, table: str) -> list[str] | None:
    """The columns the user hid in the table, or None if they never chose (the defaults)."""
    reader = getattr(settings, "HIDDEN_COLUMNS_READER", "")
    return import_string(reader)(user, table) if reader else None
