"""The sentences of paragraphs 10-17 of A/56/167: computed ones, each clause with the count
it states, and the report's own sentences the records cannot compute, quoted.

A ``Slot`` names what a clause counts: a code, as a share of the Governments its topic's
quantifiers are shares of, or a stance among the respondents. The clause's ``variants`` are
its whole text for each word the count may print (``surveys.summary.sentence_texts``): the
word ``wording_for`` gives (the report's own word when it fits the computed band) if the
clause has a variant for it, else the computed band, so "generally" reads "most" where a
sentence has no "generally" of its own. ``surveys.summary.fill.view_paragraphs`` fills them
in from a Summary.
"""
from dataclasses import dataclass

from surveys.summary import sentence_texts as texts


@dataclass(frozen=True)
class Slot:
    code: str = ""
    stance: str = ""
    key: str = ""  # the published figure whose wording is preferred; default: the code

    @property
    def figure_key(self) -> str:
        return self.key or self.code


@dataclass(frozen=True)
class Clause:
    """A sentence or a clause of one: its text for each word its slot's count may print, or
    (no slot) its one text, under the key ""."""

    variants: dict
    slot: Slot | None = None


@dataclass(frozen=True)
class Sentence:
    """A computed sentence (its clauses, formatted from the Summary), or a quoted one
    (``quote`` names the report's words in ``surveys.summary.quotations``), or one that a
    function of ``surveys.summary.fill.COMPOSERS`` writes (``composer``)."""

    clauses: tuple[Clause, ...] = ()
    figures: tuple[str, ...] = ()  # keys of the published plain numbers it states
    quote: str = ""
    composer: str = ""


@dataclass(frozen=True)
class ParagraphSpec:
    source_paragraph: int
    topics: tuple[str, ...]  # left out when no Government of the group commented on these
    sentences: tuple[Sentence, ...]


def S(variants: dict, *, figures=(), **slot) -> Sentence:  # noqa: N802 - reads like the report
    return Sentence((Clause(variants, Slot(**slot)),), tuple(figures))


def plain(text, *, figures=()) -> Sentence:
    return Sentence((Clause({"": text}),), tuple(figures))


def Q(key: str) -> Sentence:  # noqa: N802
    return Sentence(quote=key)


PARAGRAPHS = (
    ParagraphSpec(10, ("nature", "objectives"), (
        S(texts.TECHNICAL_NATURE, code="technical-analytical"),
        Q("variety"),
        S(texts.FORUM, code="explore-key-aspects"),
        S(texts.MIGRANT_RIGHTS, code="migrant-rights"),
        Sentence(composer="other-objectives"),
    )),
    ParagraphSpec(11, ("migrant-types", "duration", "outcome"), (
        S(texts.TYPES_AGREEMENT, figures=("migrant-types-commented",), code="all-types",
          key="migrant-types-agreement"),
        S(texts.COMPREHENSIVE_APPROACH, code="all-types"),
        S(texts.ONE_WEEK, code="one-week"),
        Sentence(composer="main-outcome"),
        S(texts.DECLARATION, code="declaration"),
    )),
    ParagraphSpec(12, ("preparation",), (
        S(texts.REGIONAL_MEETINGS, code="regional-meetings"),
        Q("thus"),
        Q("efficient"),
        S(texts.PREPARATORY_COMMITTEE, code="preparatory-committee"),
    )),
    ParagraphSpec(13, ("secretariat",), (
        Q("varied"),
        S(texts.UN_PERSONNEL, code="un-bodies"),
        Sentence((Clause(texts.MEMBER_STATE_EXPERTS, Slot(code="member-state-experts")),
                  Clause(texts.REGIONAL_BALANCE, Slot(code="regional-balance-ngos")))),
    )),
    ParagraphSpec(14, ("funding",), (
        S(texts.UN_FINANCE, code="un-finance"),
        S(texts.AGENCIES, code="agencies"),
        S(texts.DONOR_CONTRIBUTIONS, code="donor-contributions"),
        S(texts.INDUSTRIALIZED_DONORS, code="industrialized-donors"),
    )),
    ParagraphSpec(15, ("reservations",), (
        S(texts.ALREADY_DISCUSSED, figures=("reservations-group",), code="already-discussed"),
        S(texts.EXISTING_MECHANISMS, code="existing-mechanisms"),
        S(texts.REGIONAL_NEGOTIATIONS, code="regional-negotiations"),
    )),
    ParagraphSpec(16, ("partial-conditions",), (
        S(texts.CLARIFY_OBJECTIVES, figures=("partial-group",), code="clarify-objectives"),
        Sentence((Clause(texts.REGIONAL_BILATERAL, Slot(code="regional-bilateral")),
                  Clause(texts.AS_DID, Slot(code="regional-negotiations",
                                            key="regional-negotiations-some")))),
    )),
    ParagraphSpec(17, (), (
        plain(texts.RESPONDENTS_TOTAL, figures=("respondents-total",)),
        plain(texts.MEMBERSHIP_SHARE, figures=("membership-share",)),
        S(texts.IN_FAVOUR, stance="in_favour", key="majority-in-favour"),
        Q("consensus"),
        S(texts.SERIOUS_RESERVATIONS, stance="reservations", key="serious-reservations"),
        S(texts.REGIONAL_APPROACH, code="regional-approach"),
    )),
)
