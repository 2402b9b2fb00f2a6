"""Filling the sentences of paragraphs 10-17 (``surveys.summary.sentences``) from a Summary.

Each slot's count is taken as a share of the Governments its topic's quantifiers are shares
of; its quantifier is ``wording_for`` of that count, so the report's own word is printed
only when it fits the computed band, and the band otherwise; the part then carries the
published figure's check, which flags the difference. Zero reads "no Government", "none of
them". Quoted sentences are the report's words (``surveys.summary.quotations``).

In French the sentences are their catalog's translations and a slot's quantifier phrase is
composed by ``surveys.summary.quantifiers.quantified`` from the same band. A French verb
agrees with its quantifier ("la majorité d'entre eux ont proposé", "aucun d'entre eux n'a
proposé"): the catalog writes the plural, and ``agree`` turns it into the singular negative
after "aucun" (``FRENCH_NEGATIVES``).
"""
import re

from django.contrib.humanize.templatetags.humanize import apnumber
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

from core.dates import elide
from surveys.record_texts import record_text
from surveys.summary.figures import Summary
from surveys.summary.kinds import Part, computed
from surveys.summary.quantifiers import (
    BANDS,
    FRENCH_BANDS,
    SYNONYMS,
    band_of,
    count_word_label,
    is_french,
    per_cent,
    quantified,
    quantifier_for,
    wording_for,
)
from surveys.summary.quotations import quoted
from surveys.summary.sentences import (
    FRENCH_NOUNS,
    PARAGRAPHS,
    ParagraphSpec,
    Sentence,
    Slot,
)


class Phrase(str):
    """A quantifier phrase that knows whether it says none. In French a phrase that says
    none ('aucun d'entre eux') ends in ``NONE_MARK``, so that ``agree`` can turn the plural
    verb that follows it in the catalog ('ont proposé') into the singular negative ('n'a
    proposé')."""

    none: bool = False

    def __new__(cls, text: str, *, none: bool = False):
        phrase = super().__new__(cls, text)
        phrase.none = none
        return phrase


NONE_MARK = "\x00"
# The French verbs the catalog writes after a quantifier, in the plural, and the same after
# "aucun" (singular, negative). Longest first: an adjective agrees as well.
FRENCH_NEGATIVES = {
    "aient semblé favorables": "n'ait semblé favorable",
    "semblaient davantage favorables": "ne semblait davantage favorable",
    "ont estimé": "n'a estimé",
    "étaient": "n'était",
    "ont": "n'a",
}
_NEGATABLE = re.compile(NONE_MARK + "( (?:" + "|".join(
    re.escape(v) for v in sorted(FRENCH_NEGATIVES, key=len, reverse=True)) + r")\b)?")


def agree(text: str) -> str:
    """French: the verb after a phrase that says none in the singular negative ('aucun
    gouvernement n'a proposé'), then the elisions ('tandis qu'aucun')."""
    text = _NEGATABLE.sub(
        lambda m: f" {FRENCH_NEGATIVES[m.group(1).strip()]}" if m.group(1) else "", text)
    return elide(text)

SINGULAR = (("Governments", "Government"), ("countries", "country"),
            ("others", "other Government"))


def singular(noun: str) -> str:
    """'no Government that expressed ...': the noun after 'no'."""
    for plural, one in SINGULAR:
        if noun.startswith(plural):
            return one + noun[len(plural):]
        if f" {plural}" in noun:
            return noun.replace(f" {plural}", f" {one}", 1)
    return noun


def who(words: str, noun: str = "Governments", values: dict | None = None,
        band: str = "") -> Phrase:
    """'the majority of Governments', 'a number of them' ('of ...' nouns are partitive).

    A synonym with no phrase of its own ('generally') reads as its band ('most'). ``noun``
    may hold placeholders of ``values``; in French it names its entry of ``FRENCH_NOUNS``,
    and a word of the report that is no band ('others') reads as ``band``."""
    values = values or {}
    if is_french():
        if words != "some":  # "certains", as the report says "some", not "plusieurs"
            words = band_of(words)
        if words not in FRENCH_BANDS:  # 'others', 'considerable agreement': the computed band
            words = band
        french = quantified(words, FRENCH_NOUNS[noun].format(values))
        if words == "none":
            return Phrase(french + NONE_MARK, none=True)
        return Phrase(french)
    noun = noun.format(**values)
    if words in SYNONYMS and words != "some":
        words = band_of(words)
    if noun.startswith("of "):
        return Phrase(f"{words.removesuffix(' of')} {noun}", none=words == "none")
    if words == "none":
        return Phrase(f"no {singular(noun)}", none=True)
    return Phrase(f"{words} of {noun}" if words == "the majority" else f"{words} {noun}")


BAND_WORDS = {band for band, _floor in BANDS} | {"none"}


def number(value: int) -> str:
    """Small numbers in words, as the report writes them ('five Governments')."""
    return str(apnumber(value))


def lower_first(label: str) -> str:
    """A code's label inside a sentence: 'A plan of action' -> 'a plan of action'; a name
    keeps its capital ('United Nations bodies')."""
    if label.startswith(("United Nations", "States Members", "Organisation des Nations Unies",
                         "États Membres")):
        return label
    return label[:1].lower() + label[1:]


def context(summary: Summary) -> dict:
    """The plain numbers the sentences name: {in_favour}, {share}, ..."""
    commented = {t.topic.slug: t.commenting for t in summary.topics}
    letters = summary.letters
    return {
        **{s.stance: s.count for s in summary.stances},
        "partial_words": number(summary.stance("partial_support").count),
        "migrant_types": commented.get("migrant-types", 0),
        "respondents": summary.respondents, "share": per_cent(summary.membership_share_percent),
        "first_year": letters[0].letter.sent_on.year if letters else summary.cutoff.year,
    }


def code_count(summary: Summary, slug: str):
    """(count, base) of a code the report names; (0, 0) when the codebook lacks it."""
    for topic in summary.topics:
        for code in topic.codes:
            if code.code.slug == slug:
                return code.count, topic.base
    return 0, 0


def slot_count(summary: Summary, slot: Slot) -> tuple[int, int]:
    """(count, total) of a slot: its stance among the respondents, or its code's count."""
    if slot.stance:
        return summary.stance(slot.stance).count, summary.respondents
    return code_count(summary, slot.code)


def slot_words(summary: Summary, slot: Slot) -> str:
    """The quantifier of a slot's count, in the report's word when it fits the band."""
    check = summary.check(slot.key or slot.code)
    published = check.figure.wording if check else ""
    return wording_for(*slot_count(summary, slot), published)


def phrase(summary: Summary, slot: Slot, values: dict) -> str:
    if slot.top:
        top = next((t.most_frequent for t in summary.topics if t.topic.slug == slot.top), None)
        if top is None:
            return gettext("no single one")
        return lower_first(record_text(top.code.label))
    words = slot_words(summary, slot)
    band = quantifier_for(*slot_count(summary, slot))
    template = str(slot.forms.get(words, slot.form))
    phrase = who(words, slot.noun, values, band=band)
    return Phrase(template.format(who=phrase, **values), none=band == "none")


def slot_checks(summary: Summary, sentence: Sentence) -> list:
    keys = [*sentence.figures, *(slot.key or slot.code for slot in sentence.slots.values())]
    return [summary.check(key) for key in keys]


def other_objectives(summary: Summary, source: int) -> Part:
    """Para 10's last sentence: 'A few other objectives of a conference addressed by a
    number of Governments included X, and Y.' When the two views' quantifiers differ, each
    is given its own ('... X, addressed by many Governments, and Y, addressed by ...')."""
    slugs = ("manage-flows", "dialogue")
    labels = {c.code.slug: lower_first(record_text(c.code.label))
              for t in summary.topics for c in t.codes}
    present = [s for s in slugs if s in labels]
    mentioned = [s for s in present if code_count(summary, s)[0]]
    checks = [summary.check(k) for k in ("other-objectives", *present)]
    words = {s: slot_words(summary, Slot(code=s)) for s in present}
    bands = {s: quantifier_for(*code_count(summary, s)) for s in present}
    few = capfirst(count_word_label(len(mentioned)))
    and_ = gettext(", and ")
    if not mentioned:
        text = gettext("No Government addressed any other objective of a conference.")
    elif len({words[s] for s in mentioned}) == 1:
        first = mentioned[0]
        text = ngettext(
            "%(few)s other objective of a conference addressed by %(who)s was %(listed)s.",
            "%(few)s other objectives of a conference addressed by %(who)s included "
            "%(listed)s.", len(mentioned)) % {
            "few": few, "who": who(words[first], band=bands[first]),
            "listed": and_.join(labels[s] for s in mentioned)}
    else:
        listed = and_.join(gettext("%(label)s, addressed by %(who)s") % {
            "label": labels[s], "who": who(words[s], band=bands[s])} for s in mentioned)
        text = gettext("%(few)s other objectives of a conference included %(listed)s.") % {
            "few": few, "listed": listed}
    if is_french():
        text = agree(text)
    return computed(text, source, checks)


COMPOSERS = {"other-objectives": other_objectives}


def sentence_part(summary: Summary, sentence: Sentence, source: int, values: dict) -> Part:
    if sentence.quote:
        return quoted(sentence.quote)
    if sentence.composer:
        return COMPOSERS[sentence.composer](summary, source)
    text = str(sentence.text).format(**values, **{
        name: phrase(summary, slot, values) for name, slot in sentence.slots.items()})
    if is_french():
        text = agree(text)
    return computed(capfirst(text), source, slot_checks(summary, sentence))


def is_silent(summary: Summary, spec: ParagraphSpec) -> bool:
    """True when no Government of the topics' groups commented: nothing to report."""
    commented = {t.topic.slug: t.commenting for t in summary.topics}
    return not summary.respondents or (
        bool(spec.topics) and not any(commented.get(slug) for slug in spec.topics))


def view_paragraphs(summary: Summary) -> list[tuple[int, tuple[Part, ...]]]:
    """(paragraph of A/56/167, its parts) for each of paras 10-17 the records have views for."""
    values = context(summary)
    return [
        (spec.source_paragraph,
         tuple(sentence_part(summary, s, spec.source_paragraph, values) for s in spec.sentences))
        for spec in PARAGRAPHS if not is_silent(summary, spec)
    ]
