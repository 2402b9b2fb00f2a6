"""The paragraphs of section II regenerated from the records (surveys.prose)."""
import re

import pytest
from django.contrib.humanize.templatetags.humanize import apnumber

from surveys.models import Code, PublishedFigure, Report, Response, Stance
from surveys.summary import sentence_texts as texts
from surveys.summary.paragraphs import paragraphs
from surveys.summary.quantifiers import BANDS
from surveys.summary.reconciliation import reconciliations
from surveys.summary.sentences import PARAGRAPHS
from tests.surveys.summary.helpers import move_one_vote, summaries_up_to, the_2001_report
from tests.test_published_figures import (
    IN_FAVOUR,
    NEVER_REPLIED,
    PARTIAL_SUPPORT,
    REPLIES_TO_THE_1999_LETTER_BY_A_54_207,
    RESERVATIONS,
    RESPONDENTS,
    RESPONDENTS_BY_REPORT,
)

pytestmark = pytest.mark.django_db


def generated(report):
    summary, earlier = summaries_up_to(report)
    *earlier_reconciled, reconciled = reconciliations([*earlier, summary])
    return paragraphs(reconciled, earlier=earlier_reconciled)


def by_source(report) -> dict[int, str]:
    return {p.source_paragraph: p.text for p in generated(report)}


def says(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE) is not None


def published_words(figure: PublishedFigure) -> list[str]:
    """A published figure as the report may write it: '5' or 'five', 'the majority'."""
    if figure.wording == "all":  # para 16: "The five Governments ... felt", the whole group
        return ["all", "The five Governments"]
    if figure.wording:
        return [figure.wording]
    return [str(figure.value), str(apnumber(figure.value))]


def test_every_number_and_quantifier_of_paras_9_to_17_is_in_its_paragraph():
    report = the_2001_report()
    texts = by_source(report)
    figures = PublishedFigure.objects.filter(report=report, paragraph__range=(9, 17)).exclude(
        measure="most_frequent")
    assert figures.count() >= 30
    missing = [(f.paragraph, f.key) for f in figures
               if not any(says(texts.get(f.paragraph, ""), w) for w in published_words(f))]
    assert missing == []


def test_the_report_s_own_sentences_are_regenerated():
    texts = by_source(the_2001_report())
    assert (
        f"Out of the {RESPONDENTS} Governments whose responses were received through the past "
        f"three surveys, {IN_FAVOUR} were generally in favour of convening a conference on "
        f"international migration and development and {RESERVATIONS} expressed reservations "
        f"about holding such a conference; the remaining {PARTIAL_SUPPORT} Governments "
        "expressed only partial support"
    ) in texts[9]
    assert (f"Among the {IN_FAVOUR} Governments that favoured holding a conference, the majority "
            "proposed that it should be of a technical and analytical nature") in texts[10]
    assert f"{NEVER_REPLIED} Governments that have never replied" in texts[9]


def test_paragraphs_are_numbered_from_3_and_cite_their_source():
    result = generated(the_2001_report())
    assert [p.number for p in result] == list(range(3, 3 + len(result)))
    assert [p.source_paragraph for p in result] == list(range(3, 18))
    assert all(p.citation.startswith(f"Regenerates A/56/167, paragraph {p.source_paragraph};")
               for p in result)
    letters = {p.source_paragraph: p.sources for p in result}
    assert letters[6] == ("E/1995/69",) and letters[7] == ("A/52/314",)


def test_the_letters_paragraphs_read_the_letter_and_report_records():
    texts = by_source(the_2001_report())
    assert "resolution 49/127 of 19 December 1994" in texts[6]
    assert "February 1995" in texts[6]
    assert f"responses had been received from {RESPONDENTS_BY_REPORT['E/1995/69']}" in texts[6]
    assert f"{RESPONDENTS_BY_REPORT['A/52/314']} Governments" in texts[7]
    assert "(A/52/314)" in texts[7]
    assert f"from {REPLIES_TO_THE_1999_LETTER_BY_A_54_207} Governments" in texts[8]
    assert f"{RESPONDENTS_BY_REPORT['A/54/207']} Governments" in texts[8]
    assert ("There were two Governments whose response arrived in 1999, but too late to be "
            "included in the report.") in texts[8]
    assert "on three occasions" in texts[5]


def test_the_policy_paragraphs_give_the_published_percentages():
    texts = by_source(the_2001_report())
    for figure in PublishedFigure.objects.filter(paragraph__in=(3, 4)):
        assert any(says(texts[figure.paragraph], w) for w in published_words(figure)), figure.key


def test_moving_one_stance_changes_the_numbers_and_the_shares():
    report = the_2001_report()
    move_one_vote(report)
    texts = by_source(report)
    assert "46 were generally in favour" in texts[9] and "27 expressed reservations" in texts[9]
    assert "Among the 46 Governments" in texts[10]
    assert "Among the 27 Governments" in texts[15]


def test_removing_codes_moves_a_quantifier_to_another_band():
    report = the_2001_report()
    code = Code.objects.get(slug="technical-analytical")
    coded = Response.objects.latest_counted_by(report).filter(stance=Stance.IN_FAVOUR, codes=code)
    for response in Response.objects.filter(pk__in=coded.values("pk")[:6]):
        response.codes.remove(code)  # 28 of 47 becomes 22 of 47: "many", not "the majority"
    text = by_source(report)[10]
    assert "the majority proposed" not in text
    assert "many of them proposed that it should be of a technical" in text


def test_a_group_nobody_is_in_leaves_its_paragraph_out():
    report = the_2001_report()
    partial = Response.objects.latest_counted_by(report).filter(stance=Stance.PARTIAL_SUPPORT)
    Response.objects.filter(pk__in=partial.values("pk")).update(stance=Stance.RESERVATIONS)
    texts = by_source(report)
    assert 16 not in texts
    assert "remaining" not in texts[9]
    assert f"{RESERVATIONS + PARTIAL_SUPPORT} expressed reservations" in texts[9]


@pytest.mark.parametrize("symbol, letters", [("E/1995/69", 1), ("A/52/314", 2), ("A/54/207", 3)])
def test_earlier_reports_read_with_their_own_figures(symbol, letters):
    report = Report.objects.get(symbol=symbol)
    summary, earlier = summaries_up_to(report)
    *earlier_reconciled, reconciled = reconciliations([*earlier, summary])
    result = paragraphs(reconciled, earlier=earlier_reconciled)
    texts = {p.source_paragraph: p.text for p in result}
    assert f"Out of the {summary.respondents} Governments" in texts[9]
    assert f"{summary.stance('in_favour').count} were generally in favour" in texts[9]
    assert len([p for p in result if p.source_paragraph in (6, 7, 8)]) == letters
    assert "too late" not in " ".join(texts.values())
    later = set(Report.objects.filter(issued_on__gt=report.issued_on)
                .values_list("symbol", flat=True))
    assert later and not any(set(p.sources) & later for p in result)


BAND_WORDS = [band for band, _floor in BANDS] + ["none"]
# How each band reads, in English, in the sentences whose quantifier governs "Governments"
# and in those whose quantifier governs "of them".
GOVERNMENTS = {"all": "All Governments", "virtually all": "Virtually all Governments",
               "most": "Most Governments", "the majority": "The majority of Governments",
               "many": "Many Governments", "a number of": "A number of Governments",
               "several": "Several Governments", "a few": "A few Governments",
               "none": "No Government"}
OF_THEM = {band: f"{band.removesuffix(' of')} of them" for band in BAND_WORDS[:-1]} | {
    "none": "none of them"}


def counted_clauses():
    return [clause for spec in PARAGRAPHS for sentence in spec.sentences
            for clause in sentence.clauses if clause.slot]


def test_every_counted_clause_is_written_for_every_band():
    """A count may fall in any band: each clause has a whole text for each, and no other
    word than a band or one of the report's words for it."""
    clauses = counted_clauses()
    assert len(clauses) == 25
    for clause in clauses:
        assert set(BAND_WORDS) <= set(clause.variants), clause.slot
        assert set(clause.variants) - set(BAND_WORDS) <= {
            "some", "others", "generally", "commonly", "considerable agreement",
            "a widely shared view"}, clause.slot
    for words in (texts.OTHER_OBJECTIVES, texts.OTHER_OBJECTIVE_ADDRESSED):
        assert set(words) == set(BAND_WORDS) - {"none"}


@pytest.mark.parametrize("variants, phrases", [
    (texts.FORUM, GOVERNMENTS), (texts.UN_PERSONNEL, GOVERNMENTS),
    (texts.COMPREHENSIVE_APPROACH, {band: phrase.capitalize() for band, phrase in OF_THEM.items()}),
])
def test_each_variant_names_its_band(variants, phrases):
    for band in BAND_WORDS:
        assert str(variants[band]).startswith(phrases[band] + " "), band
