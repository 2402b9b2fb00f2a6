"""The Word draft's address, its readers, its languages, its links, and what it says when a
report cannot have one."""
import io

import docx
import pytest
from django.urls import reverse

from surveys.drafts.views import why_no_draft
from surveys.models import Report
from surveys.summary.source_text import normalise
from tests import builders
from tests.surveys.drafts.helpers import drafted

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def draft_url(slug: str) -> str:
    return reverse("surveys:draft_docx", args=[slug])


def numbered(content: bytes) -> dict[int, str]:
    """The numbered paragraphs of a .docx as Word holds them: {3: 'International ...'}."""
    document = docx.Document(io.BytesIO(content))
    found = {}
    for paragraph in document.paragraphs:
        if paragraph.style.name == "UN Numbered Paragraph":
            number, text = paragraph.text.split(".\t", 1)
            found[int(number)] = normalise(text)
    return found


@pytest.mark.parametrize("symbol", ["E/1995/69", "A/56/167"])
def test_the_draft_holds_the_paragraphs_the_summary_composes(viewer_client, symbol):
    report = Report.objects.get(symbol=symbol)
    response = viewer_client.get(draft_url(report.slug))
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"] == f'attachment; filename="draft-{report.slug}.docx"'
    assert numbered(response.content) == {p.number: normalise(p.text) for p in drafted(report)}


def test_the_draft_in_french_is_named_and_marked_as_such(viewer_client):
    response = viewer_client.get(draft_url("A-56-167") + "?language=fr")
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    assert 'filename="draft-A-56-167-fr.docx"' in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    assert document.core_properties.language == "fr"
    assert any("Distr." in p.text for p in document.paragraphs)


def test_signed_out_readers_are_sent_to_sign_in(client):
    response = client.get(draft_url("A-56-167"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_report_is_a_plain_not_found(viewer_client):
    response = viewer_client.get(draft_url("A-99-999"))
    assert response.status_code == 404
    assert b"Traceback" not in response.content


def test_a_report_without_letters_says_why_it_has_no_draft(viewer_client):
    report = builders.report("A/99/1", "2005-07-01", [], "2005-06-30")
    response = viewer_client.get(draft_url(report.slug))
    assert response.status_code == 409
    text = response.content.decode()
    assert "A/99/1 counts the replies to no letter" in text
    assert Report.objects.filter(symbol="A/99/1").count() == 1  # nothing changed


def test_a_report_without_a_cutoff_has_no_draft():
    """The cutoff is required by the model; a report read without one is refused all the
    same, before anything counts by it."""
    assert why_no_draft(Report(symbol="A/99/2", cutoff_on=None)).startswith(
        "A/99/2 has no cutoff date")
    assert why_no_draft(Report.objects.get(symbol="A/56/167")) == ""


@pytest.mark.parametrize("page", ["surveys:report_detail", "surveys:summary_detail"])
def test_the_report_and_summary_pages_link_to_the_draft_in_both_languages(viewer_client, page):
    text = viewer_client.get(reverse(page, args=["A-52-314"])).content.decode()
    assert f'href="{draft_url("A-52-314")}"' in text
    assert f'href="{draft_url("A-52-314")}?language=fr"' in text
    assert "Draft of A/52/314 in Word, in French" in text
    french = viewer_client.get(reverse(page, args=["A-52-314"]),
                               HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert f'href="{draft_url("A-52-314")}?language=en"' in french


def test_another_report_s_summary_shows_notes_not_quotations(viewer_client):
    text = viewer_client.get(reverse("surveys:summary_detail", args=["E-1995-69"])).content.decode()
    assert '<q class="part part-quoted">' not in text
    assert "[Drafter&#x27;s note: A/56/167, para. 17, says: “there was a lack of consensus" in text
    assert "a drafter's note: what A/56/167 says" in text  # the legend
    own = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"])).content.decode()
    assert '<q class="part part-quoted">' in own and "Drafter&#x27;s note" not in own


def test_a_new_round_without_a_reply_yet_has_its_draft(viewer_client):
    """A report defined before any reply to its only letter is counted: a draft all the
    same, which says that nobody has replied, never an error."""
    fourth = builders.letter(4, "2003-03-03")
    report = builders.report("A/58/200", "2003-07-15", [fourth], "2003-06-30")
    response = viewer_client.get(draft_url(report.slug))
    assert response.status_code == 200
    paragraphs = numbered(response.content)
    assert list(paragraphs) == list(range(3, 3 + len(paragraphs)))
    assert any("have never replied" in text for text in paragraphs.values())
    assert any("No Government has replied yet" in text for text in paragraphs.values())


def headers(content: bytes) -> list[str]:
    section = docx.Document(io.BytesIO(content)).sections[0]
    return [" ".join(p.text for p in header.paragraphs)
            for header in (section.first_page_header, section.header)]


def test_the_illustrative_notice_heads_every_page_only_while_the_data_are(viewer_client):
    from surveys.models import Response

    notice = "Illustrative data: which Governments replied"
    assert all(notice in head for head in headers(viewer_client.get(draft_url("A-56-167")).content))
    Response.objects.update(is_illustrative=False)
    assert not any(notice in head
                   for head in headers(viewer_client.get(draft_url("A-56-167")).content))
