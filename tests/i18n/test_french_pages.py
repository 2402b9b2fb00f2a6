"""Every kind of page in French: asked for with ``Accept-Language: fr``, no English label of
the interface is left in what the reader sees (text, and the aria-label, title, placeholder
and alt a screen reader says), the page says ``<html lang="fr">``, and the exports' column
headings are French too.

The English labels are the catalog's own short msgids (locale/fr/LC_MESSAGES/django.po):
"Dashboard", "Governments", "Export", "Sign out", "Columns", "Previous page", "Search"...
A label counts when it is a whole piece of text (a link, a button, a heading, a table
heading, a cell), so that a Government's name, a mission's address or a response's summary
(records, in English) never count; text inside an element marked ``lang="en"`` (an English
quotation, the switcher's "English") is English on purpose. The failure says which labels,
on which pages, and which files of the code they come from (whose string is missing).
"""
import csv
import io
import re
from collections import defaultdict
from html.parser import HTMLParser

import polib
import pytest
from django.test import Client
from django.urls import reverse

from organizations.models import Organization
from tests.browser.test_pages import addresses
from tests.i18n.test_catalog import CATALOG
from tests.surveys.test_view_queries import PAGES

pytestmark = pytest.mark.django_db

FRENCH = {"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
SPOKEN = ("aria-label", "title", "placeholder", "alt")
# Pieces of text that are the same in both languages, or never a label.
SAME_IN_FRENCH = {"API", "CSV", "PDF", "Excel (XLSX)", "ISO", "Instrument", "Instruments",
                  "Page", "Date", "Description", "Source", "Code", "Codes", "Immigration",
                  "Total", "Documentation", "Mission", "Type", "Organisation", "Options",
                  "Participations",
                  # django-simple-history shows a change without a reason as Python's None
                  "None"}


def catalog_labels() -> dict[str, list[str]]:
    """English label -> the source files whose msgid it is: the catalog's msgids of at most
    four words, with no placeholder or markup, whose French differs (or is still missing),
    each also as the admin and the tables show a lower-case name ("reports" -> "Reports")."""
    labels = defaultdict(set)
    for entry in polib.pofile(str(CATALOG)):
        text = entry.msgid
        if (entry.obsolete or entry.msgid_plural or not text[:1].isalpha()
                or len(text.split()) > 4 or len(text) > 40 or re.search(r"[%<{]", text)
                or (entry.msgstr and entry.msgstr == text)):
            continue
        label = text[0].upper() + text[1:]
        if label not in SAME_IN_FRENCH:
            labels[label] |= {file for file, _line in entry.occurrences}
    return {label: sorted(files) for label, files in labels.items()}


class VisibleText(HTMLParser):
    """The pieces of text a reader sees or hears, without scripts, styles and lang="en"."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces, self.stack = [], []

    def skipping(self) -> bool:
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = tag in ("script", "style", "template") or (
            tag != "html" and (attrs.get("lang") or "").startswith("en"))
        if not skip and not self.skipping():
            self.pieces += [attrs[name] for name in SPOKEN if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.pieces.append(attrs["value"])
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        if not self.skipping():
            self.pieces += [value for name, value in attrs if name in SPOKEN and value]

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.skipping() and data.strip():
            self.pieces.append(data)


def pieces_of(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    return [" ".join(piece.split()).strip(" :*›·|()").strip() for piece in parser.pieces]


def english_left(pieces, labels) -> set[str]:
    return {piece for piece in pieces if piece in labels}


def french_addresses() -> list[str]:
    """The browser crawl's page kinds, the query test's exports, and the sign-in's frame."""
    exports = [address() for name, address, _limit in PAGES if name.endswith("csv")]
    return [*addresses(), *exports]


def test_every_kind_of_page_is_french(admin_client_signed):
    labels = catalog_labels()
    assert {"Dashboard", "Governments", "Sign out", "Columns", "Search"} <= set(labels)
    # an organization without a French name reads in English (the report's French version,
    # which would give it, is not among the sources): a record, not a label
    records = set(Organization.objects.filter(name_fr="").values_list("name", flat=True))
    left, not_french, failed = defaultdict(set), [], []
    for url in french_addresses():
        answer = admin_client_signed.get(url, **FRENCH)
        if answer.status_code != 200:
            failed.append((url, answer.status_code))
            continue
        body = (b"".join(answer.streaming_content) if answer.streaming else answer.content)
        text = body.decode("utf-8-sig")
        if answer["Content-Type"].startswith("text/csv"):
            pieces = [cell.strip() for cell in next(csv.reader(io.StringIO(text)))]
        else:
            pieces = pieces_of(text)
            if '<html lang="fr"' not in text:
                not_french.append(url)
        for label in english_left([piece for piece in pieces if piece not in records], labels):
            left[label].add(url.split("?")[0])
    assert not failed, f"pages that did not open: {failed}"
    assert not not_french, f'pages without <html lang="fr">: {not_french}'
    found = "\n".join(
        f"{label!r}: {sorted(urls)[:4]}{' …' if len(urls) > 4 else ''}; from {labels[label][:3]}"
        for label, urls in sorted(left.items()))
    assert not left, f"English labels on French pages (label: pages; the msgid's files):\n{found}"


def test_the_sign_in_page_and_the_error_pages_are_french():
    labels = catalog_labels()
    reader = Client()
    for url, status in ((reverse("login"), 200), ("/governments/", 302)):
        answer = reader.get(url, **FRENCH)
        assert answer.status_code == status
    sign_in = reader.get(reverse("login"), **FRENCH).content.decode()
    assert '<html lang="fr"' in sign_in
    assert english_left(pieces_of(sign_in), labels) == set()
    assert "Se connecter" in sign_in


def test_the_check_finds_english_where_there_is_some(viewer_client):
    """The walk above is only as good as this: an English page fails it."""
    labels = catalog_labels()
    html = viewer_client.get(reverse("surveys:home")).content.decode()
    assert {"Dashboard", "Governments", "Sign out"} <= english_left(pieces_of(html), labels)
    assert "English" not in english_left(pieces_of(html), labels)  # the switcher, lang="en"


@pytest.mark.parametrize("url", ["/", "/governments/", "/responses/", "/follow-up/",
                                 "/organizations/activities/"])
def test_a_french_page_runs_the_queries_of_the_english_one(admin_client_signed, url):
    """French names and labels come with the rows (or from the catalog), never a query a row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for language in ("en", "fr", "en", "fr"):  # the first of each warms the caches
        with CaptureQueriesContext(connection) as queries:
            assert admin_client_signed.get(url, HTTP_ACCEPT_LANGUAGE=language).status_code == 200
        counts[language] = len(queries)
    assert counts["fr"] == counts["en"], counts
