"""Every printable page and PDF says when, by whom, and how fresh its data are."""
import pytest
from django.urls import reverse
from django.utils import formats, timezone

from core.printing import last_change
from surveys.models import Government

pytestmark = pytest.mark.django_db


def test_the_last_change_is_the_newest_history_row_in_one_query(django_assert_num_queries,
                                                                 editor):
    before = last_change()  # the query is built once a process: asked again, it reads anew
    government = Government.objects.order_by("pk").first()
    government.notes = "Changed to date the data."
    government.save()
    newest = government.history.order_by("-history_date").first().history_date

    with django_assert_num_queries(1):
        assert last_change() == newest
    assert newest > before


@pytest.mark.parametrize("address", [
    "/", reverse("surveys:government_list"), reverse("organizations:inventory"),
    reverse("surveys:summary_detail", args=["A-56-167"]),
])
def test_each_page_carries_the_stamp_and_a_print_button(viewer_client, viewer, address):
    html = viewer_client.get(address).content.decode()
    as_of = formats.date_format(timezone.localtime(last_change()), "j F Y, H:i")
    today = formats.date_format(timezone.localtime(), "j F Y")
    assert f"Printed on {today}" in html
    assert f"by {viewer.username}, data as of {as_of}." in html
    assert 'data-print hidden>Print this page</button>' in html


def test_the_pdf_has_the_stamp_on_every_page(viewer_client, viewer):
    pdf = viewer_client.get(reverse("surveys:summary_pdf", args=["A-56-167"]))
    text = pdf_pages_text(pdf.content)
    assert len(text) > 1
    assert all(f"by {viewer.username}, data as of" in page for page in text)


def test_a_cached_pdf_carries_its_own_reader_s_stamp(viewer_client, viewer, editor_client,
                                                     editor):
    address = reverse("surveys:summary_pdf", args=["A-56-167"])
    first = pdf_pages_text(viewer_client.get(address).content)
    second = pdf_pages_text(editor_client.get(address).content)
    assert all(f"by {viewer.username}," in page for page in first)
    assert all(f"by {editor.username}," in page and viewer.username not in page
               for page in second)


def pdf_pages_text(content: bytes) -> list[str]:
    """Each page's text, by poppler's pdftotext (installed with the PDF tests)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF")
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=content,
                          capture_output=True, check=True)
    return [page for page in done.stdout.decode().split("\f") if page.strip()]


def test_no_change_recorded_is_said_plainly(viewer_client, monkeypatch):
    monkeypatch.setattr("core.printing.last_change", lambda: None)
    html = viewer_client.get("/help/").content.decode()
    today = formats.date_format(timezone.localtime(), "j F Y")
    assert f"Printed on {today}" in html and "no change to the data is recorded" in html
