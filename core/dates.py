"""Dates known only to the month or the year, as the report gives them."""
import datetime

from django.db import models
from django.utils import dateformat
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def format_date(value: datetime.date | None, precision: str) -> str:
    """A date printed only as far as it is known: '3 July 2001', 'April 1997' or '1997'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    # Django's date format, whose month names are the reader's language's.
    return dateformat.format(value, "F Y" if precision == DatePrecision.MONTH else "j F Y")


def precision_errors(value: datetime.date | None, precision: str, field: str) -> dict:
    """A date known to the month is stored on the 1st, one known to the year on 1 January."""
    if value is None:
        return {}
    if precision == DatePrecision.MONTH and value.day != 1:
        return {field: _("Only the month is known: store the date on the 1st of the month.")}
    if precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
        return {field: _("Only the year is known: store the date on 1 January.")}
    return {}
