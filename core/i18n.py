"""Data in the reader's language: one rule for names, one for the order of names.

- ``in_reader_language``: a record's French text when the reader reads French and the record
  has one, its English text otherwise (``ReaderLanguageName`` applies it to ``name`` and
  ``name_fr``, and ``__str__``, tables and templates go through it).
- ``reader_order`` (the ``name__in_reader_order`` transform): the order of names. In French,
  the French name (the English one where there is none) in French order, which looks at
  accents only between names equal but for them ("Égypte", "El Salvador", "Émirats arabes
  unis", "Équateur", "Érythrée", "Espagne"); in SQL, so that paginated tables sort in the
  database: PostgreSQL's ICU collation ``fr-x-icu``, or on SQLite the ``french`` collation
  registered here on every connection, whose key (``french_sort_key``) follows ICU's three
  levels.
"""
from __future__ import annotations

import functools
import unicodedata

import django_tables2 as tables
from django.core.exceptions import FieldDoesNotExist
from django.db.backends.signals import connection_created
from django.db.models import CharField, Transform, Value
from django.db.models.expressions import Col
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.translation import get_language

FRENCH = "fr"
SQLITE_COLLATION = "french"
POSTGRESQL_COLLATION = "fr-x-icu"


def reads_french() -> bool:
    """Whether the active language (the reader's) is French."""
    return (get_language() or "").split("-")[0] == FRENCH


def in_reader_language(english: str, french: str | None) -> str:
    """The French text when the reader reads French and there is one; the English otherwise."""
    return french if french and reads_french() else english


class ReaderLanguageName:
    """For a model with ``name`` and ``name_fr``: its name as the reader reads it, which its
    ``__str__`` returns (and so every table, select and template that prints the record)."""

    @property
    def reader_name(self) -> str:
        return in_reader_language(self.name, self.name_fr)


class FrenchCollate(Collate):
    """French collation under the name each database gives it."""

    def __init__(self, expression):
        super().__init__(expression, POSTGRESQL_COLLATION)

    def as_sqlite(self, compiler, connection, **extra_context):
        extra_context["collation"] = connection.ops.quote_name(SQLITE_COLLATION)
        return self.as_sql(compiler, connection, **extra_context)


def _in_reader_order(english, french):
    """The one rule of the order of names, on two expressions of one row's names."""
    if not reads_french():
        return english
    return FrenchCollate(Coalesce(NullIf(french, Value("")), english))


@CharField.register_lookup
class InReaderOrder(Transform):
    """``order_by("name__in_reader_order")`` (or ``"-government__name__in_reader_order"``):
    names as the reader reads them, decided when the query is compiled: ``name`` as stored
    in English; in French the sibling ``name_fr`` where it is not empty, else ``name``, in
    French order. A string, so that django-tables2 combines it with other columns' orders.
    One ``ORDER BY`` term either way: no query is added, whatever the number of rows."""

    lookup_name = "in_reader_order"

    def as_sql(self, compiler, connection):
        english = self.lhs
        field = getattr(english, "target", None)
        try:
            french = Col(english.alias, field.model._meta.get_field(f"{field.name}_fr"))
        except (AttributeError, FieldDoesNotExist):
            french = Value("")
        return compiler.compile(_in_reader_order(english, french))


def reader_order(name: str = "name", *, descending: bool = False) -> str:
    """``order_by()``'s term for ``name`` in the reader's order (``InReaderOrder``)."""
    return f"{'-' if descending else ''}{name}__{InReaderOrder.lookup_name}"


class ReaderNameColumn(tables.Column):
    """A name column in the reader's language, sorted in the reader's order in SQL.

    ``name`` is the field the column sorts by (``government__name``); the cell shows the
    record's ``str()``, which ``ReaderLanguageName`` gives in the reader's language.
    """

    def __init__(self, *args, name: str = "name", **kwargs):
        super().__init__(*args, order_by=(reader_order(name),), **kwargs)

    def render(self, value, record):
        target = value if hasattr(value, "reader_name") else record
        return target.reader_name if hasattr(target, "reader_name") else value


# ICU's root order, which French follows (CLDR gives French no tailoring): spaces and
# punctuation first, then digits, then letters; accents count only between names equal
# without them, and case only between names equal with them.
PUNCTUATION = " _-,;:!?.'’\"«»()[]{}@*/\\&#%`^+<=>|~$"
ACCENTS = {  # combining marks in ICU's secondary order
    "\u0301": 1, "\u0300": 2, "\u0306": 3, "\u0302": 4, "\u030c": 5, "\u030a": 6,
    "\u0308": 7, "\u030b": 8, "\u0303": 9, "\u0307": 10, "\u0327": 12, "\u0328": 13,
    "\u0304": 14,
}
STROKE = 11
EXPANSIONS = {"œ": ("oe", 0), "æ": ("ae", 0), "ß": ("ss", 0), "ø": ("o", STROKE),
              "đ": ("d", STROKE), "ł": ("l", STROKE)}


def _primary(char: str) -> int:
    if char in PUNCTUATION:
        return PUNCTUATION.index(char)
    if char.isdigit():
        return 100 + int(unicodedata.digit(char, 0))
    return 200 + ord(char)


@functools.lru_cache(maxsize=65536)
def french_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The key of ``text`` in French order: letters without accents or case, then the accents
    letter by letter, then the case (lower before upper), as ICU compares them."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            secondary.append(ACCENTS.get(char, 20))
            continue
        lower = char.lower()
        letters, accent = EXPANSIONS.get(lower, (lower, 0))
        for letter in letters:
            primary.append(_primary(letter))
            secondary.append(0)
            tertiary.append(int(char != lower))
        if accent:
            secondary.append(accent)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def _compare_in_french(first: str, second: str) -> int:
    a, b = french_sort_key(first), french_sort_key(second)
    return (a > b) - (a < b)


def register_french_collation(sender, connection, **kwargs) -> None:
    """Give every new SQLite connection the ``french`` collation ``FrenchCollate`` names."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(SQLITE_COLLATION, _compare_in_french)


connection_created.connect(register_french_collation, dispatch_uid="core.i18n.french")
