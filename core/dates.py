"""Dates known only to the month or the year, as the report gives them: the one place that
formats a recorded date, for every page, document and export, and in each language of
correspondence (English, French, Spanish).

A date is printed only as far as it is known: a letter recorded to the month is "March
1999" / "mars 1999" / "marzo de 1999", never "1 March 1999". Each language's convention
for a day: "1 March 2003" / "1er mars 2003" / "1 de marzo de 2003".

The words that join a date to a sentence ("his letter of March 1999", "sa lettre d'avril
1997", "sa lettre du 1er mars 2003", "su carta de marzo de 1999") are grammar that depends
on the date itself (French elides "de" before "avril", "août" and "octobre"); ``of_date``
is the one place that knows it. Translators: the formats below are the only date wording
outside the catalog.
"""
import datetime
import re

from django.db import models
from django.utils import dateformat, translation
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


FIRST_OF_MONTH = "first"  # a day-precision date on the 1st: "1er mars" in French

# Django date formats (https://docs.djangoproject.com/en/5.2/ref/templates/builtins/#date),
# by language and precision; the month names are Django's own for each language.
FORMATS = {
    "en": {DatePrecision.DAY: "j F Y", DatePrecision.MONTH: "F Y"},
    "fr": {DatePrecision.DAY: "j F Y", FIRST_OF_MONTH: r"j\e\r F Y",
           DatePrecision.MONTH: "F Y"},
    "es": {DatePrecision.DAY: r"j \d\e F \d\e Y", DatePrecision.MONTH: r"F \d\e Y"},
}

# "of <date>" in each language, by precision: French "du" before a day, "de"/"d'" before a
# month; Spanish "de fecha" before a day (UN style: "su carta de fecha 1 de marzo de 2003").
OF_DATE = {
    "en": {DatePrecision.DAY: "of {date}", DatePrecision.MONTH: "of {date}",
           DatePrecision.YEAR: "of {date}"},
    "fr": {DatePrecision.DAY: "du {date}", DatePrecision.MONTH: "de {date}",
           DatePrecision.YEAR: "de {date}"},
    "es": {DatePrecision.DAY: "de fecha {date}", DatePrecision.MONTH: "de {date}",
           DatePrecision.YEAR: "de {date}"},
}


def elide(text: str) -> str:
    """'de avril' -> 'd'avril', 'de octobre' -> 'd'octobre': French elision before a vowel,
    where ``of_date`` joins a date to its words. The catalog's sentences are written elided by
    their translator; this is for words joined in code only."""
    return re.sub(r"\b(de|que|ne) (?=[aeiouéèêAEIOUÉ])",
                  lambda m: m.group(1)[:-1] + "'", text)


def language_of(language: str | None) -> str:
    """The language whose formats apply: the one given, else the active one; English for
    any other."""
    code = (language or translation.get_language() or "en").split("-")[0]
    return code if code in FORMATS else "en"


def format_date(value: datetime.date | None, precision: str, language: str | None = None) -> str:
    """A date printed only as far as it is known, in ``language`` (the reader's when None):
    '3 July 2001' ('3 juillet 2001', '3 de julio de 2001'), 'April 1997' ('avril 1997',
    'abril de 1997') or '1997'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    language = language_of(language)
    formats = FORMATS[language]
    if precision == DatePrecision.MONTH:
        pattern = formats[DatePrecision.MONTH]
    elif value.day == 1 and FIRST_OF_MONTH in formats:
        pattern = formats[FIRST_OF_MONTH]
    else:
        pattern = formats[DatePrecision.DAY]
    with translation.override(language):
        return dateformat.format(value, pattern)


def of_date(value: datetime.date | None, precision: str, language: str | None = None) -> str:
    """The date as it follows a noun: 'of March 1999', "d'avril 1997", 'du 1er mars 2003',
    'de marzo de 1999'."""
    if value is None:
        return ""
    language = language_of(language)
    phrase = OF_DATE[language][precision].format(date=format_date(value, precision, language))
    return elide(phrase) if language == "fr" else phrase


def precision_errors(value: datetime.date | None, precision: str, field: str) -> dict:
    """A date known to the month is stored on the 1st, one known to the year on 1 January."""
    if value is None:
        return {}
    if precision == DatePrecision.MONTH and value.day != 1:
        return {field: _("Only the month is known: store the date on the 1st of the month.")}
    if precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
        return {field: _("Only the year is known: store the date on 1 January.")}
    return {}
