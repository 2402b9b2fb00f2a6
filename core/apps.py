from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the project shares: the tracked admin, all-or-nothing imports,
    dates, tables, filters and the table page."""

    name = "core"
