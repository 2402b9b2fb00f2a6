"""Filling the sentences of paragraphs 10-17 (``surveys.summary.sentences``) from a Summary.

Each slot's count is taken within the group the report counts it in; its quantifier is
``wording_for`` of that count, so the report's own word is printed only when the computed
band agrees with it, and the band otherwise.
"""
from django.contrib.humanize.templatetags.humanize import apnumber
from django.utils.text import capfirst
from django.utils.translation import gettext

from surveys.summary.figures import Summary
from surveys.summary.quantifiers import SYNONYMS, band_of, wording_for
from surveys.summary.sentences import PARAGRAPHS, ParagraphSpec, Slot


def who(words: str, noun: str = "Governments") -> str:
    """'the majority of Governments', 'a number of them' ('of ...' nouns are partitive).

    A synonym with no phrase of its own ('generally') reads as its band ('most')."""
    if words in SYNONYMS and words != "some":
        words = band_of(words)
    if noun.startswith("of "):
        return f"{words.removesuffix(' of')} {noun}"
    if words == "none":
        return f"no {noun}"
    return f"{words} of {noun}" if words == "the majority" else f"{words} {noun}"


def number(value: int) -> str:
    """Small numbers in words, as the report writes them ('five Governments')."""
    return str(apnumber(value))


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


def slot_words(summary: Summary, slot: Slot) -> str:
    """The quantifier of a slot's count, in the report's word when the band agrees."""
    wordings = {c.figure.key: c.figure.wording for c in summary.figures if c.figure.wording}
    published = wordings.get(slot.key or slot.code, "")
    if slot.stance:
        return wording_for(summary.stance(slot.stance).count, summary.respondents, published)
    found = [(t, c) for t in summary.topics for c in t.codes if c.code.slug == slot.code]
    if not found:  # a code the codebook no longer has: nobody holds that view
        return "none"
    topic, code = found[0]
    total = topic.commenting if slot.among == "commenting" else topic.group_size
    return wording_for(code.count, total, published)


def phrase(summary: Summary, slot: Slot, values: dict) -> str:
    if slot.top:
        top = next((t.most_frequent for t in summary.topics if t.topic.slug == slot.top), None)
        if top is None:
            return gettext("no single one")
        return top.code.label[:1].lower() + top.code.label[1:]
    words = slot_words(summary, slot)
    template = slot.forms.get(words, slot.form)
    return template.format(who=who(words, slot.noun.format(**values)), **values)


def is_silent(summary: Summary, spec: ParagraphSpec) -> bool:
    """True when no Government of the topics' groups commented: nothing to report."""
    commented = {t.topic.slug: t.commenting for t in summary.topics}
    return not summary.respondents or (
        bool(spec.topics) and not any(commented.get(slug) for slug in spec.topics))


def view_paragraphs(summary: Summary) -> list[tuple[int, str]]:
    """(paragraph of A/56/167, text) for each of paras 10-17 the records have views for."""
    values = context(summary)
    result = []
    for spec in PARAGRAPHS:
        if is_silent(summary, spec):
            continue
        texts = [capfirst(str(s.text).format(**values, **{
            name: phrase(summary, slot, values) for name, slot in s.slots.items()}))
            for s in spec.sentences]
        result.append((spec.source_paragraph, " ".join(texts)))
    return result
