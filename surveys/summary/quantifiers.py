"""The rules that turn a count into the report's words ("the majority", "a few", ...).

Defined once, used by the summary, the printable prose and the reconciliation. A share is
``count / total`` of the group the report counts in (the 47 in favour, the 39 who
commented on migrant types, ...). The bands, highest first:

=================  =====================  ======================================
band               share of the group     the report's other words for it
=================  =====================  ======================================
all                100 per cent           "the five Governments ... felt"
virtually all      90 per cent or more
most               two thirds or more     "generally"
the majority       more than half         "a widely shared view"
many               35 per cent or more    "commonly (mentioned)"
a number of        15 per cent or more
several            8 per cent or more     "some"
a few              more than none
none               none
=================  =====================  ======================================

The thresholds were set so that every quantifier of paragraphs 10-17 of A/56/167 names
one band and no two of the report's sentences contradict each other (tested in
tests/surveys/test_quantifiers.py against the report's own sentences).

A few of the report's words name more than one band (``WORDINGS``): "others" is any
count above none, "considerable agreement" and a "high level" (of non-response) are more
than half. ``accepts`` is the one test of whether a word fits a count; the summary's
tables, its prose, the reconciliation and the dashboard all use it, through
``wording_for``. A number of things (para 10's "a few other objectives") is ``count_word``.
Every percentage prints through ``per_cent``, as the report writes it: "41 per cent" (in
French, "41 %").

The band is decided once, by ``quantifier_for``, whatever the reader's language; only its
words differ, and they are the catalog's: ``band_label`` is a band's word in the reader's
language, for the tables, and each computed sentence of the summary is written whole for
each band (``surveys.summary.sentence_texts``), since in another language a quantifier may
govern its noun's article and its verb (in French, "none" takes a singular, negative verb).
"""
import functools
from fractions import Fraction

from django.utils.translation import pgettext, pgettext_lazy

BANDS: tuple[tuple[str, Fraction], ...] = (
    ("all", Fraction(1)),
    ("virtually all", Fraction(9, 10)),
    ("most", Fraction(2, 3)),
    ("the majority", Fraction(1, 2)),  # strictly more than half
    ("many", Fraction(35, 100)),
    ("a number of", Fraction(15, 100)),
    ("several", Fraction(8, 100)),
    ("a few", Fraction(0)),  # strictly more than none
)

SYNONYMS = {
    "generally": "most",
    "a widely shared view": "the majority",
    "commonly": "many",
    "some": "several",
}

STRICT = {"the majority", "a few"}

POSITIVE = frozenset(band for band, _floor in BANDS)
MORE_THAN_HALF = frozenset({"all", "virtually all", "most", "the majority"})
WORDINGS: dict[str, frozenset[str]] = {
    "others": POSITIVE,
    "considerable agreement": MORE_THAN_HALF,
    "high level": MORE_THAN_HALF,
}


@functools.lru_cache(maxsize=65536)
def quantifier_for(count: int, total: int) -> str:
    """The band of ``count`` out of ``total``: 'the majority' for 28 of 47. (Remembered: the
    summaries of every report ask for the same few thousand pairs, in exact fractions.)"""
    if total <= 0 or count <= 0:
        return "none"
    share = Fraction(count, total)
    for band, floor in BANDS:
        if share > floor or (share == floor and band not in STRICT):
            return band
    return "none"  # unreachable: a positive share is above the last floor


def band_of(wording: str) -> str:
    """The band a published wording belongs to: 'some' -> 'several'."""
    wording = wording.strip().lower()
    return SYNONYMS.get(wording, wording)


def accepts(wording: str, band: str) -> bool:
    """Whether the report's ``wording`` fits a count in ``band``: 'others' fits 'several'."""
    key = wording.strip().lower()
    return band in WORDINGS.get(key, {band_of(key)})


def wording_for(count: int, total: int, published: str = "") -> str:
    """The words to print: the published wording when it fits the computed band."""
    band = quantifier_for(count, total)
    if published and accepts(published, band):
        return published
    return band


COUNT_WORDS = ((0, "no"), (1, "one"), (4, "a few"))


def count_word(n: int) -> str:
    """How many things (not Governments) the report speaks of: 'one', 'a few', 'several'."""
    return next((word for most, word in COUNT_WORDS if n <= most), "several")


def per_cent(value: int | float | None) -> str:
    """A percentage as the report writes it, the one format of every rate: '41 per cent'
    (in French, '41 %')."""
    if value is None:
        return "—"
    return pgettext("a percentage", "%(value)s per cent") % {"value": f"{value:.0f}"}


# The bands' words in the reader's language, for the tables.
BAND_LABELS = {
    "all": pgettext_lazy("quantifier band", "all"),
    "virtually all": pgettext_lazy("quantifier band", "virtually all"),
    "most": pgettext_lazy("quantifier band", "most"),
    "the majority": pgettext_lazy("quantifier band", "the majority"),
    "many": pgettext_lazy("quantifier band", "many"),
    "a number of": pgettext_lazy("quantifier band", "a number of"),
    "several": pgettext_lazy("quantifier band", "several"),
    "a few": pgettext_lazy("quantifier band", "a few"),
    "none": pgettext_lazy("quantifier band", "none"),
}

# How many things (para 10's "a few other objectives"), in the reader's language.
COUNT_WORD_LABELS = {
    "no": pgettext_lazy("how many things", "no"),
    "one": pgettext_lazy("how many things", "one"),
    "a few": pgettext_lazy("how many things", "a few"),
    "several": pgettext_lazy("how many things", "several"),
}


# The report's other words for a band, in the reader's language (the reconciliation's
# "computed" column prints the word it printed in the prose).
WORDING_LABELS = {
    "generally": pgettext_lazy("the report's word for a band", "generally"),
    "a widely shared view": pgettext_lazy("the report's word for a band", "a widely shared view"),
    "commonly": pgettext_lazy("the report's word for a band", "commonly"),
    "some": pgettext_lazy("the report's word for a band", "some"),
    "others": pgettext_lazy("the report's word for a band", "others"),
    "considerable agreement": pgettext_lazy("the report's word for a band",
                                            "considerable agreement"),
    "high level": pgettext_lazy("the report's word for a band", "high level"),
}


def band_label(wording: str) -> str:
    """A band, or one of the report's words for it, in the reader's language."""
    key = wording.strip().lower()
    if key in WORDING_LABELS:
        return str(WORDING_LABELS[key])
    return str(BAND_LABELS[key]) if key in BAND_LABELS else wording


def count_word_label(n: int) -> str:
    return str(COUNT_WORD_LABELS[count_word(n)])


@functools.lru_cache(maxsize=65536)
def percent(count: int, total: int) -> int:
    """A whole percentage, rounded half up as the report rounds (78 of 188 is 41);
    remembered as ``quantifier_for`` is."""
    if not total:
        return 0
    return int(Fraction(count * 100, total) + Fraction(1, 2))
