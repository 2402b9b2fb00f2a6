"""Every Word draft read back as its reader's software reads it: LibreOffice opens each one
(the four reports of the demo and a report over a new round, in English and in French) and
converts it to PDF, and pdftotext reads the PDF.

The drafts are served by the application, converted in one soffice call, with a profile of
their own, and read once for the whole module (one process: the module's xdist group). Then:
the paragraph numbers in order, the footnotes at the foot of their page, the figures, no word
of the document lost, A/56/167's paras 3-17 as the report prints them (the report's text as
the fidelity test reads it), no sentence of A/56/167 outside a drafter's note in any other
draft, and one first page word for word against a specimen written out below.
"""
import collections
import io
import re
import shutil
import subprocess
import unicodedata

import docx
import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from surveys.models import Report
from surveys.summary.quotations import NOTES
from surveys.summary.source_text import SECTION_II, normalise, report_paragraphs
from surveys.summary.source_text import sentences as split_sentences
from tests.surveys.drafts.helpers import NEW_SYMBOL, a_new_round, drafted
from tests.test_published_figures import (
    IN_FAVOUR,
    NEVER_REPLIED,
    PARTIAL_SUPPORT,
    RESERVATIONS,
    RESPONDENTS,
)

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("libreoffice"),
              pytest.mark.skipif(not shutil.which("soffice"),
                                 reason="LibreOffice is installed by make test (.ci/office-deps)")]

SYMBOLS = ["E/1995/69", "A/52/314", "A/54/207", "A/56/167", NEW_SYMBOL]
LANGUAGES = ["en", "fr"]
# The running notice, as the summary's PDF words it: it names the policy views where the draft
# states paras 3-4's percentages (surveys.notices.running_notice).
NOTICE = ("Illustrative data: which Governments replied, and what each said, is made up; the "
          "counts reproduce the reports'.")
NOTICE_WITH_POLICIES = ("Illustrative data: which Governments replied, what each said and each "
                        "Government's policy are made up; the counts and percentages reproduce "
                        "the reports'.")
NOTE_IN_TEXT = re.compile(r"\[Drafter's note:[^\]]*\]")

# The first page of A/52/314's draft in English, as a reader reads it: the running notice
# (paras 3-4 state the policy views' percentages),
# the organ and symbol, the distribution block, the blanks the records leave (A/52/314's
# session and agenda item are not recorded), the title, and the draft's own line, whose
# cutoff is an assumption and says so.
A_52_314_FIRST_PAGE = (
    "Illustrative data: which Governments replied, what each said and each Government's policy "
    "are made up; the counts and percentages reproduce the reports'. "
    "General Assembly A/52/314 "
    "Distr.: General 1997 Original: English "
    "[Drafter's note: session to be filled in] "
    "[Drafter's note: agenda item to be filled in] "
    "International migration and development, including the question of the convening of a "
    "United Nations conference on international migration and development to address "
    "migration issues "
    "Report of the Secretary-General "
    "[Drafter's note: This draft was made by the Migration Policy Survey Tracker from the "
    "replies received by 31 July 1997 (assumed). Text in square brackets is not text of the "
    "report.] "
    "II. National policies on international migration and the views of Governments regarding "
    "the convening of a United Nations conference on international migration and development "
    "3."
)


class ReadBack:
    """One draft: the .docx as served, its drafted paragraphs, and the PDF's pages as text."""

    def __init__(self, content: bytes, paragraphs, pages: list[str], symbol: str,
                 language: str):
        self.content, self.paragraphs, self.pages = content, paragraphs, pages
        self.document = docx.Document(io.BytesIO(content))
        with translation.override(language):
            self.notice = normalise(translation.gettext(
                NOTICE_WITH_POLICIES if self.states_policies else NOTICE))
        self.heads = (symbol, self.notice)

    @property
    def states_policies(self) -> bool:
        return any(paragraph.source_paragraph in (3, 4) for paragraph in self.paragraphs)

    @property
    def text(self) -> str:
        return normalise(" ".join(self.pages))

    def footnotes(self) -> list[str]:
        part = next((rel.target_part for rel in self.document.part.rels.values()
                     if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES), None)
        if part is None:
            return []
        root = parse_xml(part.blob)
        return [normalise("".join(t.text for t in note.iter(qn("w:t"))))
                for note in root.findall(qn("w:footnote")) if note.get(qn("w:type")) is None]

    def written(self) -> str:
        """Every word the document holds: body, tables, headers, footnotes."""
        document = self.document
        texts = [p.text for p in document.paragraphs]
        texts += [cell.text for table in document.tables for row in table.rows
                  for cell in row.cells]
        section = document.sections[0]
        texts += [p.text for header in (section.header, section.first_page_header)
                  for p in header.paragraphs]
        return " ".join([*texts, *self.footnotes()])

    def body(self) -> str:
        """The pages' text without their running heads and footnotes, as one line: what the
        paragraphs say, across page breaks."""
        pages = []
        for page in self.pages:
            text = normalise(page)
            for head in self.heads:
                text = text.removeprefix(head).strip()
            for number, note in enumerate(self.footnotes(), start=1):
                text = text.replace(f"{number} {note}", "")
            pages.append(text)
        return normalise(" ".join(pages))


def unhyphenated(text: str) -> str:
    """pdftotext joins a word its line broke at a hyphen ("non-" "response": "nonresponse"),
    or keeps the hyphen at the end of the line ("sous-" "régionale"): compared without
    hyphens, and without the space a line break leaves after one, on both sides."""
    return re.sub(r"-\s*", "", normalise(text))


def pdf_pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True).stdout.decode()
    out = unicodedata.normalize("NFKC", out).replace("\u00ad", "")
    return [page for page in out.split("\f") if page.strip()]


@pytest.fixture(scope="module")
def drafts(django_db_blocker, demo_data, tmp_path_factory) -> dict:
    """{(symbol, language): ReadBack} for every draft. The new round is built and the drafts
    served inside a transaction rolled back at the end: the demo is left as it was."""
    folder = tmp_path_factory.mktemp("drafts")
    served = {}
    with django_db_blocker.unblock(), transaction.atomic():
        a_new_round()
        client = Client()
        client.force_login(get_user_model().objects.create_user("draft-reader"))
        for symbol in SYMBOLS:
            report = Report.objects.get(symbol=symbol)
            for language in LANGUAGES:
                response = client.get(reverse("surveys:draft_docx", args=[report.slug]),
                                      {"language": language})
                assert response.status_code == 200, (symbol, language)
                with translation.override(language):
                    paragraphs = drafted(report)
                served[symbol, language] = (response.content, paragraphs)
                (folder / f"{report.slug}-{language}.docx").write_bytes(response.content)
        transaction.set_rollback(True)
    sources = sorted(folder.glob("*.docx"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
                   capture_output=True, check=True, timeout=600)
    return {(symbol, language): ReadBack(content, paragraphs, pdf_pages(
        folder / f"{Report.slug_for(symbol)}-{language}.pdf"), symbol, language)
        for (symbol, language), (content, paragraphs) in served.items()}


def test_every_draft_opens_and_converts(drafts):
    assert set(drafts) == {(s, lang) for s in SYMBOLS for lang in LANGUAGES}
    for key, draft in drafts.items():
        assert len(draft.pages) >= 2, key


def test_the_paragraphs_are_numbered_in_order_from_3(drafts):
    for key, draft in drafts.items():
        expected = [p.number for p in draft.paragraphs]
        assert expected == list(range(3, 3 + len(expected)))
        found = [int(n) for page in draft.pages
                 for n in re.findall(r"^\s*(\d{1,2})\.\s", page, re.M)]
        assert [n for n in found if n >= 3] == expected, key


def test_no_word_of_a_draft_is_lost(drafts):
    """Every word the document holds is read: the paragraphs joined across page breaks (a
    word broken at a page's end reads whole), the running heads once a page, the footnotes."""
    def words(text: str) -> collections.Counter:
        return collections.Counter(re.findall(r"\w+", unhyphenated(text)))

    for key, draft in drafts.items():
        read = words(draft.body())
        for page in map(normalise, draft.pages):
            read += words(" ".join(head for head in draft.heads if head in page))
        read += words(" ".join(note for number, note in enumerate(draft.footnotes(), start=1)
                               if f"{number} {note}" in draft.text))
        assert words(draft.written()) - read == collections.Counter(), key


def test_the_report_s_note_is_a_footnote_at_the_foot_of_its_page(drafts):
    for language in LANGUAGES:
        draft = drafts["A/56/167", language]
        with translation.override(language):
            note = normalise(translation.gettext(NOTES[1]))
        assert draft.footnotes()[0].startswith(note)
        first_page = normalise(draft.pages[0])
        assert first_page.index("3. ") < first_page.index(f"1 {note}"), language


def test_the_figures_of_a_56_167_are_in_its_draft(drafts):
    text = drafts["A/56/167", "en"].text
    for words in (f"Out of the {RESPONDENTS} Governments", f"{IN_FAVOUR} were generally in favour",
                  f"{RESERVATIONS} expressed reservations",
                  f"the remaining {PARTIAL_SUPPORT} Governments",
                  f"there are {NEVER_REPLIED} Governments that have never replied",
                  "represent 41 per cent of the full membership"):
        assert words in text, words
    french = drafts["A/56/167", "fr"].text
    assert all(str(n) in french for n in (RESPONDENTS, IN_FAVOUR, RESERVATIONS, NEVER_REPLIED))
    assert "41 %" in french


def test_paragraphs_3_to_17_of_a_56_167_are_the_report_s_text(drafts):
    body = unhyphenated(re.sub(r"(?<=;) ?1(?= )", "", drafts["A/56/167", "en"].body()))
    source = report_paragraphs()
    missing = [n for n in SECTION_II if unhyphenated(f"{n}. {source[n]}") not in body]
    assert missing == []


@pytest.mark.parametrize("symbol", [s for s in SYMBOLS if s != "A/56/167"])
def test_no_other_draft_prints_a_sentence_of_a_56_167_outside_a_note(drafts, symbol):
    own = unhyphenated(NOTE_IN_TEXT.sub(" ", drafts[symbol, "en"].body()))
    source = report_paragraphs()
    printed = [s for n in SECTION_II for s in split_sentences(source[n])
               if unhyphenated(s) in own]
    assert printed == []
    assert "[Drafter's note: A/56/167, para. 17, says:" in drafts[symbol, "en"].text


def test_every_page_carries_the_illustrative_notice(drafts):
    for (symbol, language), draft in drafts.items():
        if language == "en":
            assert draft.notice in (NOTICE, NOTICE_WITH_POLICIES)
            assert all(draft.notice in normalise(page) for page in draft.pages), symbol


def test_the_first_page_of_a_52_314_reads_as_the_specimen(drafts):
    page = normalise(drafts["A/52/314", "en"].pages[0])
    assert page[:len(A_52_314_FIRST_PAGE)] == A_52_314_FIRST_PAGE


def test_a_french_draft_says_a_56_167_s_sentences_are_unofficial_translations(drafts):
    sentence = "The sentences of A/56/167 are unofficial translations of its English text."
    with translation.override("fr"):
        french = normalise(translation.gettext(sentence))
    assert french in drafts["A/56/167", "fr"].text
    assert sentence not in drafts["A/56/167", "en"].text


@pytest.mark.parametrize(("language", "date", "assumed"), [
    ("en", "31 July 1997", "(assumed)"), ("fr", "31 juillet 1997", "(date supposée)")])
def test_a_52_314_s_assumed_cutoff_is_never_printed_as_a_fact(drafts, language, date, assumed):
    """A/52/314 publishes no cutoff: wherever its draft prints the assumed one, the reader of
    the converted document reads that it is assumed (tests/surveys/test_views.py checks the
    pages, exports and PDFs)."""
    text = drafts["A/52/314", language].text
    found = [m.end() for m in re.finditer(re.escape(date), text)]
    assert found
    assert all(text[end:end + len(assumed) + 1].strip() == assumed for end in found)
