"""The summary as a PDF: WeasyPrint renders the page's own template from the same Summary."""
import re
import subprocess

import pytest
from django.contrib.humanize.templatetags.humanize import apnumber
from django.urls import reverse

from core.pdf import StaticFilesFetcher
from surveys.models import PublishedFigure, Report
from surveys.summary.counts import report_summary
from tests.surveys.summary.helpers import move_one_vote, the_2001_report
from tests.test_published_figures import IN_FAVOUR, RESPONDENTS

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    """The PDF's text as pdftotext reads it, on one line with single spaces."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                         capture_output=True, check=True)
    return " ".join(out.stdout.decode().replace("\u00ad", "").split())


def pdf_info(content: bytes) -> str:
    return subprocess.run(["pdfinfo", "-"], input=content, capture_output=True,
                          check=True).stdout.decode()


@pytest.fixture
def download(viewer_client):
    def get(slug="A-56-167"):
        response = viewer_client.get(reverse("surveys:summary_pdf", args=[slug]))
        assert response.status_code == 200
        return response
    return get


def test_the_download_is_a_named_pdf_attachment(download):
    response = download()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="summary-A-56-167.pdf"'
    content = response.content
    assert content.startswith(b"%PDF-") and b"%%EOF" in content[-1024:]


def test_title_and_date_are_in_the_pdf_metadata(download):
    info = pdf_info(download().content)
    assert re.search(r"^Title:\s+Summary of the views of Governments: A/56/167$", info, re.M)
    assert re.search(r"^CreationDate:\s+\S", info, re.M)
    assert re.search(r"^Pages:\s+([2-9]|\d\d)", info, re.M)  # A4 pages, not one long sheet
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.M)


def test_the_text_has_every_number_and_quantifier_of_paras_9_to_17(download):
    text = pdf_text(download().content)
    assert "Illustrative data." in text
    assert f"Out of the {RESPONDENTS} Governments whose responses were received" in text
    assert "the majority proposed that it should be of a technical and analytical nature" in text
    for figure in PublishedFigure.objects.filter(report=the_2001_report(),
                                                 paragraph__range=(9, 17)):
        words = [figure.wording] if figure.wording else [str(figure.value),
                                                         str(apnumber(figure.value))]
        assert any(w.lower() in text.lower() for w in words), figure.key
    assert "Regenerates A/56/167, paragraph 10" in text  # each paragraph cites its source
    assert "Back to the tracker" not in text  # the screen-only way back is not printed


@pytest.mark.parametrize("slug", ["E-1995-69", "A-52-314", "A-54-207"])
def test_every_report_has_its_pdf(download, slug):
    response = download(slug)
    assert f'filename="summary-{slug}.pdf"' in response["Content-Disposition"]
    summary = report_summary(report=Report.objects.get(symbol=slug.replace("-", "/")))
    text = pdf_text(response.content)
    assert summary.report.symbol in text
    assert f"Out of the {summary.respondents} Governments" in text


def test_the_pdf_is_never_stale(download):
    assert f"{IN_FAVOUR} were generally in favour" in pdf_text(download().content)
    move_one_vote(the_2001_report())
    text = pdf_text(download().content)
    assert "46 were generally in favour" in text and "27 expressed reservations" in text


def test_the_fetcher_reads_static_files_from_disk_and_nothing_else():
    fetcher = StaticFilesFetcher("http://testserver/")
    response = fetcher.fetch("http://testserver/static/css/summary-print.css")
    assert b"@page" in response.read() and response.content_type == "text/css"
    for url in ("http://example.org/static/x.css", "http://testserver/accounts/login/",
                "http://testserver/static/../config/settings.py",
                "http://testserver/static/css/missing.css"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def pdf_pages(content: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                         capture_output=True, check=True).stdout.decode()
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


@pytest.mark.parametrize("slug", ["A-56-167", "E-1995-69"])
def test_every_page_of_the_pdf_says_the_data_are_illustrative(download, slug):
    pages = pdf_pages(download(slug).content)
    assert len(pages) > 2
    assert all("Illustrative data: which Governments replied" in page for page in pages)


def test_a_pdf_on_real_replies_only_says_nothing_of_illustrative_data(download):
    from surveys.models import Response

    Response.objects.update(is_illustrative=False)
    assert not any("Illustrative data" in page for page in pdf_pages(download().content))


def test_the_pdf_keeps_the_kinds_of_sentence_and_the_report_s_note_1(download):
    text = pdf_text(download().content)
    assert "In quotation marks" in text and "Underlined with dots" in text  # the legend
    assert "“International migration has been receiving increasing attention" in text
    assert "(A/56/167, para. 7)" in text
    assert "1. See World Population Monitoring 1997" in text
    assert "(context from the reference records)" not in text


def pdf_fonts(content: bytes) -> list[str]:
    """The fonts the PDF embeds (pdffonts' table, without the object numbers)."""
    out = subprocess.run(["pdffonts", "-"], input=content, capture_output=True,
                         check=True).stdout.decode()
    return sorted(" ".join(line.split()[1:-2]) for line in out.splitlines()[2:])


def test_the_fonts_kept_between_pdfs_draw_what_fresh_ones_draw():
    """core.pdf keeps WeasyPrint's font configuration for a thread's next PDFs: a second
    document, and one drawn on another thread, read back with the same words, in the same
    fonts, as one drawn with a configuration of its own."""
    import threading

    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from core.pdf import render_pdf

    html = ('<html lang="en"><head><link rel="stylesheet" href="/static/css/print.css">'
            '<link rel="stylesheet" href="/static/css/summary-print.css"></head><body>'
            '<h1>Summary</h1><p>In favour <strong>47</strong> <em>of 78</em>.</p>'
            '<table><caption>By region</caption><tr><th>Africa</th><td>12</td></tr></table>'
            '</body></html>')
    base = "http://testserver/"
    fresh = HTML(string=html, base_url=base, url_fetcher=StaticFilesFetcher(base)).write_pdf(
        font_config=FontConfiguration())
    drawn = [render_pdf(html, base_url=base), render_pdf(html, base_url=base)]
    other = threading.Thread(target=lambda: drawn.append(render_pdf(html, base_url=base)))
    other.start()
    other.join()

    assert len(drawn) == 3
    for content in drawn:
        assert pdf_text(content) == pdf_text(fresh) == (
            "Summary In favour 47 of 78. By region Africa 12 1/1")  # and the page number
        assert pdf_fonts(content) == pdf_fonts(fresh)
