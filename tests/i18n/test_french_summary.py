"""The regenerated summary in French: the same figures as the English, every computed
sentence in French, the same quantifier bands in French words, quotations marked as
unofficial translations with the report's English kept, and the PDF in French on request.
"""
import html as markup
import re
import subprocess
from collections import Counter

import polib
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from surveys.models import Code, Report, Response
from surveys.summary import sentence_texts as texts
from surveys.summary.counts import report_summaries
from surveys.summary.kinds import Kind
from surveys.summary.paragraphs import paragraphs
from surveys.summary.quantifiers import BANDS, band_label, per_cent, quantifier_for
from surveys.summary.reconciliation import reconciliations
from tests.test_published_figures import IN_FAVOUR, MEMBERSHIP_SHARE_PERCENT

pytestmark = pytest.mark.django_db

A_56_167 = "A/56/167"
BAND_NAMES = [band for band, _floor in BANDS] + ["none"]
# The French word of each band, in the tables.
FRENCH_WORDS = {"all": "tous", "virtually all": "presque tous", "most": "la plupart",
                "the majority": "la majorité", "many": "de nombreux",
                "a number of": "un certain nombre", "several": "plusieurs",
                "a few": "quelques", "none": "aucun"}
# How each band reads in French where it governs "d'entre eux" (para 10: "la majorité", the
# report's own word, when the band agrees).
OF_THEM = {"all": "tous", "virtually all": "presque tous", "most": "la plupart d'entre eux",
           "the majority": "la majorité", "many": "nombre d'entre eux",
           "a number of": "un certain nombre d'entre eux", "several": "plusieurs d'entre eux",
           "a few": "quelques-uns d'entre eux", "none": "aucun d'entre eux"}
CATALOG = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
# Words that would betray an English sentence left in a French one.
ENGLISH_WORDS = re.compile(r"\b(the|of|and|Governments?|were|was|which|that|with|per cent)\b")


@pytest.fixture(autouse=True)
def back_to_english():
    """A request with Accept-Language: fr leaves French active in the thread: undo it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


def regenerated(report: Report, language: str):
    """(Reconciliation, paragraphs) of ``report`` in ``language``, as the summary page counts
    them."""
    with translation.override(language):
        earlier = Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")
        *earlier_reconciled, reconciled = reconciliations(
            report_summaries([*earlier, report]))
        return reconciled, paragraphs(reconciled, earlier=earlier_reconciled)


def numbers(text: str) -> Counter:
    return Counter(re.findall(r"\d+", text))


@pytest.fixture
def both():
    report = Report.objects.get(symbol=A_56_167)
    return regenerated(report, "en"), regenerated(report, "fr")


def groups_taken_out(summary: dict) -> dict:
    """Each topic's group label, taken out of the summary's dict."""
    return {slug: topic.pop("group") for slug, topic in summary.get("topics", {}).items()}


def test_every_report_states_the_same_figures_in_french_paragraph_by_paragraph():
    for report in Report.objects.all():
        (en_summary, en), (fr_summary, fr) = regenerated(report, "en"), regenerated(report, "fr")
        # the computed Summary is the same: its figures, its checks' status and values; only
        # the label of a topic's group (the stance it is counted among) is in each language
        en_dict, fr_dict = en_summary.summary.as_dict(), fr_summary.summary.as_dict()
        en_groups, fr_groups = groups_taken_out(en_dict), groups_taken_out(fr_dict)
        assert en_dict == fr_dict
        with translation.override("fr"):
            assert fr_groups == {topic: translation.gettext(label)
                                 for topic, label in en_groups.items()}
        assert [(c.figure.key, c.status, numbers(c.computed))
                for c in en_summary.checks] == [
            (c.figure.key, c.status, numbers(c.computed)) for c in fr_summary.checks]
        assert [p.number for p in en] == [p.number for p in fr], report.symbol
        for en_paragraph, fr_paragraph in zip(en, fr, strict=True):
            assert [part.kind for part in en_paragraph.parts] == [
                part.kind for part in fr_paragraph.parts]
            assert numbers(en_paragraph.text) == numbers(fr_paragraph.text), (
                report.symbol, en_paragraph.number, en_paragraph.text, fr_paragraph.text)
            assert en_paragraph.source_paragraph == fr_paragraph.source_paragraph


def test_every_computed_and_context_sentence_is_in_french():
    for report in Report.objects.all():  # the earlier reports' summaries too
        (_s, en), (_t, fr) = regenerated(report, "en"), regenerated(report, "fr")
        for en_paragraph, fr_paragraph in zip(en, fr, strict=True):
            assert ENGLISH_WORDS.search(en_paragraph.text)  # the check can fail
            for en_part, fr_part in zip(en_paragraph.parts, fr_paragraph.parts, strict=True):
                if en_part.kind == Kind.QUOTED:
                    continue
                assert fr_part.text != en_part.text, en_part.text  # no English msgid left
                assert not ENGLISH_WORDS.search(fr_part.text), (report.symbol, fr_part.text)


def test_quotations_are_marked_unofficial_translations_keeping_the_english(both):
    (_s, en), (_t, fr) = both
    quoted = 0
    for en_paragraph, fr_paragraph in zip(en, fr, strict=True):
        for en_part, fr_part in zip(en_paragraph.parts, fr_paragraph.parts, strict=True):
            if en_part.kind != Kind.QUOTED:
                assert not fr_part.is_translation
                continue
            quoted += 1
            assert not en_part.is_translation  # the English summary quotes the report itself
            assert fr_part.original == en_part.text != fr_part.text
            with translation.override("fr"):
                assert fr_part.citation == (
                    "Traduction non officielle du texte anglais "
                    f"(A/56/167, par. {en_part.source_paragraph})")
            assert en_part.citation == f"A/56/167, para. {en_part.source_paragraph}"
        assert fr_paragraph.originals == [p for p in fr_paragraph.parts if p.is_translation]
    assert quoted >= 14


def test_percentages_read_41_per_cent_in_english_and_41_percent_in_french():
    assert per_cent(41) == "41 per cent"
    with translation.override("fr"):
        assert per_cent(41) == "41 %"
        assert per_cent(None) == "—"


def test_a_french_band_reads_its_word_in_the_tables_and_the_sentences():
    with translation.override("fr"):
        for band, word in FRENCH_WORDS.items():
            assert band_label(band) == word
            assert str(texts.FORUM[band]).lower().startswith(word), band


@given(total=st.integers(min_value=1, max_value=200), data=st.data())
def test_the_french_words_name_the_same_band_as_the_english(total, data):
    """The band is decided once; each band's sentence is its own catalog entry, its French
    naming that band and no other, its verb negative for none only."""
    count = data.draw(st.integers(min_value=0, max_value=total))
    band = quantifier_for(count, total)  # the one rule, whatever the language
    for variants in (texts.FORUM, texts.COMPREHENSIVE_APPROACH, texts.REGIONAL_APPROACH,
                     texts.UN_PERSONNEL):
        english = str(variants[band])
        with translation.override("fr"):
            french = {b: str(variants[b]) for b in BAND_NAMES}
        assert [b for b in BAND_NAMES if french[b] == french[band]] == [band]
        assert english.lower().startswith("no" if band == "none" else band)
        if band == "many":  # "de nombreux gouvernements", "nombre d'entre eux"
            assert any(w.startswith("nombre") for w in french[band].lower().split()[:2])
        else:
            assert french[band].lower().startswith(FRENCH_WORDS[band]), french[band]
        assert (" n'" in french[band] or " ne " in french[band]) == (band == "none")


@hypothesis_settings(max_examples=6, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])
@given(holders=st.integers(min_value=0, max_value=IN_FAVOUR))
def test_para_10_s_french_quantifier_follows_the_records(holders):
    """Para 10's first sentence, with 0-47 of the 47 in favour holding the view: the French
    prints the French phrase of the same band, its verb agreeing ('aucun ... n'a')."""
    report = Report.objects.get(symbol=A_56_167)
    code = Code.objects.get(slug="technical-analytical")
    latest = Response.objects.latest_counted_by(report).filter(stance="in_favour")
    for response in Response.objects.filter(codes=code):
        response.codes.remove(code)
    for response in Response.objects.filter(pk__in=latest.values("pk")[:holders]):
        response.codes.add(code)
    band = quantifier_for(holders, IN_FAVOUR)
    _summary, fr = regenerated(report, "fr")
    text = next(p for p in fr if p.source_paragraph == 10).parts[0].text
    phrase = OF_THEM[band]
    verb = "n'a proposé" if band == "none" else "ont proposé"
    assert f"favorables à la tenue d'une conférence, {phrase} {verb}" in text, text


def test_zero_counts_read_naturally_in_french():
    report = Report.objects.get(symbol=A_56_167)
    for slug in ("regional-balance-ngos", "declaration", "migrant-rights"):
        code = Code.objects.get(slug=slug)
        for response in Response.objects.filter(codes=code):
            response.codes.remove(code)
    _summary, fr = regenerated(report, "fr")
    text = {p.source_paragraph: p.text for p in fr}
    assert "tandis qu'aucun autre n'a suggéré que le secrétariat" in text[13]
    assert "Aucun autre gouvernement n'était d'avis" in text[11]
    assert "Aucun autre gouvernement n'a manifesté de l'intérêt" in text[10]


def test_the_summary_page_in_french(viewer_client):
    url = reverse("surveys:summary_detail", args=["A-56-167"])
    html = markup.unescape(
        viewer_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode())
    assert "la majorité ont proposé qu'elle soit de nature technique et analytique" in html
    assert f"{MEMBERSHIP_SHARE_PERCENT} % de l'ensemble des Membres" in html
    assert "Traduction non officielle du texte anglais (A/56/167, par. 3)" in html
    # the report's English words, marked as English, after the paragraph that translates them
    assert re.search(r'<blockquote lang="en"[^>]*><p>International migration has been '
                     r"receiving increasing attention", html)
    assert "Comment lire les paragraphes" in html and "traduction non officielle" in html
    assert f'href="{reverse("surveys:summary_pdf", args=["A-56-167"])}?language=en"' in html
    assert "per cent" not in html
    english = markup.unescape(
        viewer_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode())
    assert "the majority proposed that it should be of a technical and analytical" in english
    assert "?language=fr" in english and "Traduction" not in english
    assert '<blockquote lang="en"' not in english


def test_the_french_page_and_pdf_take_as_many_queries_as_the_english(viewer_client,
                                                                      print_clock):
    counts = {}
    for language in ("en", "fr"):
        for name in ("summary_detail", "summary_pdf", "reconciliation"):
            with CaptureQueriesContext(connection) as queries:
                response = viewer_client.get(reverse(f"surveys:{name}", args=["A-56-167"]),
                                             HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 200
            counts[language, name] = len(queries)
    assert {k[1]: v for k, v in counts.items() if k[0] == "en"} == {
        k[1]: v for k, v in counts.items() if k[0] == "fr"}


def test_the_reconciliation_in_french(viewer_client):
    url = reverse("surveys:reconciliation", args=["A-56-167"])
    html = markup.unescape(
        viewer_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode())
    assert "Rapprochement du document A/56/167" in html
    assert "la majorité (28 sur 47)" in html and "Concorde" in html
    assert '<q lang="en">the majority proposed' in html


def pdf_pages(content: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                         capture_output=True, check=True).stdout.decode()
    return [" ".join(page.replace("\u00ad", "").split()) for page in out.split("\f")
            if page.strip()]


# What every page of the PDF carries around its text, taken off before a sentence is looked
# for: a page may break inside one. The running notice (in French; in English until the
# catalog has its words) and title, the print stamp and the page number. Where the notice takes
# two lines (it names the policy views), pdftotext interleaves it with the title beside it:
# the title's words then lie inside the notice's, and only "document A/56/167" follows.
RUNNING = (r"^(?:Données d'illustration|Illustrative data) ?: .*?(?:rapports|reports')\. "
           r"(?:(?:Résumé des avis des gouvernements, reconstitué pour le )?document \S+ )?",
           r" Imprimé le .*? données à jour au .*?\d\d:\d\d\. \d+/\d+$")


def without_running_marks(page: str) -> str:
    for mark in RUNNING:
        page = re.sub(mark, "", page)
    return page


def test_the_pdf_in_french_on_request(viewer_client, print_clock):
    url = reverse("surveys:summary_pdf", args=["A-56-167"])
    response = viewer_client.get(url + "?language=fr")
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    assert response["Content-Disposition"] == 'attachment; filename="summary-A-56-167-fr.pdf"'
    pages = pdf_pages(response.content)
    text = " ".join(without_running_marks(page) for page in pages)
    _summary, fr = regenerated(Report.objects.get(symbol=A_56_167), "fr")
    for paragraph in fr:
        for part in paragraph.parts:
            if part.kind == Kind.COMPUTED:
                assert " ".join(part.text.split()) in text, part.text
    assert "Traduction non officielle du texte anglais" in text
    # this template's running notice, on every page
    assert all("Données d'illustration" in page for page in pages), len(pages)
    assert "per cent" not in text


def test_the_language_asked_of_the_pdf_is_validated(viewer_client, print_clock):
    url = reverse("surveys:summary_pdf", args=["A-56-167"])
    for asked in ("xx", "", "../fr", "fr\x00", "%", "de"):
        response = viewer_client.get(url, {"language": asked})
        assert response.status_code in (200, 400), asked  # never a 500
        if response.status_code == 200:
            assert response["Content-Disposition"].endswith('filename="summary-A-56-167.pdf"')
    english = viewer_client.get(url, {"language": "en"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert english["Content-Language"] == "en"
    assert "Données d'illustration" not in " ".join(pdf_pages(english.content))


def test_the_french_summary_keeps_the_meaning_of_the_reports_some_and_generally():
    """Para 13's "Some Governments", para 16's "they generally" and "as did some", para 17's
    "Generally, these Governments": "certains" and "en général", not a band's other word
    ("plusieurs", "la plupart")."""
    _summary, french = regenerated(Report.objects.get(symbol=A_56_167), "fr")
    text = {p.number: " ".join(p.text.split()) for p in french}

    assert "Certains gouvernements ont également évoqué" in text[13]
    assert "Plusieurs" not in text[13]
    assert "En général, ils ont estimé" in text[16]
    assert "de même que certains des gouvernements" in text[16]
    assert "En général, ces gouvernements semblaient" in text[17]
    assert "La plupart de ces gouvernements" not in text[17]


def test_the_reports_note_in_french_is_an_unofficial_translation_with_the_english(
        viewer_client):
    page = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"]),
                             HTTP_ACCEPT_LANGUAGE="fr")

    note = " ".join(markup.unescape(re.search(r'<li id="note-1".*?</li>', page.content.decode(),
                                              re.S).group(0)).split())
    assert "Voir Suivi de la population mondiale, 1997" in note
    assert "traduction non officielle ; le texte du rapport :" in note
    assert '<span lang="en">See World Population Monitoring 1997' in note


def test_changing_one_msgstr_changes_the_french_page(viewer_client, settings, tmp_path):
    """A translator's edit of one sentence's entry shows on the page: the catalog, compiled
    into another LOCALE_PATHS, is all the summary's French reads."""
    url = reverse("surveys:summary_detail", args=["A-56-167"])
    context = "para 10, of a technical and analytical nature: the majority"
    with translation.override("en"):
        msgid = str(texts.TECHNICAL_NATURE["the majority"])
    catalog = polib.pofile(str(CATALOG))
    entry = catalog.find(msgid, msgctxt=context)
    assert "la majorité ont proposé" in entry.msgstr
    entry.msgstr = entry.msgstr.replace("ont proposé", "ont souhaité")
    (tmp_path / "fr" / "LC_MESSAGES").mkdir(parents=True)
    catalog.save_as_mofile(str(tmp_path / "fr" / "LC_MESSAGES" / "django.mo"))

    def page() -> str:
        cache.clear()
        return markup.unescape(
            viewer_client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode())

    assert "la majorité ont proposé qu'elle soit" in page()
    settings.LOCALE_PATHS = [tmp_path]  # Django drops its loaded catalogs on this change
    changed = page()
    assert "la majorité ont souhaité qu'elle soit" in changed
    assert "la majorité ont proposé" not in changed
