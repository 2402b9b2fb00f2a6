"""Filling the sentences of paragraphs 10-17 (``surveys.summary.sentences``) from a Summary.

Each slot's count is taken as a share of the Governments its topic's quantifiers are shares
of; its quantifier is ``wording_for`` of that count, so the report's own word is printed
only when it fits the computed band, and the band otherwise; the part then carries the
published figure's check, which flags the difference. A clause prints its whole text for
that word, in the reader's language (``surveys.summary.sentence_texts``): "none of them
proposed", "the majority proposed". Quoted sentences are the report's words
(``surveys.summary.quotations``).
"""
from django.contrib.humanize.templatetags.humanize import apnumber
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy

from surveys.record_texts import record_text
from surveys.summary import sentence_texts as texts
from surveys.summary.counts import Summary
from surveys.summary.kinds import Part, computed
from surveys.summary.quantifiers import (
    count_word_label,
    per_cent,
    quantifier_for,
    wording_for,
)
from surveys.summary.quotations import quoted
from surveys.summary.reconciliation import Reconciliation
from surveys.summary.sentences import PARAGRAPHS, Clause, ParagraphSpec, Sentence, Slot


def number(value: int) -> str:
    """Small numbers in words, as the report writes them ('five Governments')."""
    return str(apnumber(value))


# Names that open a code's label and keep their capital inside a sentence, as the records
# write them and as the catalog translates them.
NAMES = {"United Nations": pgettext_lazy("a name that opens a code's label", "United Nations"),
         "States Members": pgettext_lazy("a name that opens a code's label", "States Members")}


def lower_first(label: str) -> str:
    """A code's label inside a sentence: 'A plan of action' -> 'a plan of action'; a name
    keeps its capital ('United Nations bodies')."""
    if label.startswith((*NAMES, *(str(name) for name in NAMES.values()))):
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


def slot_words(reconciled: Reconciliation, slot: Slot) -> str:
    """The quantifier of a slot's count, in the report's word when it fits the band."""
    check = reconciled.check(slot.figure_key)
    published = check.figure.wording if check else ""
    return wording_for(*slot_count(reconciled.summary, slot), published)


def worded(variants: dict, words: str, band: str):
    """The variant for the words printed, or for their band when it has none of its own (a
    sentence without a "generally" reads "most")."""
    return variants[words] if words in variants else variants[band]


def clause_text(reconciled: Reconciliation, clause: Clause) -> str:
    if clause.slot is None:
        return str(clause.variants[""])
    band = quantifier_for(*slot_count(reconciled.summary, clause.slot))
    return str(worded(clause.variants, slot_words(reconciled, clause.slot), band))


def slot_checks(reconciled: Reconciliation, sentence: Sentence) -> list:
    keys = [*sentence.figures, *(c.slot.figure_key for c in sentence.clauses if c.slot)]
    return [reconciled.check(key) for key in keys]


def other_objectives(reconciled: Reconciliation, source: int) -> Part:
    """Para 10's last sentence: 'A few other objectives of a conference addressed by a
    number of Governments included X, and Y.' When the two views' quantifiers differ, each
    is given its own ('... X, addressed by many Governments, and Y, addressed by ...')."""
    summary = reconciled.summary
    slugs = ("manage-flows", "dialogue")
    labels = {c.code.slug: lower_first(record_text(c.code.label))
              for t in summary.topics for c in t.codes}
    present = [s for s in slugs if s in labels]
    mentioned = [s for s in present if code_count(summary, s)[0]]
    checks = [reconciled.check(k) for k in ("other-objectives", *present)]
    words = {s: slot_words(reconciled, Slot(code=s)) for s in present}
    bands = {s: quantifier_for(*code_count(summary, s)) for s in present}
    few = capfirst(count_word_label(len(mentioned)))
    and_ = gettext(", and ")
    if not mentioned:
        text = gettext("No Government addressed any other objective of a conference.")
    elif len({words[s] for s in mentioned}) == 1:
        first = mentioned[0]
        text = worded(texts.OTHER_OBJECTIVES, words[first], bands[first]) % {
            "count": len(mentioned), "few": few,
            "listed": and_.join(labels[s] for s in mentioned)}
    else:
        listed = and_.join(
            worded(texts.OTHER_OBJECTIVE_ADDRESSED, words[s], bands[s]) % {"label": labels[s]}
            for s in mentioned)
        text = gettext("%(few)s other objectives of a conference included %(listed)s.") % {
            "few": few, "listed": listed}
    return computed(text, source, checks)


def main_outcome(reconciled: Reconciliation, source: int) -> Part:
    """Para 11: the outcome most frequently mentioned, when one code leads alone."""
    topics = reconciled.summary.topics
    top = next((t.most_frequent for t in topics if t.topic.slug == "outcome"), None)
    if top is None:
        text = str(texts.NO_MAIN_OUTCOME)
    else:
        text = str(texts.MAIN_OUTCOME).format(outcome=lower_first(record_text(top.code.label)))
    return computed(text, source, [reconciled.check("outcome-most-frequent")])


COMPOSERS = {"other-objectives": other_objectives, "main-outcome": main_outcome}


def sentence_part(reconciled: Reconciliation, sentence: Sentence, source: int,
                  values: dict) -> Part:
    if sentence.quote:
        return quoted(sentence.quote)
    if sentence.composer:
        return COMPOSERS[sentence.composer](reconciled, source)
    text = "".join(clause_text(reconciled, clause) for clause in sentence.clauses)
    counts = [slot_count(reconciled.summary, c.slot) for c in sentence.clauses if c.slot]
    return computed(text.format(**values), source, slot_checks(reconciled, sentence), counts)


def is_silent(summary: Summary, spec: ParagraphSpec) -> bool:
    """True when no Government of the topics' groups commented: nothing to report."""
    commented = {t.topic.slug: t.commenting for t in summary.topics}
    return not summary.respondents or (
        bool(spec.topics) and not any(commented.get(slug) for slug in spec.topics))


def view_paragraphs(reconciled: Reconciliation) -> list[tuple[int, tuple[Part, ...]]]:
    """(paragraph of A/56/167, its parts) for each of paras 10-17 the records have views for."""
    values = context(reconciled.summary)
    return [
        (spec.source_paragraph,
         tuple(sentence_part(reconciled, s, spec.source_paragraph, values)
               for s in spec.sentences))
        for spec in PARAGRAPHS if not is_silent(reconciled.summary, spec)
    ]
