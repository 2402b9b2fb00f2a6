"""Dates printed only as far as they are recorded, in each language of correspondence
(core.dates): the one formatter of every page, document and export."""
import datetime

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from core.dates import DatePrecision, format_date, of_date
from surveys.models import Letter

LANGUAGES = ("en", "fr", "es")
days = st.dates(min_value=datetime.date(1945, 1, 1), max_value=datetime.date(2100, 12, 31))


@pytest.mark.parametrize("value, precision, language, expected", [
    ("1999-03-01", "month", "en", "March 1999"),
    ("1999-03-01", "month", "fr", "mars 1999"),
    ("1999-03-01", "month", "es", "marzo de 1999"),
    ("2003-03-01", "day", "en", "1 March 2003"),
    ("2003-03-01", "day", "fr", "1er mars 2003"),
    ("2003-03-01", "day", "es", "1 de marzo de 2003"),
    ("2001-07-03", "day", "fr", "3 juillet 2001"),
    ("1997-01-01", "year", "fr", "1997"),
])
def test_a_date_prints_as_far_as_it_is_known(value, precision, language, expected):
    assert format_date(datetime.date.fromisoformat(value), precision, language) == expected


@pytest.mark.parametrize("value, precision, language, expected", [
    ("1999-03-01", "month", "en", "of March 1999"),
    ("1997-04-01", "month", "fr", "d'avril 1997"),
    ("1997-08-01", "month", "fr", "d'août 1997"),
    ("1995-02-01", "month", "fr", "de février 1995"),
    ("2003-03-01", "day", "fr", "du 1er mars 2003"),
    ("1999-03-01", "month", "es", "de marzo de 1999"),
    ("2003-03-01", "day", "es", "de fecha 1 de marzo de 2003"),
])
def test_a_date_after_a_noun_takes_the_languages_preposition(value, precision, language,
                                                            expected):
    assert of_date(datetime.date.fromisoformat(value), precision, language) == expected


@given(day=days, language=st.sampled_from(LANGUAGES))
def test_a_date_known_to_the_month_never_prints_a_day(day, language):
    printed = format_date(day, DatePrecision.MONTH, language)
    assert printed == format_date(day.replace(day=1), DatePrecision.MONTH, language)
    assert [word for word in printed.split() if word.isdigit()] == [str(day.year)]


@given(day=days)
def test_french_never_leaves_de_before_a_vowel(day):
    for precision in (DatePrecision.DAY, DatePrecision.MONTH):
        text = of_date(day, precision, "fr")
        assert not (text.startswith("de ") and text[3] in "aeiouyàâéèêîïôû"), text


def test_without_a_language_the_readers_is_used():
    day = datetime.date(1997, 4, 1)
    with translation.override("fr"):
        assert format_date(day, DatePrecision.MONTH) == "avril 1997"
    with translation.override("en"):
        assert format_date(day, DatePrecision.MONTH) == "April 1997"


@pytest.mark.django_db
def test_a_letter_is_named_with_its_date_in_french_with_elision():
    with translation.override("fr"):
        names = [str(letter) for letter in Letter.objects.order_by("number")]
    assert names == ["Lettre de février 1995", "Lettre d'avril 1997", "Lettre de mars 1999"]
