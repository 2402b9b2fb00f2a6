"""Fidelity to the report: the regenerated paras 3-17 say what A/56/167 says, no more, no less.

The report is read from shared/sources/ (the file the project cites), its paragraphs 3-17
walked sentence by sentence. On the demo data every published figure matches, so each of
the report's sentences must be found, letter for letter, in the regenerated paragraph that
cites it, and the regenerated paragraph must hold nothing else. Every part is one of the
three kinds; every quotation is the report's own words in the paragraph it cites.
"""
import re
from pathlib import Path

import pytest
from django.conf import settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from surveys.models import Code, PublishedFigure, Report, Response, Stance
from surveys.summary.kinds import Kind
from surveys.summary.paragraphs import paragraphs
from surveys.summary.quantifiers import quantifier_for
from surveys.summary.quotations import NOTES, QUOTATIONS
from surveys.summary.reconciliation import reconciliations
from surveys.summary.source_text import (
    REPORT,
    SECTION_II,
    SOURCE_NAME,
    normalise,
    report_paragraphs,
    sentences,
)
from tests.surveys.summary.helpers import summaries_up_to, the_2001_report
from tests.test_published_figures import IN_FAVOUR

# Its module fixtures are built once: the whole module on one process (make test's --dist).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("test_fidelity")]

# The report as the project keeps it (surveys.summary.source_text); the last test checks the
# copy against shared/sources/ where it exists.
SHARED_REPORT = Path(settings.BASE_DIR).parent / "shared" / "sources" / SOURCE_NAME


@pytest.fixture(scope="module")
def source() -> dict[int, str]:
    assert REPORT.exists(), f"the report is read from {REPORT}"
    found = report_paragraphs()
    assert set(SECTION_II) <= set(found)
    return found


def regenerated(report):
    summary, earlier = summaries_up_to(report)
    *earlier_reconciled, reconciled = reconciliations([*earlier, summary])
    return paragraphs(reconciled, earlier=earlier_reconciled)


def test_the_source_is_read_whole(source):
    assert source[3].startswith("International migration has been receiving")
    assert source[9].endswith("the issue of international migration and development.")
    assert "leading towards a global conference" in source[12]  # across a page break
    assert len(sentences(source[8])) == 6


def test_every_sentence_of_paras_3_to_17_is_in_the_paragraph_that_cites_it(source):
    by_source = {p.source_paragraph: p for p in regenerated(the_2001_report())}
    assert set(by_source) == set(SECTION_II)
    missing = []
    for number in SECTION_II:
        text = normalise(by_source[number].text)
        for sentence in sentences(source[number]):
            if sentence not in text:
                missing.append((number, sentence))
    assert missing == []


def test_nothing_is_added_to_any_paragraph(source):
    for paragraph in regenerated(the_2001_report()):
        assert normalise(paragraph.text) == source[paragraph.source_paragraph], (
            paragraph.source_paragraph)


def test_each_sentence_is_covered_by_parts_of_the_three_kinds_only(source):
    for paragraph in regenerated(the_2001_report()):
        offset = 0
        text = paragraph.text
        for part in paragraph.parts:
            assert part.kind in set(Kind)
            assert part.source_paragraph == paragraph.source_paragraph
            position = text.index(part.text, offset)
            assert text[offset:position].strip() == ""  # parts follow each other, no gap
            offset = position + len(part.text)
        assert offset == len(text)


@pytest.mark.parametrize("symbol", ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"])
def test_every_quotation_is_the_report_s_words_in_the_paragraph_it_cites(source, symbol):
    for paragraph in regenerated(Report.objects.get(symbol=symbol)):
        for part in paragraph.parts:
            assert part.kind in set(Kind)
            if part.kind == Kind.QUOTED:
                assert normalise(part.text) in source[part.source_paragraph], part.text


def test_the_quotations_and_notes_are_the_report_s(source):
    for paragraph, text in QUOTATIONS.values():
        assert text in source[paragraph], text
    raw = REPORT.read_text(encoding="utf-8")
    for number, text in NOTES.items():
        assert f"<sup>{number}</sup> {text.split(':')[0]}" in raw.replace("*", "")


def test_every_published_statement_is_stated_computed_or_quoted(source):
    """Each number and quantifier of paras 3-17 is checked by the part that states it, or,
    where the records cannot compute it, stands in a quoted part of its paragraph."""
    report = the_2001_report()
    stated = {}
    for paragraph in regenerated(report):
        for part in paragraph.parts:
            for check in part.checks:
                stated.setdefault((check.figure.report.symbol, check.figure.key), part)
    quoted_text = {p.source_paragraph: " ".join(x.text for x in p.parts if x.kind == Kind.QUOTED)
                   for p in regenerated(report)}
    figures = PublishedFigure.objects.filter(paragraph__in=SECTION_II).select_related("report")
    assert figures.count() >= 55
    missing = []
    for figure in figures:
        if figure.measure == "quoted":
            if figure.wording not in quoted_text[figure.paragraph]:
                missing.append(figure.key)
        elif (figure.report.symbol, figure.key) not in stated:
            missing.append((figure.report.symbol, figure.key))
        else:
            assert stated[figure.report.symbol, figure.key].kind == Kind.COMPUTED
    assert missing == []


def test_the_1997_letter_s_own_replies_and_the_assumed_cutoff_are_never_stated():
    text = {p.source_paragraph: p.text for p in regenerated(the_2001_report())}[7]
    summary = summaries_up_to(Report.objects.get(symbol="A/52/314"))[0]
    second = summary.letters[1]
    assert f"from {second.responses} Governments" not in text
    assert "July 1997" not in text and "By " not in text


def technical_analytical_holders(report, n: int) -> None:
    """Make exactly ``n`` of the in-favour Governments hold 'technical and analytical'."""
    code = Code.objects.get(slug="technical-analytical")
    latest = list(Response.objects.latest_counted_by(report).filter(stance=Stance.IN_FAVOUR)
                  .order_by("pk"))
    for i, response in enumerate(latest):
        (response.codes.add if i < n else response.codes.remove)(code)


@hypothesis_settings(max_examples=12, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])
@given(holders=st.integers(min_value=0, max_value=IN_FAVOUR))
def test_a_computed_sentence_prints_the_computed_word_and_flags_a_difference(holders):
    report = the_2001_report()
    technical_analytical_holders(report, holders)
    paragraph = next(p for p in regenerated(report) if p.source_paragraph == 10)
    part = paragraph.parts[0]
    band = quantifier_for(holders, IN_FAVOUR)
    assert part.kind == Kind.COMPUTED
    flagged = [c.figure.key for c in part.differences]
    if band == "the majority":
        assert "the majority proposed" in part.text and flagged == []
    else:
        assert "the majority" not in part.text and flagged == ["technical-analytical"]
        expected = "none of them" if band == "none" else f"{band.removesuffix(' of')} of them"
        assert f"Governments that favoured holding a conference, {expected} proposed" in (
            part.text)


def test_zero_counts_read_naturally():
    report = the_2001_report()
    for slug in ("regional-balance-ngos", "declaration", "migrant-rights"):
        code = Code.objects.get(slug=slug)
        for response in Response.objects.filter(codes=code):
            response.codes.remove(code)
    text = {p.source_paragraph: p.text for p in regenerated(report)}
    assert "while no other Government suggested that the secretariat" in text[13]
    assert "No other Government was of the opinion" in text[11]
    assert "No other Government showed an interest" in text[10]
    assert "no others" not in " ".join(text.values())


def test_para_17_s_regional_approach_follows_its_own_code():
    """'Generally' is computed from the code it is about, never fixed text."""
    report = the_2001_report()
    code = Code.objects.get(slug="regional-approach")
    held = Response.objects.latest_counted_by(report).filter(codes=code)
    for response in Response.objects.filter(pk__in=held.values("pk")[:15]):
        response.codes.remove(code)  # 18 of 26 becomes 3 of 26: "several"
    part = next(p for p in regenerated(report) if p.source_paragraph == 17).parts[-1]
    assert part.text.startswith("Several of these Governments appeared more in favour")
    assert [c.figure.key for c in part.differences] == ["regional-approach"]


def test_the_pdf_holds_every_sentence_of_paras_3_to_17(viewer_client, source):
    """The PDF, read back with pdftotext, once its marks are taken off (quotation marks, the
    quotations' citations, note 1's call, the running header, the print stamp and page
    numbers: a page may break inside a sentence)."""
    import subprocess

    from django.urls import reverse

    content = viewer_client.get(reverse("surveys:summary_pdf", args=["A-56-167"])).content
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                          capture_output=True, check=True).stdout.decode()
    text = normalise(text)
    for mark in (r"(?<=/) ", r"Illustrative data: which Governments replied, what each said "
                 r"and each Government's policy are made up; the counts and percentages "
                 r"reproduce the reports'\.", r"Printed on [^.]+ by \S+, data as of [^.]+\.",
                 r"\d+ ?/ ?\d+ (?=Summary of the views)",
                 r"Summary of the views of Governments, regenerated for A/56/167",
                 r" \(A/56/167, para\. \d+\)", r"[“”]", r"(?<=;) ?1(?= )"):
        text = normalise(re.sub(mark, "", text))
    missing = [(n, s) for n in SECTION_II for s in sentences(source[n]) if s not in text]
    assert missing == []


@pytest.mark.skipif(not SHARED_REPORT.exists(), reason="no shared/sources/ beside the project")
def test_the_project_s_copy_of_the_report_is_the_shared_source():
    assert REPORT.read_bytes() == SHARED_REPORT.read_bytes()
