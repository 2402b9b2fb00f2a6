"""Section II of a report, regenerated from its Summary as numbered paragraphs.

``paragraphs(summary, earlier=...)`` returns the paragraphs of the section in the order of
A/56/167 (paras 3-17): the policies (3-4, from ``summary.policy_shares``), the letters (5-8,
from the Letter, Resolution and Report records and the summaries of the reports that first
counted each letter), the stances (9), the views on each topic (10-16) and the conclusion
(17). Every number is read from the Summary; every quantifier is the band of a count within
the group the report counts it in (``surveys.summary.quantifiers``), printed in the report's own
words when its sentence used a word of that band. Changing a response's stance or codes
therefore changes the prose. A paragraph whose records give nothing to say (no policy data,
no one in the group) is left out, so earlier reports read with fewer paragraphs.

The sentences of paras 10-17 are declared in ``surveys.summary.sentences`` and filled in by
``surveys.summary.fill``; this module holds the paragraphs on the policies, the letters and
the stances.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from surveys.models import Policy, PolicyFlow, Stance
from surveys.summary.figures import LetterCount, Summary
from surveys.summary.fill import number, view_paragraphs
from surveys.summary.quantifiers import percent

SOURCE = "A/56/167"  # the report whose paragraph numbers the codebook and figures cite
FIRST_NUMBER = 3  # section II of A/56/167 opens at paragraph 3


@dataclass(frozen=True)
class Paragraph:
    """One generated paragraph, the paragraph of A/56/167 it regenerates and its records."""

    number: int
    text: str
    source_paragraph: int
    sources: tuple[str, ...]  # the symbols of the reports whose records it counts

    @property
    def footnote(self) -> str:
        return _("Regenerates %(source)s, paragraph %(paragraph)s; counted from the records "
                 "of %(reports)s.") % {"source": SOURCE, "paragraph": self.source_paragraph,
                                       "reports": ", ".join(self.sources)}


def paragraphs(summary: Summary, *, earlier: Sequence[Summary] = ()) -> list[Paragraph]:
    """Section II of ``summary.report``, numbered from paragraph 3.

    ``earlier`` are the summaries of the reports issued before it (oldest first): the letter
    paragraphs say how many replies each letter had by the report that first counted it.
    """
    own = (summary.report.symbol,)
    drafts = [(3, policy_text(summary, PolicyFlow.IMMIGRATION), own),
              (4, policy_text(summary, PolicyFlow.EMIGRATION), own)]
    if summary.letters:
        drafts.append((5, letters_opening(summary), own))
    drafts += letter_paragraphs(summary, list(earlier))
    drafts.append((9, stance_paragraph(summary), own))
    drafts += [(source, text, own) for source, text in view_paragraphs(summary)]
    kept = [(source, text, sources) for source, text, sources in drafts if text]
    return [Paragraph(FIRST_NUMBER + i, text, source, sources)
            for i, (source, text, sources) in enumerate(kept)]


def letters_opening(summary: Summary) -> str:
    """Paragraph 5: how often the views of Governments were solicited."""
    return _(
        "Reflecting the growing concern about international population mobility and the weak "
        "understanding of its relationship to development, the possibility of convening a "
        "conference on international migration and development has been pursued. Since "
        "%(year)s, the Population Division of the United Nations Secretariat has solicited "
        "%(occasions)s the views of Governments regarding this possibility, as a follow-up "
        "activity to the International Conference on Population and Development (ICPD).") % {
        "year": summary.letters[0].letter.sent_on.year,
        "occasions": occasions(len(summary.letters))}


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def letter_paragraphs(summary: Summary, earlier: list[Summary]):
    """Paragraphs 6-8: each letter, its mandate, and the report that first counted it."""
    drafts = []
    for i, count in enumerate(summary.letters):
        first = next(s for s in [*earlier, summary] if letter_count(s, count))
        text = letter_text(i, count, first)
        drafts.append((count.letter.paragraph, text, (first.report.symbol,)))
    late = late_text(summary, earlier[-1] if earlier else None)
    if late and drafts:
        source, text, symbols = drafts[-1]
        drafts[-1] = (source, f"{text} {late}", (*symbols, summary.report.symbol))
    return drafts


def letter_count(summary: Summary, count: LetterCount) -> LetterCount | None:
    return next((c for c in summary.letters if c.letter.pk == count.letter.pk), None)


def letter_text(index: int, count: LetterCount, first: Summary) -> str:
    letter = count.letter
    ordinal = ORDINALS[index] if index < len(ORDINALS) else str(index + 1)
    purpose = letter.purpose.strip().rstrip(".")
    values = {
        "resolution": letter.mandate.symbol, "ordinal": ordinal,
        "adopted": f"{letter.mandate.adopted_on.day} {letter.mandate.adopted_on:%B %Y}",
        "sent": letter.sent_label, "purpose": purpose[:1].lower() + purpose[1:],
        "cutoff": f"{first.cutoff:%B %Y}", "replies": letter_count(first, count).responses,
        "respondents": first.respondents, "year": first.letters[0].letter.sent_on.year,
        "symbol": first.report.symbol,
    }
    return _(
        "In accordance with General Assembly resolution %(resolution)s of %(adopted)s, the "
        "%(ordinal)s letter was sent to all permanent representatives to the United Nations in "
        "%(sent)s, %(purpose)s. By %(cutoff)s, responses had been received from %(replies)s "
        "Governments. Based on the responses received from %(respondents)s Governments that "
        "had expressed their views since %(year)s, the report of the Secretary-General "
        "(%(symbol)s) was prepared.") % values


def late_text(summary: Summary, previous: Summary | None) -> str:
    """Para 8's last sentences: replies the previous report, on the same letters, missed."""
    if previous is None or not summary.new_respondents:
        return ""
    if {c.letter.pk for c in summary.letters} != {c.letter.pk for c in previous.letters}:
        return ""
    return ngettext(
        "There was %(n)s Government whose response arrived too late to be included in the "
        "report of the Secretary-General (%(symbol)s).",
        "There were %(n)s Governments whose response arrived too late to be included in the "
        "report of the Secretary-General (%(symbol)s).", summary.new_respondents) % {
        "n": number(summary.new_respondents), "symbol": previous.report.symbol,
    } + " " + _("Incorporating these additional responses, the following section summarizes "
                "the views expressed by these Governments.")


def occasions(count: int) -> str:
    if count == 1:
        return _("once")
    return _("on %(n)s occasions") % {"n": number(count)}


def stance_paragraph(summary: Summary) -> str:
    """Paragraph 9: who never replied, and the Governments of each stance."""
    favour, against, partial = (summary.stance(s).count for s in Stance.values)
    text = ngettext(
        "Altogether, there is %(n)s Government that has never replied to the letters.",
        "Altogether, there are %(n)s Governments that have never replied to the letters.",
        summary.non_respondents) % {"n": summary.non_respondents}
    surveys = ngettext("the survey", "the past %(n)s surveys", len(summary.letters)) % {
        "n": number(len(summary.letters))}
    text += " " + _(
        "Out of the %(total)s Governments whose responses were received through %(surveys)s, "
        "%(favour)s were generally in favour of convening a conference on international "
        "migration and development and %(against)s expressed reservations about holding such "
        "a conference") % {"total": summary.respondents, "surveys": surveys,
                           "favour": favour, "against": against}
    if not partial:
        return text + "."
    return text + "; " + _(
        "the remaining %(partial)s Governments expressed only partial support for convening "
        "a conference. While these Governments are somewhat more open to the possibility of "
        "convening a conference, they considered that other options should first be pursued "
        "to address the issue of international migration and development.") % {
        "partial": partial}


def policy_text(summary: Summary, flow: str) -> str | None:
    """Paragraphs 3 (immigration) and 4 (emigration): the shares of countries by policy."""
    years = sorted(y for y, f in summary.policy_shares if f == flow
                   and y <= summary.report.issued_on.year)
    if len(years) < 2:
        return None
    first, last = years[0], years[-1]
    lower = [policy_percent(summary, y, flow, [Policy.LOWER]) for y in (first, last)]
    keep = [policy_percent(summary, y, flow, [Policy.MAINTAIN, Policy.NO_INTERVENTION])
            for y in (first, last)]
    values = {"flow": PolicyFlow(flow).label.lower(), "first": first, "last": last,
              "lower0": lower[0], "lower1": lower[1], "keep0": keep[0],
              "keep1": share_words(keep[1]), "lower_went": went(*lower),
              "keep_change": change(*keep)}
    return _(
        "According to the data available from the Population Policy Database of the "
        "Population Division, between %(first)s and %(last)s the percentage of countries with "
        "policies to lower %(flow)s %(lower_went)s from %(lower0)s per cent to %(lower1)s per "
        "cent. As of %(last)s, %(keep1)s of the countries aimed at maintaining their existing "
        "level of %(flow)s or not to intervene, %(keep_change)s from %(keep0)s per cent in "
        "%(first)s.") % values


def policy_percent(summary: Summary, year: int, flow: str, policies: list[str]) -> int:
    counts = summary.policy_shares.get((year, flow), {})
    return percent(sum(counts.get(p, 0) for p in policies), sum(counts.values()))


def share_words(value: int) -> str:
    words = {75: _("three quarters"), 50: _("half"), 25: _("a quarter")}
    return words.get(value, _("%(n)s per cent") % {"n": value})


def went(before: int, after: int) -> str:
    if after > before:
        return _("increased")
    return _("decreased") if after < before else _("stayed the same")


def change(before: int, after: int) -> str:
    if after > before:
        return _("an increase")
    return _("a decline") if after < before else _("no change")
