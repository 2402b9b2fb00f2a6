"""Dates known only to the month or the year, as the report gives them."""
import datetime

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def format_date(value: datetime.date | None, precision: str) -> str:
    """A date printed only as far as it is known, in the reader's language: '3 July 2001'
    ('3 juillet 2001'), 'April 1997' ('avril 1997') or '1997'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return formats.date_format(value, "F Y")
    return formats.date_format(value, "j F Y")


def precision_errors(value: datetime.date | None, precision: str, field: str) -> dict:
    """A date known to the month is stored on the 1st, one known to the year on 1 January."""
    if value is None:
        return {}
    if precision == DatePrecision.MONTH and value.day != 1:
        return {field: _("Only the month is known: store the date on the 1st of the month.")}
    if precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
        return {field: _("Only the year is known: store the date on 1 January.")}
    return {}
