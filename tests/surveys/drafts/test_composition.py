"""The one rule of the drafts: A/56/167's draft is its section II; any other report's draft
prints A/56/167's words only inside drafter's notes that name A/56/167 and its paragraph."""
import re

import pytest
from django.utils import translation

from surveys.models import Report, Response, Stance
from surveys.summary.kinds import Kind
from surveys.summary.source_text import normalise, report_paragraphs, section_ii_sentences
from tests.surveys.drafts.helpers import (
    NEW_REPLIES,
    a_new_round,
    drafted,
    own_text,
    source_sentences_in,
)
from tests.surveys.summary.helpers import move_one_vote, the_2001_report

pytestmark = pytest.mark.django_db

OTHER_REPORTS = ["E/1995/69", "A/52/314", "A/54/207"]
NOTE = re.compile(r"^\[Drafter's note: (the records of \S+ give what )?A/56/167, para\. "
                  r"(\d+), says( \(unofficial translation of the English text\))?: “.+”\]$",
                  re.S)


def test_the_2001_draft_is_its_section_ii_word_for_word():
    paragraphs = drafted(the_2001_report())
    source = report_paragraphs()
    assert [p.number for p in paragraphs] == list(range(3, 18))
    assert {p.number: normalise(p.text) for p in paragraphs} == {
        n: source[n] for n in range(3, 18)}
    assert not any(part.kind == Kind.NOTE for p in paragraphs for part in p.parts)


@pytest.mark.parametrize("symbol", OTHER_REPORTS)
def test_no_other_draft_prints_a_sentence_of_a_56_167_as_its_own(symbol):
    paragraphs = drafted(Report.objects.get(symbol=symbol))
    assert own_text(paragraphs)  # something is the report's own
    assert source_sentences_in(paragraphs) == []
    assert not any(part.kind == Kind.QUOTED for p in paragraphs for part in p.parts)


@pytest.mark.parametrize("symbol", OTHER_REPORTS)
def test_each_note_names_a_56_167_and_the_paragraph_it_quotes(symbol):
    for paragraph in drafted(Report.objects.get(symbol=symbol)):
        for part in paragraph.parts:
            if part.kind == Kind.NOTE:
                found = NOTE.match(part.text)
                assert found, part.text
                assert int(found.group(2)) == part.source_paragraph
                quoted = part.text[part.text.index("“") + 1:-2]
                assert quoted in report_paragraphs()[part.source_paragraph]


def test_the_2001_conclusion_is_a_note_in_the_first_report_s_draft():
    text = {p.source_paragraph: p.text for p in drafted(Report.objects.get(symbol="E/1995/69"))}
    assert ("[Drafter's note: A/56/167, para. 17, says: “there was a lack of consensus on its "
            "objectives, its funding and the composition of its secretariat.”]") in text[17]
    assert "These responses constitute the basis of the present report." in text[6]


def test_the_french_draft_carries_the_same_notes_as_the_english():
    report = Report.objects.get(symbol="A/54/207")
    english = [[part.kind for part in p.parts] for p in drafted(report)]
    with translation.override("fr"):
        french = [[part.kind for part in p.parts] for p in drafted(report)]
    assert french == english and Kind.NOTE in sum(english, [])


def test_a_changed_count_is_the_report_s_own_again():
    """A computed sentence is a note only while it reads as A/56/167's: once A/54/207's
    count differs from A/56/167's, it is A/54/207's own sentence."""
    report = Report.objects.get(symbol="A/54/207")
    before = {p.source_paragraph: p for p in drafted(report)}[9]
    move_one_vote(report)
    after = {p.source_paragraph: p for p in drafted(report)}[9]
    assert "44 were generally in favour" in " ".join(own_text([after]))
    assert [p.kind for p in before.parts] == [p.kind for p in after.parts]


def test_a_report_over_a_new_round_continues_the_numbering_and_speaks_for_itself():
    report = a_new_round()
    paragraphs = drafted(report)
    numbers = [p.number for p in paragraphs]
    assert numbers == list(range(3, 3 + len(paragraphs)))
    text = " ".join(own_text(paragraphs))
    assert source_sentences_in(paragraphs) == []
    assert "Hence, a fourth letter was sent in March 2003" in text
    assert f"{78 + NEW_REPLIES} Governments" in text
    assert "the present report" in text.lower()
    assert not any(s in section_ii_sentences() for s in own_text(paragraphs))


@pytest.mark.parametrize("symbol", OTHER_REPORTS)
def test_another_report_s_quantifiers_carry_the_counts_behind_them(symbol):
    """'the majority proposed ... (N of M Governments).': N counted again from the replies."""
    report = Report.objects.get(symbol=symbol)
    latest = Response.objects.latest_counted_by(report)
    in_favour = latest.filter(stance=Stance.IN_FAVOUR)
    holders = in_favour.filter(codes__slug="technical-analytical").count()
    first = {p.source_paragraph: p for p in drafted(report)}[10].parts[0]
    assert first.kind == Kind.COMPUTED
    assert first.text.endswith(
        f"of a technical and analytical nature ({holders} of {in_favour.count()} Governments).")


def test_the_2001_draft_carries_no_counts_of_its_own():
    assert " of 47 Governments)" not in " ".join(p.text for p in drafted(the_2001_report()))
