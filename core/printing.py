"""The line every printed page and PDF carries: when, by whom, and how fresh the data are."""
import functools
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import SimpleLazyObject


@functools.cache
def tracked_history_models() -> tuple:
    """The audit-trail model of every record that keeps history (django-simple-history).
    Worked out once a process: the models do not change while it runs, and reading
    ``Model.history`` makes a new manager class each time (a few milliseconds a page)."""
    return tuple(
        model.history.model for model in apps.get_models()
        if hasattr(getattr(model, "history", None), "bulk_history_create")
    )


@functools.cache
def newest_history_date() -> QuerySet | None:
    """The query ``last_change`` runs, built once a process: the union of 23 tables' queries
    took 1.5 ms to build on every page, as long as it takes to run. Each page runs a copy
    (``.all()``), so no result is ever kept in it."""
    dates = [model.objects.order_by().values_list("history_date", flat=True)
             for model in tracked_history_models()]
    if not dates:
        return None
    return dates[0].union(*dates[1:], all=True).order_by("-history_date")[:1]


def last_change() -> datetime | None:
    """When any tracked record last changed: the newest history row, in one query."""
    newest = newest_history_date()
    return None if newest is None else next(iter(newest.all()), None)


def printed_at() -> datetime:
    """The moment a page is printed, in the site's time zone (the stamp shows it to the minute)."""
    return timezone.localtime()


@dataclass(frozen=True)
class PrintStamp:
    printed_at: datetime
    printed_by: str
    data_as_of: datetime | None


def print_stamp(request) -> dict:
    """Context processor: ``print_stamp``, computed only when a template prints it."""

    def stamp() -> PrintStamp:
        user = getattr(request, "user", None)
        name = user.get_username() if user is not None and user.is_authenticated else ""
        return PrintStamp(printed_at(), name, last_change())

    return {"print_stamp": SimpleLazyObject(stamp)}
