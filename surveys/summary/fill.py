"""Filling the sentences of paragraphs 10-17 (``surveys.summary.sentences``) from a Summary.

Each slot's count is taken as a share of the Governments its topic's quantifiers are shares
of; its quantifier is ``wording_for`` of that count, so the report's own word is printed
only when it fits the computed band, and the band otherwise; the part then carries the
published figure's check, which flags the difference. Zero reads "no Government", "none of
them". Quoted sentences are the report's words (``surveys.summary.quotations``).
"""
from django.contrib.humanize.templatetags.humanize import apnumber
from django.utils.text import capfirst
from django.utils.translation import gettext

from surveys.summary.figures import Summary
from surveys.summary.kinds import Part, computed
from surveys.summary.quantifiers import SYNONYMS, band_of, count_word, wording_for
from surveys.summary.quotations import quoted
from surveys.summary.sentences import PARAGRAPHS, ParagraphSpec, Sentence, Slot

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


def who(words: str, noun: str = "Governments") -> str:
    """'the majority of Governments', 'a number of them' ('of ...' nouns are partitive).

    A synonym with no phrase of its own ('generally') reads as its band ('most')."""
    if words in SYNONYMS and words != "some":
        words = band_of(words)
    if noun.startswith("of "):
        return f"{words.removesuffix(' of')} {noun}"
    if words == "none":
        return f"no {singular(noun)}"
    return f"{words} of {noun}" if words == "the majority" else f"{words} {noun}"


def number(value: int) -> str:
    """Small numbers in words, as the report writes them ('five Governments')."""
    return str(apnumber(value))


def lower_first(label: str) -> str:
    """A code's label inside a sentence: 'A plan of action' -> 'a plan of action'; a name
    keeps its capital ('United Nations bodies')."""
    if label.startswith(("United Nations", "States Members")):
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
        "respondents": summary.respondents, "share": summary.membership_share_percent,
        "first_year": letters[0].letter.sent_on.year if letters else summary.cutoff.year,
    }


def code_count(summary: Summary, slug: str):
    """(count, base) of a code the report names; (0, 0) when the codebook lacks it."""
    for topic in summary.topics:
        for code in topic.codes:
            if code.code.slug == slug:
                return code.count, topic.base
    return 0, 0


def slot_words(summary: Summary, slot: Slot) -> str:
    """The quantifier of a slot's count, in the report's word when it fits the band."""
    check = summary.check(slot.key or slot.code)
    published = check.figure.wording if check else ""
    if slot.stance:
        return wording_for(summary.stance(slot.stance).count, summary.respondents, published)
    count, total = code_count(summary, slot.code)
    return wording_for(count, total, published)


def phrase(summary: Summary, slot: Slot, values: dict) -> str:
    if slot.top:
        top = next((t.most_frequent for t in summary.topics if t.topic.slug == slot.top), None)
        if top is None:
            return gettext("no single one")
        return lower_first(top.code.label)
    words = slot_words(summary, slot)
    template = slot.forms.get(words, slot.form)
    return template.format(who=who(words, slot.noun.format(**values)), **values)


def slot_checks(summary: Summary, sentence: Sentence) -> list:
    keys = [*sentence.figures, *(slot.key or slot.code for slot in sentence.slots.values())]
    return [summary.check(key) for key in keys]


def other_objectives(summary: Summary, source: int) -> Part:
    """Para 10's last sentence: 'A few other objectives of a conference addressed by a
    number of Governments included X, and Y.' When the two views' quantifiers differ, each
    is given its own ('... X, addressed by many Governments, and Y, addressed by ...')."""
    slugs = ("manage-flows", "dialogue")
    labels = {c.code.slug: lower_first(c.code.label) for t in summary.topics for c in t.codes}
    present = [s for s in slugs if s in labels]
    mentioned = [s for s in present if code_count(summary, s)[0]]
    checks = [summary.check(k) for k in ("other-objectives", *present)]
    words = {s: slot_words(summary, Slot(code=s)) for s in present}
    if not mentioned:
        text = gettext("No Government addressed any other objective of a conference.")
    elif len({words[s] for s in mentioned}) == 1:
        listed = ", and ".join(labels[s] for s in mentioned)
        verb = gettext("included") if len(mentioned) > 1 else gettext("was")
        text = gettext("%(few)s other %(objectives)s of a conference addressed by %(who)s "
                       "%(verb)s %(listed)s.") % {
            "few": capfirst(count_word(len(mentioned))), "who": who(words[mentioned[0]]),
            "objectives": gettext("objectives") if len(mentioned) > 1 else gettext("objective"),
            "verb": verb, "listed": listed}
    else:
        listed = ", and ".join(f"{labels[s]}, addressed by {who(words[s])}" for s in mentioned)
        text = gettext("%(few)s other objectives of a conference included %(listed)s.") % {
            "few": capfirst(count_word(len(mentioned))), "listed": listed}
    return computed(text, source, checks)


COMPOSERS = {"other-objectives": other_objectives}


def sentence_part(summary: Summary, sentence: Sentence, source: int, values: dict) -> Part:
    if sentence.quote:
        return quoted(sentence.quote)
    if sentence.composer:
        return COMPOSERS[sentence.composer](summary, source)
    text = str(sentence.text).format(**values, **{
        name: phrase(summary, slot, values) for name, slot in sentence.slots.items()})
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
