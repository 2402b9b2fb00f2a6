"""Section II of a report, regenerated from its Summary as numbered paragraphs of parts.

``paragraphs(reconciled, earlier=...)`` returns the paragraphs of the section in the order of
A/56/167 (paras 3-17): the policies (3-4, from ``summary.policy_shares``), the letters (5-8,
from the Letter, Resolution and Report records and the summaries of the reports that first
counted each letter), the stances (9), the views on each topic (10-16) and the conclusion
(17). Each paragraph is a sequence of parts of three kinds (``surveys.summary.kinds``):
computed from the records, quoted from the report, or context from the reference records.
Every number is read from the Summary; every quantifier is the band of a count within the
group the report counts it in, printed in the report's own word only when it fits; each
computed part carries the checks of the published figures it states, from the Summary's
reconciliation (``surveys.summary.reconciliation``).

A letter's own reply count is stated only where the report that first counted it
publishes one (A/52/314 gives none for the 1997 letter, and its cutoff is assumed), so the
regenerated text never states a count or a date the report does not. A paragraph whose
records give nothing to say (no policy data, no one in the group) is left out, so earlier
reports read with fewer paragraphs.

The sentences of paras 10-17 are declared in ``surveys.summary.sentences`` and filled in by
``surveys.summary.fill``; this module holds the paragraphs on the policies, the letters and
the stances.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import dateformat
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext as _

from surveys.models import Policy, PolicyFlow, Stance
from surveys.record_texts import record_text
from surveys.summary.counts import LetterCount, Summary
from surveys.summary.fill import number, view_paragraphs
from surveys.summary.kinds import SOURCE, Part, computed, context
from surveys.summary.quantifiers import per_cent
from surveys.summary.quotations import NOTES, REPORT_FATE_LEAD, quoted
from surveys.summary.reconciliation import (
    BOTH_GROUPS,
    Reconciliation,
    group_label,
    group_trends,
    strongest_group,
    trends_are_similar,
)

FIRST_NUMBER = 3  # section II of A/56/167 opens at paragraph 3
LOWER = [Policy.LOWER]
KEEP = [Policy.MAINTAIN, Policy.NO_INTERVENTION]


@dataclass(frozen=True)
class Paragraph:
    """One generated paragraph, the paragraph of A/56/167 it regenerates and its records."""

    number: int
    source_paragraph: int
    sources: tuple[str, ...]  # the symbols of the reports whose records it counts
    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts)

    @property
    def citation(self) -> str:
        return _("Regenerates %(source)s, paragraph %(paragraph)s; counted from the records "
                 "of %(reports)s.") % {"source": SOURCE, "paragraph": self.source_paragraph,
                                       "reports": ", ".join(self.sources)}

    @property
    def notes(self) -> list[tuple[int, str, str]]:
        """The report's own notes the paragraph's quotations carry: number, text in the
        reader's language, and the report's English when that text translates it."""
        notes = []
        for part in self.parts:
            if part.note:
                text = gettext(NOTES[part.note])
                notes.append((part.note, text, NOTES[part.note] if text != NOTES[part.note]
                              else ""))
        return notes

    @property
    def originals(self) -> list[Part]:
        """The quoted parts that translate the report's English words (not in English)."""
        return [part for part in self.parts if part.is_translation]

    @property
    def differences(self) -> list:
        return [check for part in self.parts for check in part.differences]


def paragraphs(reconciled: Reconciliation, *,
               earlier: Sequence[Reconciliation] = ()) -> list[Paragraph]:
    """Section II of the reconciled summary's report, numbered from paragraph 3.

    ``earlier`` are the reconciled summaries of the reports issued before it (oldest first):
    the letter paragraphs say how many replies each letter had by the report that first
    counted it.
    """
    summary = reconciled.summary
    own = (summary.report.symbol,)
    drafts = [(3, immigration_parts(reconciled), own), (4, emigration_parts(reconciled), own)]
    if summary.letters:
        drafts.append((5, letters_opening(reconciled), own))
    drafts += letter_paragraphs(reconciled, list(earlier))
    drafts.append((9, stance_parts(reconciled), own))
    drafts += [(source, parts, own) for source, parts in view_paragraphs(reconciled)]
    kept = [(source, parts, sources) for source, parts, sources in drafts if parts]
    return [Paragraph(FIRST_NUMBER + i, source, sources, tuple(parts))
            for i, (source, parts, sources) in enumerate(kept)]


# Paragraphs 3-4: policies --------------------------------------------------------------


def policy_span(summary: Summary, flow: str):
    """(first year, last year, percentages) of a flow's policy data, or None."""
    years = summary.policy_years(flow)
    if len(years) < 2:
        return None
    first, last = years[0], years[-1]

    def pct(year, policies):
        return summary.policy_percent(year, flow, policies)

    return first, last, {"lower0": pct(first, LOWER), "lower1": pct(last, LOWER),
                         "keep0": pct(first, KEEP), "keep1": pct(last, KEEP)}


def moved(before: int, after: int) -> str:
    """'increased from 13 per cent to 20 per cent', 'stayed at 20 per cent'."""
    if after == before:
        return _("stayed at %(after)s") % {"after": per_cent(after)}
    verb = _("increased") if after > before else _("decreased")
    return _("%(verb)s from %(before)s to %(after)s") % {
        "verb": verb, "before": per_cent(before), "after": per_cent(after)}


def immigration_parts(reconciled: Reconciliation) -> list[Part]:
    """Paragraph 3: the quoted baseline of the mid-1970s, then the computed shares."""
    summary, check = reconciled.summary, reconciled.check
    span = policy_span(summary, PolicyFlow.IMMIGRATION)
    if span is None:
        return []
    first, last, p = span
    if p["lower1"] > p["lower0"]:
        lower = _("The percentage of countries with policies to lower immigration had reached "
                  "%(lower1)s by %(last)s, as compared to only %(lower0)s in %(first)s.")
    elif p["lower1"] < p["lower0"]:
        lower = _("The percentage of countries with policies to lower immigration had fallen "
                  "to %(lower1)s by %(last)s, as compared to %(lower0)s in %(first)s.")
    else:
        lower = _("The percentage of countries with policies to lower immigration was "
                  "%(lower1)s in %(last)s, as in %(first)s.")
    values = {**{k: per_cent(v) for k, v in p.items()}, "first": first, "last": last}
    parts = [
        quoted("attention"), quoted("mid-1970s"), quoted("borders"), quoted("control"),
        computed(lower % values, 3, [check(f"immigration-lower-{first}"),
                                     check(f"immigration-lower-{last}")]),
        computed(_("During this period, the percentage of Governments which adopted measures "
                   "aimed at maintaining their levels of immigration or non-intervention "
                   "policies %(moved)s.") % {"moved": moved(p["keep0"], p["keep1"])}, 3,
                 [check(f"immigration-maintain-{first}"), check(f"immigration-maintain-{last}")]),
    ]
    leader, _shares = strongest_group(summary, last, PolicyFlow.IMMIGRATION, LOWER)
    if leader:
        text = _("In particular, %(group)s countries showed the strongest inclination towards "
                 "restricting immigration.") % {"group": group_label(leader)}
    else:
        text = _("In particular, no group of countries showed a stronger inclination than the "
                 "others towards restricting immigration.")
    parts.append(computed(text, 3, [check("immigration-strongest")]))
    return parts


def emigration_parts(reconciled: Reconciliation) -> list[Part]:
    """Paragraph 4: the shares of countries by emigration policy, and the groups' trends."""
    summary, check = reconciled.summary, reconciled.check
    span = policy_span(summary, PolicyFlow.EMIGRATION)
    if span is None:
        return []
    first, last, p = span
    parts = [
        computed(_("With regard to emigration policies, between %(first)s and %(last)s, the "
                   "percentage of countries seeking to lower emigration had %(moved)s.") % {
            "first": first, "last": last, "moved": moved(p["lower0"], p["lower1"])}, 4,
            [check(f"emigration-lower-{first}"), check(f"emigration-lower-{last}")]),
        computed(_("As of %(last)s, %(keep1)s of the countries aimed at maintaining their "
                   "existing level of emigration or not to intervene, %(change)s from "
                   "%(keep0)s in %(first)s.") % {
            "last": last, "first": first, "keep1": share_words(p["keep1"]),
            "keep0": per_cent(p["keep0"]), "change": change(p["keep0"], p["keep1"])}, 4,
            [check(f"emigration-maintain-{last}"), check(f"emigration-maintain-{first}")]),
    ]
    trends = group_trends(summary, PolicyFlow.EMIGRATION, LOWER, last)
    if len(trends) > 1:
        if trends_are_similar(trends):
            text = _("%(both)s countries showed similar trends in the evolution of their "
                     "views.") % {"both": capfirst(group_label(BOTH_GROUPS))}
        else:
            text = _("Developed and developing countries showed different trends in the "
                     "evolution of their views: the percentage seeking to lower emigration %("
                     "moves)s.") % {"moves": _(" and ").join(
                         _("%(moved)s among %(group)s countries") % {
                             "moved": moved(a, b), "group": group_label(group)}
                         for group, (a, b) in trends.items())}
        parts.append(computed(text, 4, [check("emigration-similar-trends")]))
    return parts


def share_words(value: int) -> str:
    words = {75: _("three quarters"), 50: _("half"), 25: _("a quarter")}
    return words.get(value, per_cent(value))


def change(before: int, after: int) -> str:
    if after > before:
        return _("an increase")
    return _("a decline") if after < before else _("no change")


# Paragraphs 5-8: the letters ------------------------------------------------------------


def letters_opening(reconciled: Reconciliation) -> list[Part]:
    """Paragraph 5: how often the views of Governments were solicited."""
    summary = reconciled.summary
    return [quoted("concern"), computed(_(
        "Since %(year)s, the Population Division of the United Nations Secretariat has "
        "solicited %(occasions)s the views of Governments regarding this possibility, as a "
        "follow-up activity to the International Conference on Population and Development "
        "(ICPD).") % {
        "year": summary.letters[0].letter.sent_on.year,
        "occasions": occasions(len(summary.letters))}, 5, [reconciled.check("letters-sent")])]


ORDINALS = (pgettext_lazy("letter", "first"), pgettext_lazy("letter", "second"),
            pgettext_lazy("letter", "third"), pgettext_lazy("letter", "fourth"),
            pgettext_lazy("letter", "fifth"), pgettext_lazy("letter", "sixth"))


def letter_paragraphs(reconciled: Reconciliation, earlier: list[Reconciliation]):
    """Paragraphs 6-8: each letter, its mandate, and the report that first counted it."""
    summary = reconciled.summary
    drafts = []
    for i, count in enumerate(summary.letters):
        first = next(r for r in [*earlier, reconciled] if letter_count(r.summary, count))
        paragraph = count.letter.paragraph
        drafts.append((paragraph, letter_parts(i, count, first, paragraph,
                                               own=first is reconciled),
                       (first.summary.report.symbol,)))
    late = late_parts(reconciled, earlier[-1].summary if earlier else None)
    if late and drafts:
        source, parts, symbols = drafts[-1]
        drafts[-1] = (source, [*parts, *late], (*symbols, summary.report.symbol))
    return drafts


def letter_count(summary: Summary, count: LetterCount) -> LetterCount | None:
    return next((c for c in summary.letters if c.letter.pk == count.letter.pk), None)


def letter_values(index: int, count: LetterCount, first: Summary) -> dict:
    letter = count.letter
    purpose = letter.purpose.strip().rstrip(".")
    return {
        "resolution": letter.mandate.symbol,
        "ordinal": ORDINALS[index] if index < len(ORDINALS) else str(index + 1),
        "adopted": dateformat.format(letter.mandate.adopted_on, "j F Y"),
        "sent": letter.sent_label, "purpose": record_text(purpose[:1].lower() + purpose[1:]),
        "cutoff": dateformat.format(first.cutoff, "F Y"),
        "replies": letter_count(first, count).responses,
        "respondents": first.respondents, "year": first.letters[0].letter.sent_on.year,
        "symbol": first.report.symbol,
        "years": _(" or the ").join(str(c.letter.sent_on.year) for c in first.letters),
    }


def mandate_parts(index: int, values: dict, paragraph: int) -> list[Part]:
    """How the letter came to be sent: its resolution, date and purpose (context)."""
    if index == 0:
        return [context(_("In accordance with General Assembly resolution %(resolution)s of "
                          "%(adopted)s, the %(ordinal)s letter %(purpose)s was sent to all "
                          "permanent representatives to the United Nations in %(sent)s.")
                        % values, paragraph)]
    if index == 1:
        return [context(_("Pursuant to General Assembly resolution %(resolution)s of "
                          "%(adopted)s, a %(ordinal)s letter was sent in %(sent)s to all "
                          "permanent representatives %(purpose)s.") % values, paragraph)]
    return [
        context(_("The General Assembly, in its resolution %(resolution)s of %(adopted)s, "
                  "requested further solicitation of views on the possibility of convening a "
                  "conference on international migration and development.") % values,
                paragraph),
        context((_("Hence, a %(ordinal)s letter was sent in %(sent)s to all permanent "
                   "representatives, %(purpose)s.") if values["purpose"] else _(
                   "Hence, a %(ordinal)s letter was sent in %(sent)s to all permanent "
                   "representatives.")) % values, paragraph),
    ]


def report_parts(index: int, values: dict, first: Reconciliation, paragraph: int,
                 stated_count: bool, *, own: bool = False) -> list[Part]:
    """The report that first counted the letter, and on how many Governments it rests.
    ``own``: that report is the one regenerated, which speaks of itself as "the present
    report" and cannot yet say what became of it."""
    if own:
        return present_report_parts(index, values, first, paragraph, stated_count)
    symbol = first.summary.report.symbol
    checks = [first.check("respondents")]
    if index == 0 and stated_count:
        return [context(_("These responses constituted the basis for the preparation of the "
                          "report of the Secretary-General on international migration and "
                          "development (%(symbol)s).") % values, paragraph)]
    if index == 0:
        return [computed(_("The responses of %(respondents)s Governments constituted the basis "
                           "for the preparation of the report of the Secretary-General on "
                           "international migration and development (%(symbol)s).") % values,
                         paragraph, checks)]
    if index == 1:
        text = _("Consequently, based on the views of %(respondents)s Governments that "
                 "responded to either the %(years)s letter, the report of the "
                 "Secretary-General (%(symbol)s) was prepared") % values
    else:
        text = _("Based on the responses received from %(respondents)s Governments that had "
                 "expressed their views since %(year)s, the report of the Secretary-General "
                 "(%(symbol)s) was prepared") % values
    if symbol in REPORT_FATE_LEAD:
        return [computed(text + REPORT_FATE_LEAD[symbol], paragraph, checks), quoted(symbol)]
    return [computed(text + ".", paragraph, checks)]


def present_report_parts(index: int, values: dict, first: Reconciliation, paragraph: int,
                         stated_count: bool) -> list[Part]:
    """Paras 6-8's last sentence in the regenerated report's own words: "the present report"."""
    checks = [first.check("respondents")]
    if not values["respondents"]:
        return [computed(_("No Government has replied yet: the present report has no response "
                           "to summarize."), paragraph, checks)]
    if index == 0 and stated_count:
        return [context(_("These responses constitute the basis of the present report."),
                        paragraph)]
    if index == 0:
        text = ngettext("The present report is based on the response of %(respondents)s "
                        "Government.",
                        "The present report is based on the responses of %(respondents)s "
                        "Governments.", values["respondents"])
    elif index == 1:
        text = _("Consequently, the present report is based on the views of %(respondents)s "
                 "Governments that responded to either the %(years)s letter.")
    else:
        text = _("The present report is based on the responses received from %(respondents)s "
                 "Governments that had expressed their views since %(year)s.")
    return [computed(text % values, paragraph, checks)]


def letter_parts(index: int, count: LetterCount, first: Reconciliation,
                 paragraph: int, *, own: bool = False) -> list[Part]:
    values = letter_values(index, count, first.summary)
    parts = mandate_parts(index, values, paragraph)
    # The letter's own replies by the cutoff, only where the report publishes that count.
    stated = next((c for c in first.checks if c.figure.letter_id == count.letter.pk), None)
    if stated is not None:
        # The first letter's replies are all the report counted: the same statement.
        checks = [stated, first.check("respondents") if index == 0 else None]
        parts.append(computed(_("By %(cutoff)s, responses had been received from %(replies)s "
                                "Governments.") % values, paragraph, checks))
    parts += report_parts(index, values, first, paragraph, stated is not None, own=own)
    non_response = first.check("non-response")
    if index == 0 and non_response is not None:
        parts.append(non_response_part(first.summary, non_response, paragraph))
    return parts


def non_response_part(first: Summary, check, paragraph: int) -> Part:
    if check.matches:
        text = _("Because of the high level of non-response, however, it was not possible to "
                 "assess views representing all Governments.")
    else:
        text = _("%(n)s of the %(total)s Governments had not replied.") % {
            "n": first.non_respondents, "total": first.denominator}
    return computed(text, paragraph, [check])


def late_parts(reconciled: Reconciliation, previous: Summary | None) -> list[Part]:
    """Para 8's last sentences: replies the previous report, on the same letters, missed."""
    summary = reconciled.summary
    if previous is None or not summary.new_respondents:
        return []
    if {c.letter.pk for c in summary.letters} != {c.letter.pk for c in previous.letters}:
        return []
    text = ngettext(
        "There was %(n)s Government whose response arrived in %(year)s, but too late to be "
        "included in the report.",
        "There were %(n)s Governments whose response arrived in %(year)s, but too late to be "
        "included in the report.", summary.new_respondents) % {
        "n": number(summary.new_respondents), "year": summary.cutoff.year}
    return [computed(text, 8, [reconciled.check("new-respondents")]), quoted("incorporating")]


def occasions(count: int) -> str:
    if count == 1:
        return _("once")
    return _("on %(n)s occasions") % {"n": number(count)}


# Paragraph 9: the stances ---------------------------------------------------------------


def stance_parts(reconciled: Reconciliation) -> list[Part]:
    """Paragraph 9: who never replied, and the Governments of each stance."""
    summary, check = reconciled.summary, reconciled.check
    favour, against, partial = (summary.stance(s).count for s in Stance.values)
    if summary.non_respondents:
        never = ngettext(
            "Altogether, there is %(n)s Government that has never replied to the letter.",
            "Altogether, there are %(n)s Governments that have never replied to the letter.",
            summary.non_respondents) % {"n": summary.non_respondents}
    else:
        never = _("Altogether, every Government has replied to the letter.")
    parts = [computed(never, 9, [check("non-respondents")])]
    if not summary.respondents:
        return parts
    surveys = ngettext("the survey", "the past %(n)s surveys", len(summary.letters)) % {
        "n": number(len(summary.letters))}
    text = _(
        "Out of the %(total)s Governments whose responses were received through %(surveys)s, "
        "%(favour)s were generally in favour of convening a conference on international "
        "migration and development and %(against)s expressed reservations about holding such "
        "a conference") % {"total": summary.respondents, "surveys": surveys,
                           "favour": favour or pgettext("no Governments", "none"),
                           "against": against or pgettext("no Governments", "none")}
    keys = ["respondents", "surveys", "in-favour", "reservations", "partial-support"]
    if not partial:
        return [*parts, computed(text + ".", 9, [check(k) for k in keys])]
    text += pgettext("between two clauses", "; ") + _(
        "the remaining %(partial)s Governments expressed only partial support for convening a "
        "conference.") % {"partial": partial}
    return [*parts, computed(text, 9, [check(k) for k in keys]), quoted("more-open")]

