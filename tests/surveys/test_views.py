"""The browsing pages: sign-in, the dashboard's links, every link works, exports, queries."""
import csv
import html
import io
import re
import secrets
import subprocess
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import openpyxl
import pytest
from django.urls import reverse
from django.utils import formats

from surveys import tiles
from surveys.models import Government, Letter, Report, Response, Stance
from surveys.summary.counts import report_summary

pytestmark = pytest.mark.django_db

LATEST = "A-56-167"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and not href.startswith(("#", "mailto:")):
            self.hrefs.append(href)


def links_on(url: str, response) -> list[str]:
    parser = Links()
    parser.feed(response.content.decode())
    return [urljoin(url, href) for href in parser.hrefs]


def page_urls() -> list[str]:
    """One page of each kind: the lists, and a detail page of each noun."""
    response = Response.objects.order_by("pk").first()
    return [
        reverse("surveys:home"), reverse("surveys:government_list"),
        reverse("surveys:response_list"), reverse("surveys:letter_list"),
        reverse("surveys:report_list"), reverse("surveys:report_detail", args=[LATEST]),
        reverse("surveys:non_respondents", args=[LATEST]),
        response.government.get_absolute_url(), response.letter.get_absolute_url(),
        response.get_absolute_url(),
    ]


def row_count(response) -> int:
    return response.context["table"].paginator.count


def test_every_page_sends_an_anonymous_visitor_to_sign_in(client):
    for url in page_urls() + [reverse("password_change")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_sign_in_page_signs_in_and_out(client, django_user_model):
    password = secrets.token_urlsafe(16)
    django_user_model.objects.create_user(username="reader", password=password)
    page = client.get(reverse("login"))
    assert page.status_code == 200 and b'<label for="id_username"' in page.content
    response = client.post(reverse("login"), {"username": "reader", "password": password})
    assert response.status_code == 302 and response["Location"] == reverse("surveys:home")
    assert client.get(reverse("surveys:home")).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("surveys:home")).status_code == 302


def test_a_wrong_password_is_refused_in_plain_words(client):
    response = client.post(reverse("login"), {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content
    assert b'value="nobody"' in response.content


def test_password_change_page_renders(viewer_client):
    response = viewer_client.get(reverse("password_change"))
    assert response.status_code == 200 and b'name="new_password1"' in response.content


def test_the_dashboard_shows_the_latest_reports_figures(viewer_client):
    report = Report.objects.order_by("-issued_on").first()
    summary = report_summary(report=report)
    response = viewer_client.get(reverse("surveys:home"))
    text = response.content.decode()
    assert f'<span class="figure-value">{summary.respondents}</span>' in text
    assert f"{summary.membership_share_percent} per cent" in text
    for stance in summary.stances:
        assert f'<span class="figure-value">{stance.count}</span>' in text
    assert f'<span class="figure-value">{summary.non_respondents}</span>' in text
    assert "Illustrative data." in text
    assert text.count('role="img"') == 3 and text.count("<title id=") == 3


def test_each_dashboard_figure_opens_the_rows_it_counts(viewer_client):
    summary = report_summary(report=Report.objects.order_by("-issued_on").first())
    expected = [summary.respondents, summary.respondents]
    expected += [s.count for s in summary.stances] + [summary.non_respondents]
    figures = tiles.headline_tiles(summary)
    assert [int(f.value.rstrip("%")) for f in figures[2:]] == expected[2:]
    for figure, count in zip(figures, expected, strict=True):
        assert row_count(viewer_client.get(figure.href)) == count, figure.label


def test_in_favour_opens_exactly_the_latest_responses_in_favour(viewer_client):
    summary = report_summary(report=Report.objects.order_by("-issued_on").first())
    figure = next(f for f in tiles.headline_tiles(summary) if "favour" in f.label)
    rows = viewer_client.get(figure.href).context["table"].data.data
    assert {r.stance for r in rows} == {Stance.IN_FAVOUR}
    assert len({r.government_id for r in rows}) == len(rows) == summary.stance("in_favour").count


@pytest.mark.parametrize("chart", ["growth_chart", "region_chart", "group_chart"])
def test_each_chart_bar_links_to_the_governments_it_counts(viewer_client, chart):
    bars = viewer_client.get(reverse("surveys:home")).context[chart].bars
    assert bars
    for bar in bars:
        assert str(row_count(viewer_client.get(bar.href))) == bar.text.split()[0], bar.label


ROW_COUNTS = {"respondents", "new_respondents", "non_respondents", "letter_responses",
              "stance_count", "topic_commenting"}
SHARES = {"stance_share", "code_share"}  # computed as "the majority (28 of 47)"


def test_each_figure_of_every_report_page_links_to_its_rows(viewer_client):
    linked = []
    for report in Report.objects.all():
        page = viewer_client.get(report.get_absolute_url())
        linked += [(check, href) for check, href in page.context["checks"] if href]
    assert {check.figure.measure for check, _href in linked} >= ROW_COUNTS | SHARES
    for check, href in linked:
        listed = viewer_client.get(href)
        assert listed.status_code == 200, href
        if check.figure.measure in ROW_COUNTS:
            assert str(row_count(listed)) == check.computed, check.figure.key
        elif check.figure.measure in SHARES:
            counted = check.computed.rsplit("(", 1)[1].split()[0]
            assert str(row_count(listed)) == counted, check.figure.key


class Crawl:
    """The pages the crawls below open, each opened once: its status, for HTML the addresses
    it links to, and the text a reader reads (HTML, CSV, and a PDF read back with pdftotext).
    The crawls read the demo data and change nothing, so a page's answer is the same
    whichever test opens it first."""

    def __init__(self):
        self.opened: dict[str, tuple[int, list[str]]] = {}
        self.texts: dict[str, str] = {}

    def open(self, client, url: str) -> tuple[int, list[str]]:
        if url not in self.opened:
            page = client.get(url)
            kind = page.get("Content-Type", "")
            is_html = kind.startswith("text/html")
            self.opened[url] = (page.status_code, links_on(url, page) if is_html else [])
            self.texts[url] = text_of(page, kind)
        return self.opened[url]

    def walk(self, client) -> set[str]:
        """Every page of each kind and every page one of them links to: the addresses seen."""
        seen = set()
        for url in page_urls():
            status, links = self.open(client, url)
            assert status == 200, url
            for link in links:
                if link in seen or urlsplit(link).netloc:
                    continue
                seen.add(link)
                assert self.open(client, link)[0] == 200, f"{link} on {url}"
        return seen


def text_of(page, kind: str) -> str:
    """What a reader of the answer reads: the HTML's text, a CSV's cells, a PDF's text."""
    body = b"".join(page.streaming_content) if page.streaming else page.content
    if kind.startswith("application/pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=body,
                              capture_output=True, check=True).stdout.decode()
    if kind.startswith(("text/", "application/json")):
        return html.unescape(re.sub(r"<[^>]+>", " ", body.decode("utf-8-sig")))
    return ""


@pytest.fixture(scope="module")
def crawl() -> Crawl:
    return Crawl()


# Both crawls on one process when the suite runs on several (make test's --dist loadgroup).
@pytest.mark.xdist_group("crawl")
def test_every_link_on_every_page_works(viewer_client, crawl):
    assert len(crawl.walk(viewer_client)) > 100


@pytest.mark.xdist_group("crawl")
def test_no_page_prints_an_assumed_cutoff_as_a_fact(viewer_client, crawl):
    """A/52/314 publishes no cutoff: wherever its assumed one is printed (pages of every
    kind, their exports, the PDFs), "assumed" follows it."""
    crawl.walk(viewer_client)
    assumed = Report.objects.get(symbol="A/52/314")
    assert assumed.cutoff_is_assumed
    date = formats.date_format(assumed.cutoff_on, "j F Y")  # 31 July 1997
    printed = [url for url, text in crawl.texts.items() if date in " ".join(text.split())]
    # The report list, the report's page, its summary and PDF, its follow-up list...
    assert {reverse("surveys:report_list"), assumed.get_absolute_url(),
            reverse("surveys:summary_detail", args=[assumed.slug]),
            reverse("surveys:summary_pdf", args=[assumed.slug]),
            reverse("surveys:non_respondents", args=[assumed.slug])} <= set(printed)
    for url in printed:
        text = " ".join(crawl.texts[url].split())
        for found in re.finditer(re.escape(date), text):
            assert "assumed" in text[found.end():found.end() + 20], (url, text[
                found.start() - 60:found.end() + 40])


@pytest.mark.xdist_group("crawl")
def test_every_record_is_within_three_clicks_of_the_dashboard(viewer_client, crawl):
    wanted = {g.get_absolute_url() for g in Government.objects.all()}
    wanted |= {x.get_absolute_url() for x in Letter.objects.all()}
    wanted |= {x.get_absolute_url() for x in Report.objects.all()}
    wanted |= {x.get_absolute_url() for x in Response.objects.all()}
    frontier, reached = [reverse("surveys:home")], set()
    for _click in range(3):
        following = []
        for url in frontier:
            following += [link for link in crawl.open(viewer_client, url)[1]
                          if link not in reached and "_export" not in link and "sort=" not in link]
        reached |= {urlsplit(link).path for link in following}
        frontier = list(dict.fromkeys(following))
        if wanted <= reached:
            break
    assert wanted - reached == set()


def csv_rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_export_holds_every_filtered_row_across_pages(viewer_client):
    url = reverse("surveys:response_list") + f"?report={LATEST}&stance=in_favour&sort=-government"
    page = viewer_client.get(url)
    table = page.context["table"]
    assert table.paginator.num_pages > 1
    exported = csv_rows(viewer_client.get(url + "&_export=csv"))
    assert [row["Government"] for row in exported] == [r.government.name for r in table.data.data]
    illustrative = {r.government.name: r.is_illustrative for r in table.data.data}
    assert all((row["Illustrative"] == "Yes") == illustrative[row["Government"]]
               for row in exported)
    assert "Summary" in exported[0]


def test_the_xlsx_export_matches_the_filtered_governments(viewer_client):
    url = reverse("surveys:government_list") + f"?report={LATEST}&replied=no&region=Africa"
    names = [g.name for g in viewer_client.get(url).context["table"].data.data]
    response = viewer_client.get(url + "&_export=xlsx")
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Government" and "Illustrative" in rows[0]
    assert [row[0] for row in rows[1:]] == names and names


def test_bad_filter_input_is_explained_and_kept(viewer_client):
    url = reverse("surveys:response_list") + "?report=A-99-999&received_from=yesterday&q=plan"
    response = viewer_client.get(url)
    text = response.content.decode()
    assert response.status_code == 200 and row_count(response) == 0
    assert "Select a valid choice" in text and "Enter a valid date" in text
    assert 'value="yesterday"' in text and 'value="plan"' in text


def test_an_unknown_report_is_not_found(viewer_client):
    assert viewer_client.get(reverse("surveys:report_detail", args=["A-1-1"])).status_code == 404
    assert viewer_client.get(reverse("surveys:non_respondents", args=["A-1-1"])).status_code == 404


def test_a_government_page_shows_each_letter_and_its_reply(viewer_client):
    response = Response.objects.filter(summary__gt="").order_by("pk").first()
    government = response.government
    page = viewer_client.get(government.get_absolute_url())
    text = page.content.decode()
    assert [row.letter for row in page.context["letter_rows"]] == list(
        Letter.objects.order_by("sent_on"))
    assert response.summary in text and response.get_stance_display() in text
    assert len(page.context["stances"]) == Report.objects.count()


def test_a_letter_page_counts_its_replies(viewer_client):
    letter = Letter.objects.order_by("-sent_on").first()
    page = viewer_client.get(letter.get_absolute_url())
    counts = page.context["counts"]
    assert counts.replies == Response.objects.filter(letter=letter).count()
    assert counts.recipients == Government.objects.members_on(letter.sent_on).count()
    assert sum(bar.value for bar in page.context["month_chart"].bars) == counts.replies
    late = {report.symbol: replies for report, replies in page.context["late"]}
    for report in letter.reports.all():
        expected = Response.objects.filter(letter=letter, received_on__gt=report.cutoff_on)
        assert {r.pk for r in late[report.symbol]} == set(expected.values_list("pk", flat=True))
