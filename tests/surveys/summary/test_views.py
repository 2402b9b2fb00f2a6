"""The summary pages: the list, each report's summary and the reconciliation."""
import datetime
import re

import pytest
from django.urls import reverse

from surveys.models import Government, Letter, PublishedFigure, Report, Response, Stance
from surveys.summary.reconciliation import reconciliation_of
from tests.surveys.summary.helpers import move_one_vote, the_2001_report
from tests.test_published_figures import (
    IN_FAVOUR,
    MIGRANT_TYPES_COMMENTED,
    PARTIAL_SUPPORT,
    RESERVATIONS,
    RESPONDENTS,
    RESPONDENTS_BY_REPORT,
)

pytestmark = pytest.mark.django_db
SYMBOLS = ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"]
MAX_QUERIES = 41  # the four reports summarised together (9) and their published figures
# checked (5 or 6: surveys.summary.reconciliation.published_figures), sign-in, the cache and
# its write, the print stamp's "data as of" (core.printing), and every report's summaries
# kept in the cache under a lock (core.figures: the look, the reports read, the lock's add,
# the store, the lock freed; the database cache's add and set take five queries each), and
# the report, then apart, read only to draw them, the reports before it


def slug(symbol: str) -> str:
    return symbol.replace("/", "-")


def test_the_reports_list_links_to_each_report_s_summary_pdf_and_reconciliation(viewer_client):
    response = viewer_client.get(reverse("surveys:report_list"))
    assert response.status_code == 200
    for symbol in SYMBOLS:
        for name in ("report_detail", "summary_detail", "summary_pdf", "reconciliation"):
            assert reverse(f"surveys:{name}", args=[slug(symbol)]) in response.text, name


@pytest.mark.parametrize(("old", "new"), [
    ("/summaries/", "/reports/"),
    ("/summaries/A-56-167/", "/reports/A-56-167/summary/"),
    ("/summaries/A-56-167/pdf/", "/reports/A-56-167/summary.pdf"),
    ("/summaries/reconciliation/", "/reports/reconciliation/"),
    ("/summaries/reconciliation/A-54-207/", "/reports/A-54-207/reconciliation/"),
])
def test_the_old_summary_addresses_redirect_permanently(viewer_client, old, new):
    response = viewer_client.get(old)
    assert response.status_code == 301 and response["Location"] == new
    assert viewer_client.get(new).status_code == 200


def test_a_report_is_found_by_its_stored_slug(viewer_client):
    report = Report.objects.get(symbol="A/56/167")
    Report.objects.filter(pk=report.pk).update(slug="sg-2001")
    assert viewer_client.get("/reports/sg-2001/summary/").status_code == 200
    assert viewer_client.get("/reports/A-56-167/summary/").status_code == 404


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_each_summary_reads_like_section_ii(viewer_client, symbol):
    response = viewer_client.get(reverse("surveys:summary_detail", args=[slug(symbol)]))
    assert response.status_code == 200
    summary = response.context["summary"]
    assert f"Out of the {summary.respondents} Governments" in response.text
    assert "Illustrative data." in response.text  # the fixtures' responses are illustrative
    assert reverse("surveys:reconciliation", args=[slug(symbol)]) in response.text
    for topic in response.context["topics"]:
        assert f'id="table-{topic.topic.slug}"' in response.text


def test_the_2001_summary_shows_the_tables_of_its_groups(viewer_client):
    response = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"]))
    text = response.text
    assert f"counted among the {IN_FAVOUR} Governments" in text
    assert f"of which {MIGRANT_TYPES_COMMENTED} commented" in text
    assert f"counted among the {RESERVATIONS} Governments" in text
    assert f"counted among the {PARTIAL_SUPPORT} Governments" in text
    assert 'id="table-letters"' in text and 'id="table-rates-region"' in text
    assert 'class="bar-chart"' in text
    stated = re.search(r"(\d+) of (\d+) statements match, (\d+) quoted", text)
    matches, checked, quoted = map(int, stated.groups())
    assert quoted == 2 and matches == checked - quoted


def test_an_unknown_report_is_not_found(viewer_client):
    response = viewer_client.get(reverse("surveys:summary_detail", args=["A-99-999"]))
    assert response.status_code == 404


def test_sign_in_is_required(client):
    response = client.get(reverse("surveys:summary_detail", args=["A-56-167"]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_nothing_is_stale_after_a_stance_changes(viewer_client):
    url = reverse("surveys:summary_detail", args=["A-56-167"])
    assert f"{IN_FAVOUR} were generally in favour" in viewer_client.get(url).text
    move_one_vote(the_2001_report())
    text = viewer_client.get(url).text
    assert "46 were generally in favour" in text and "27 expressed reservations" in text


ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def code(i: int) -> str:
    """A three-character code no real Member has (theirs are letters only)."""
    return "9" + ALPHABET[i // 36 % 36] + ALPHABET[i % 36]


def add_governments_and_responses(times: int) -> None:
    """Ten times as many responses: new Members, each replying to the 1999 letter."""
    letter = Letter.objects.get(number=3)
    count = Response.objects.count() * (times - 1)
    governments = Government.objects.bulk_create([
        Government(iso3=code(i), m49=f"{i % 999:03d}",
                   name=f"Test Government {i}", admitted_on=datetime.date(1990, 1, 1),
                   region="Test region", sub_region="Test", development_group="less developed")
        for i in range(count)
    ])
    Response.objects.bulk_create([
        Response(government=g, letter=letter, received_on=datetime.date(1999, 5, 1),
                 stance=Stance.IN_FAVOUR, is_illustrative=True)
        for g in governments
    ])


@pytest.mark.parametrize("times", [1, 10])
def test_the_summary_page_s_queries_do_not_grow_with_the_rows(
    viewer_client, django_assert_max_num_queries, times
):
    if times > 1:
        add_governments_and_responses(times)
    url = reverse("surveys:summary_detail", args=["A-56-167"])
    with django_assert_max_num_queries(MAX_QUERIES):
        response = viewer_client.get(url)
    assert response.status_code == 200
    assert response.context["summary"].respondents == RESPONDENTS + Response.objects.filter(
        government__name__startswith="Test Government").count()


def test_the_reconciliation_shows_every_published_figure_matching(viewer_client):
    response = viewer_client.get(reverse("surveys:reconciliation"))
    assert response.status_code == 200
    figures = PublishedFigure.objects.filter(paragraph__range=(3, 17))
    quoted = figures.filter(measure="quoted").count()
    assert response.context["checked"] == figures.count()
    assert response.context["matches"] == figures.count() - quoted
    assert (response.context["quoted"], response.context["problems"]) == (2, 0)
    assert (f"{figures.count() - quoted} of {figures.count()} statements of the report match "
            "the records; 2 quoted (not computed); 0 differ") in response.text
    assert response.text.count("Quoted, not computed") == quoted
    for figure in figures:
        assert figure.label in response.text or figure.label.replace("'", "&#x27;") in response.text
    assert "Differs" not in response.text


def test_the_reconciliation_shows_a_difference_once_a_record_changes(viewer_client):
    move_one_vote(the_2001_report())
    response = viewer_client.get(reverse("surveys:reconciliation", args=["A-56-167"]))
    assert response.context["matches"] < response.context["checked"]
    rows = {c.figure.key: c for _r, checks in response.context["groups"] for c in checks}
    assert rows["in-favour"].status == "differs" and rows["in-favour"].computed == "46"
    assert "Differs" in response.text


def test_the_reconciliation_agrees_with_the_command(viewer_client):
    from surveys.summary.reconciliation import reconcile

    response = viewer_client.get(reverse("surveys:reconciliation"))
    shown = [(c.figure.pk, c.computed, c.status)
             for _r, checks in response.context["groups"] for c in checks]
    assert shown == [(c.figure.pk, c.computed, c.status) for c in reconcile()
                     if 3 <= c.figure.paragraph <= 17]
    assert Report.objects.count() == len(response.context["groups"])


def test_the_page_marks_each_kind_of_sentence_and_has_a_legend(viewer_client):
    text = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"])).text
    assert 'class="summary-legend"' in text
    assert ('<q class="part part-quoted">and discussed by the General Assembly at its '
            'fifty-second session.</q> <span class="part-citation">(A/56/167, para. 7)</span>'
            ) in text
    assert text.count('class="part part-context"') == 1 + 5  # the legend, paras 6-8's mandates
    assert '<a href="#note-1" id="note-ref-1">1</a>' in text and 'id="note-1"' in text
    assert "Source of paragraph" not in text and "footnote-ref" not in text


def test_a_difference_is_flagged_beside_the_computed_word(viewer_client):
    move_one_vote(the_2001_report())
    text = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"])).text
    assert "46 were generally in favour" in text
    assert (f'[differs from the report (para. 9: “{IN_FAVOUR}”); the records give '
            f'{IN_FAVOUR - 1}]') in text


def test_the_tables_give_each_view_the_quantifier_of_the_prose(viewer_client):
    """One vocabulary per count: the table's word for a code is the band its paragraph
    prints and the reconciliation checks, of the same Governments (28 of 30, not of 47)."""
    response = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"]))
    summary = response.context["summary"]
    checks = {c.figure.code_id: c for c in reconciliation_of(summary).checks
              if c.figure.measure == "code_share"}
    compared = 0
    for topic in summary.topics:
        for code in topic.codes:
            check = checks.get(code.code.pk)
            if check is not None:
                assert check.computed.endswith(f"({code.count} of {code.total})"), code.code.slug
                compared += 1
    assert compared >= 20
    meetings = next(c for c in summary.topic("preparation").codes
                    if c.code.slug == "regional-meetings")
    assert (meetings.count, meetings.total, meetings.quantifier) == (28, 30, "virtually all")
    assert "<td>28</td><td>30</td><td>93 per cent</td><td>virtually all</td>" in response.text
    letters = response.context["summary"].letters
    assert [lc.cumulative for lc in letters] == [
        RESPONDENTS_BY_REPORT["E/1995/69"], RESPONDENTS_BY_REPORT["A/52/314"], RESPONDENTS]
    assert "Governments counted so far (cumulative)" in response.text
    assert " %<" not in response.text and "%</td>" not in response.text


def test_the_reconciliation_of_all_reports_shows_a_page_of_reports_with_every_count(
        viewer_client, monkeypatch):
    """Every report's figures are on one of the pages, once, in the command's order, and
    each page's counts are those of all the reports (the command's, a second route)."""
    from surveys.summary import views

    monkeypatch.setattr(views.ReconciliationView, "REPORTS_A_PAGE", 3)
    address = reverse("surveys:reconciliation")
    pages = [viewer_client.get(address, {"page": number}) for number in (1, 2)]
    shown = [[report.symbol for report, _checks in page.context["groups"]] for page in pages]
    assert shown == [SYMBOLS[:3], SYMBOLS[3:]]
    counts = [(page.context["matches"], page.context["checked"], page.context["quoted"])
              for page in pages]
    assert counts[0] == counts[1]
    figures = PublishedFigure.objects.filter(paragraph__range=(3, 17))
    assert counts[0][1] == figures.count() == sum(
        len(checks) for page in pages for _report, checks in page.context["groups"])
    assert 'rel="next"' in pages[0].text and 'rel="prev"' in pages[1].text


@pytest.mark.parametrize("asked", ["0", "-1", "abc", "99999", "1.5", ""])
def test_a_page_number_that_is_not_a_page_shows_a_page(viewer_client, monkeypatch, asked):
    from surveys.summary import views

    monkeypatch.setattr(views.ReconciliationView, "REPORTS_A_PAGE", 3)
    page = viewer_client.get(reverse("surveys:reconciliation"), {"page": asked})
    assert page.status_code == 200
    assert page.context["groups"]
