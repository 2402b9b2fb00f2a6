"""The three kinds of sentence a regenerated paragraph is made of, and nothing else.

- *computed*: its numbers and quantifiers come from the records, through the quantifier
  bands; it names the published figures it states, so that a word that differs from the
  report's is flagged beside it, as the reconciliation flags it;
- *quoted*: the report's own words, for claims the records cannot compute (the mid-1970s
  baseline of para 3, the General Assembly's discussion in para 7), printed as a quotation
  with the paragraph it is quoted from;
- *context*: dates, symbols and mandates read from the reference records (resolutions,
  letters, reports).

In the draft of a report other than A/56/167 (``surveys.drafts.composition``) a fourth kind
takes the place of what is not that report's own text: a *note* to the drafter, in square
brackets, giving A/56/167's words and paragraph.

A part may be a whole sentence or a clause of one (para 7 computes "based on the views of
65 Governments ... was prepared," and quotes "and discussed by the General Assembly at its
fifty-second session."); the paragraph's text is its parts joined by spaces.

The report exists in these sources in English only. In another language a quoted part
prints an unofficial translation of the report's words (``text``), marked as such by its
citation, and keeps the report's English words in ``original``.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from surveys.summary.reconciliation import FigureCheck

SOURCE = "A/56/167"  # the report whose paragraphs are regenerated and quoted


class Kind(StrEnum):
    COMPUTED = "computed"
    QUOTED = "quoted"
    CONTEXT = "context"
    NOTE = "note"  # a drafter's note: in a draft of another report, what is not its text

    @property
    def label(self) -> str:
        return str(KIND_LABELS[self])


KIND_LABELS = {
    Kind.COMPUTED: gettext_lazy("Computed from the records"),
    Kind.QUOTED: gettext_lazy("Quoted from the report"),
    Kind.CONTEXT: gettext_lazy("Context from the reference records"),
    Kind.NOTE: gettext_lazy("Drafter's note, not text of the report"),
}


@dataclass(frozen=True)
class Part:
    """One sentence, or clause, of a regenerated paragraph."""

    kind: Kind
    text: str
    source_paragraph: int
    checks: tuple[FigureCheck, ...] = ()  # the published figures a computed part states
    note: int | None = None  # the report's own note that follows the part (para 3: note 1)
    original: str = ""  # the report's English words, when ``text`` translates them
    # (count, out of) behind each quantifier of a computed part, in the order of its clauses
    counts: tuple[tuple[int, int], ...] = ()

    @property
    def is_translation(self) -> bool:
        return bool(self.original)

    @property
    def differences(self) -> tuple[FigureCheck, ...]:
        """The published figures this part states whose computed value differs."""
        return tuple(check for check in self.checks if check.differs)

    @property
    def citation(self) -> str:
        """'A/56/167, para. 3'; for a translation, 'Unofficial translation of the English
        text (A/56/167, para. 3)'."""
        where = _("%(source)s, para. %(paragraph)s") % {
            "source": SOURCE, "paragraph": self.source_paragraph}
        if self.is_translation:
            return _("Unofficial translation of the English text (%(where)s)") % {"where": where}
        return where


def computed(text: str, paragraph: int, checks=(), counts=()) -> Part:
    return Part(Kind.COMPUTED, text, paragraph, tuple(c for c in checks if c is not None),
                counts=tuple(counts))


def context(text: str, paragraph: int) -> Part:
    return Part(Kind.CONTEXT, text, paragraph)
