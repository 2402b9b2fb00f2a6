"""Section II of any report as its draft: the one rule that says what is the report's own text.

The regenerated paragraphs (``surveys.summary.paragraphs``) follow A/56/167's section II and
quote its words where the records cannot compute a claim. For A/56/167 that is its own text,
and its draft is its section II word for word. For any other report (the three of the record
before it, or the next one over a new round) A/56/167's words are not that report's: the
draft turns each of them into a note to the drafter, in square brackets, that names A/56/167
and its paragraph, so that nobody reads A/56/167's conclusion as the new report's.

In another report's draft each quantifier of a computed sentence ("many Governments") is
followed by the count behind it ("(21 of 45 Governments)"): the drafter checks the band, and
the sentence is the report's own. A computed or context sentence may still come out, word for
word, as a sentence of A/56/167 (the same history of the letters, the same policy data). The
records bear it out, but it is A/56/167's sentence: it becomes a note too, which says so, for
the drafter to reword. Whether a part is A/56/167's is decided on its English text, so that
the English and French drafts of a report carry the same notes.

The summary page, its PDF and the Word draft all read ``compose``: one composition for all.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from surveys.summary.kinds import SOURCE, Kind, Part
from surveys.summary.paragraphs import Paragraph, paragraphs
from surveys.summary.reconciliation import Reconciliation
from surveys.summary.source_text import normalise, section_ii_sentences, sentences


def compose(reconciled: Reconciliation, *,
            earlier: Sequence[Reconciliation] = ()) -> list[Paragraph]:
    """The draft's numbered paragraphs of section II for the reconciled summary's report."""
    regenerated = paragraphs(reconciled, earlier=earlier)
    symbol = reconciled.summary.report.symbol
    if symbol == SOURCE:
        return regenerated
    with translation.override("en"):
        english = paragraphs(reconciled, earlier=earlier)
    return [replace(paragraph, parts=tuple(
        drafted(part, original, symbol) for part, original in zip(
            paragraph.parts, in_english.parts, strict=True)))
        for paragraph, in_english in zip(regenerated, english, strict=True)]


def is_source_sentence(english: str) -> bool:
    """True when the English text holds a whole sentence of A/56/167's section II."""
    return any(s in section_ii_sentences() for s in sentences(normalise(english)))


def drafted(part: Part, english: Part, symbol: str) -> Part:
    """The part as the draft of report ``symbol`` prints it: itself, or a drafter's note."""
    if part.kind == Kind.QUOTED:
        return note(part, quoted_note(part))
    if is_source_sentence(with_counts(english).text):
        return note(part, _("[Drafter's note: the records of %(symbol)s give what %(source)s, "
                            "para. %(paragraph)s, says: “%(text)s”]") % {
            "symbol": symbol, "source": SOURCE, "paragraph": part.source_paragraph,
            "text": part.text})
    return with_counts(part)


def with_counts(part: Part) -> Part:
    """A computed sentence with the count behind each quantifier before its full stop:
    "... in transit (21 of 45 Governments)." (its text in the active language)."""
    if not part.counts or not part.text.endswith("."):
        return part
    counts = pgettext("between two clauses", "; ").join(
        _("%(count)s of %(total)s Governments") % {"count": count, "total": total}
        for count, total in part.counts)
    return replace(part, text=f"{part.text[:-1]} ({counts}).")


def quoted_note(part: Part) -> str:
    values = {"source": SOURCE, "paragraph": part.source_paragraph, "text": part.text}
    if part.is_translation:
        return _("[Drafter's note: %(source)s, para. %(paragraph)s, says (unofficial "
                 "translation of the English text): “%(text)s”]") % values
    return _("[Drafter's note: %(source)s, para. %(paragraph)s, says: “%(text)s”]") % values


def note(part: Part, text: str) -> Part:
    """A note in the place of ``part``: it keeps the paragraph it cites, the report's own
    note it carried (a footnote) and the English it translates."""
    return replace(part, kind=Kind.NOTE, text=text, checks=())


def has_notes(drafted_paragraphs: Sequence[Paragraph]) -> bool:
    return any(part.kind == Kind.NOTE for p in drafted_paragraphs for part in p.parts)
