"""Every page, export and the PDF runs as many queries with ten times the data as with one.

The world is the demo data, then the same grown tenfold by ``manage.py scaledemo`` (ten
times the Governments, letters, reports, replies with codes, policy views, published
figures, organizations, activities and lessons). Each address is asked for with an empty
cache (what the first reader after a change waits for) and again (served from the cache
where the page keeps one): both counts are the same at 1x and 10x, and within the limit.
"""
import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from surveys.models import Code, Government, Letter, Report, Response, Stance
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconcile

pytestmark = pytest.mark.django_db

LATEST = "A-56-167"  # the latest real report; at 10x the reports of the copies come after it
RESPONSES, GOVERNMENTS = "surveys:response_list", "surveys:government_list"


def more_responses(factor: int = 10) -> None:
    """Make the responses ``factor`` times as many: new Governments reply to every letter
    (the API's query tests grow their world so)."""
    existing = Response.objects.count()
    letters = list(Letter.objects.all())
    codes = list(Code.objects.all()[:3])
    count = -(-existing * (factor - 1) // len(letters))
    governments = Government.objects.bulk_create([
        Government(iso3=f"{i:03d}", m49="999", name=f"Testland {i}", region="Africa",
                   sub_region="Eastern Africa", development_group="less developed",
                   admitted_on=datetime.date(1950, 1, 1))
        for i in range(count)
    ])
    stances = [s for s, _label in Stance.choices]
    responses = Response.objects.bulk_create([
        Response(government=g, letter=letter, stance=stances[i % 3], summary="More views.",
                 received_on=letter.sent_on + datetime.timedelta(days=20), is_illustrative=True)
        for i, g in enumerate(governments) for letter in letters
    ])
    Response.codes.through.objects.bulk_create([
        Response.codes.through(response=r, code=code) for r in responses for code in codes
    ])
    assert Response.objects.count() >= existing * factor


def respondent() -> Government:
    return Government.objects.filter(responses__isnull=False).order_by("pk").first()


# (page, its address, most queries with an empty cache). Two of each are the session and the
# user; the cached pages also read the data version and the cache entry, and write it (5: the
# database cache counts its entries, then reads and writes the key in a transaction). The
# summary's own figures take 9 (surveys.summary.counts.count_reports), for one report or
# for the report and those before it (the summary page) or for all (the reconciliation), and
# checking the figures the reports publish 5 or 6 (surveys.summary.reconciliation.
# published_figures: the figures, then the codes, topics, letters and reports they name, each
# read once, and the views a para-10 figure names).
# Every HTML page adds one query for its print stamp's "data as of" (core.printing), a table
# page one for the user's choice of columns; the dashboard four for the open round's follow-up.
# A table page that keeps its filters and table in the cache (core.views.TablePage.
# cache_rendered_table) reads the data version, looks for them and, with the cache empty,
# stores them: 7 more (6 where the page reads the version anyway).
# The pages drawn from every report's summaries (core.figures, surveys.summary.background)
# read them from the cache and, with it empty, compute them under a lock: the look, the lock
# taken and the summaries stored (the database cache's add and set, five queries each, in a
# transaction), the reports read and the lock freed: 14 to 16 more.
PAGES = [
    # the open round's status: its count split, the report's frozen figure, the last chase
    ("dashboard", lambda: reverse("surveys:home"), 45),
    ("governments", lambda: reverse(GOVERNMENTS), 18),
    ("governments new", lambda: reverse(GOVERNMENTS) + f"?report={LATEST}&new=yes&replied=yes",
     20),
    ("governments csv", lambda: reverse(GOVERNMENTS) + "?_export=csv", 6),
    ("governments xlsx", lambda: reverse(GOVERNMENTS) + "?_export=xlsx", 6),
    ("responses", lambda: reverse(RESPONSES), 20),
    ("responses topic", lambda: reverse(RESPONSES) + f"?report={LATEST}&topic=nature", 22),
    ("responses csv", lambda: reverse(RESPONSES) + "?_export=csv", 7),
    ("responses xlsx", lambda: reverse(RESPONSES) + "?_export=xlsx", 7),
    ("letters", lambda: reverse("surveys:letter_list"), 15),
    ("letters csv", lambda: reverse("surveys:letter_list") + "?_export=csv", 6),
    # a list page of a page of its records counts them once (core.views.PagedList)
    ("reports", lambda: reverse("surveys:report_list"), 5),
    ("report", lambda: reverse("surveys:report_detail", args=[LATEST]), 40),
    # the report, and apart, read only to draw them, the reports before it (paras 6-8)
    ("summary", lambda: reverse("surveys:summary_detail", args=[LATEST]), 41),
    ("summary pdf", lambda: reverse("surveys:summary_pdf", args=[LATEST]), 43),
    # a page of the reports: the paginator's count of them and the page's reports
    ("reconciliation of all reports", lambda: reverse("surveys:reconciliation"), 42),
    ("reconciliation", lambda: reverse("surveys:reconciliation", args=[LATEST]), 39),
    # and the reader's permissions, which its cells follow (NonRespondentTable.cell_permissions)
    ("non-respondents", lambda: reverse("surveys:non_respondents", args=[LATEST]), 19),
    ("non-respondents csv",
     lambda: reverse("surveys:non_respondents", args=[LATEST]) + "?_export=csv", 6),
    ("government", lambda: respondent().get_absolute_url(), 14),
    # the list states how its count splits and relates to the report's (round_status)
    # its notice names the made-up kinds behind it: one more query, for the missions; its
    # count split kept in the cache under the data version: the version read, a look, and
    # with it empty, a store (7 more here; once stored, 2 instead of the split's 7)
    ("follow-up", lambda: reverse("surveys:followup_list") + "?per_page=100", 35),
    # the export counts its rows first: more than EXPORT_IN_REQUEST_ROWS go to a worker
    ("follow-up csv", lambda: reverse("surveys:followup_list") + "?_export=csv", 14),
    # the part above the table kept in the cache (a look, and with it empty, a store)
    ("rounds", lambda: reverse("surveys:round_comparison") + "?first=letter-2&second=letter-3", 34),
    ("search", lambda: reverse("core:search") + "?q=fr", 13),
    ("help", lambda: reverse("core:help"), 3),
    # one query a report that counted the letter, for its late replies
    # with the letter's follow-up status (round_status)
    ("letter", lambda: Letter.objects.order_by("pk").last().get_absolute_url(), 16),
    ("response", lambda: Response.objects.order_by("pk").first().get_absolute_url(), 5),
    ("organizations", lambda: reverse("organizations:organization_list"), 7),
    ("organization", lambda: "/organizations/desa/", 10),
    ("activities", lambda: reverse("organizations:activity_list"), 10),
    ("activities csv", lambda: reverse("organizations:activity_list") + "?_export=csv", 8),
    ("lessons", lambda: reverse("organizations:lesson_list"), 7),
    ("instruments", lambda: reverse("organizations:instrument_list"), 8),
    ("inventory", lambda: reverse("organizations:inventory"), 19),
    ("government choices", lambda: reverse("surveys:government_choices") + "?q=fr", 4),
    ("organization choices", lambda: reverse("organizations:organization_choices") + "?q=in",
     4),
]
# A repeat request of a page that keeps its work in the cache: session, user, (the report,)
# data version, the cache entry, and on an HTML page or PDF the print stamp's "data as of".
CACHED = {"summary": 6, "summary pdf": 6, "reconciliation of all reports": 5,
          "reconciliation": 6}


def count(client, url: str, *, empty_cache: bool) -> tuple[int, int]:
    if empty_cache:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        answer = client.get(url)
        if answer.streaming:
            b"".join(answer.streaming_content)  # a streamed export queries as it is read
    assert answer.status_code == 200, (url, answer.status_code)
    return len(queries)


def summaries_queries() -> tuple[int, int]:
    """Queries of the summary of the latest real report, and of every report's."""
    report = Report.objects.get(slug=LATEST)
    with CaptureQueriesContext(connection) as one:
        report_summary(report=report)
    with CaptureQueriesContext(connection) as every:
        reconcile()
    return len(one), len(every)


def measure(client) -> dict[str, tuple[int, int]]:
    counts = {"report_summary(), reconcile()": summaries_queries()}
    for page, address, _limit in PAGES:
        url = address()
        client.get(url)  # the first request may warm caches (content types)
        counts[page] = (count(client, url, empty_cache=True),
                        count(client, url, empty_cache=False))
    return counts


# Pages whose records grow with the data, asked for a page of as many rows as the demo data
# fills: reports, organizations, lessons a page at a time (core.views.PagedList); the
# dashboard's growth chart, a Government's letters and reports the latest few, and the
# reconciliation of all reports a page of reports (their bounds set, for the test, to what
# the demo data has, so that 1x shows a full page).
GROWING = [
    ("dashboard", lambda: reverse("surveys:home")),
    ("reports", lambda: reverse("surveys:report_list") + "?per_page=2"),
    ("organizations", lambda: reverse("organizations:organization_list") + "?per_page=10"),
    ("lessons", lambda: reverse("organizations:lesson_list") + "?per_page=10"),
    ("lessons by organization",
     lambda: reverse("organizations:lesson_by_organization") + "?per_page=10"),
    ("government", lambda: respondent().get_absolute_url()),
    ("reconciliation of all reports", lambda: reverse("surveys:reconciliation")),
]


def sizes(client) -> dict[str, int]:
    cache.clear()
    return {page: len(client.get(address()).content) for page, address in GROWING}


def test_no_page_runs_more_queries_with_ten_times_the_data(viewer_client, monkeypatch,
                                                          print_clock):
    from core import exports
    from surveys import dashboard, details
    from surveys.summary import views as summary_views

    # exports read their rows a few at a time, so that 10x needs more chunks than 1x: the
    # related records (codes, participations) must still be read once, not once a chunk
    monkeypatch.setattr(exports, "CHUNK_ROWS", 40)
    once = measure(viewer_client)
    monkeypatch.setattr(dashboard, "GROWTH_REPORTS", Report.objects.count())
    monkeypatch.setattr(summary_views.ReconciliationView, "REPORTS_A_PAGE",
                        Report.objects.count())
    monkeypatch.setattr(details, "LATEST_ROWS", min(Letter.objects.count(),
                                                    Report.objects.count()))
    small = sizes(viewer_client)
    call_command("scaledemo", factor=10, seed=2001, stdout=io.StringIO())
    assert Response.objects.count() >= 10 * 100
    tenfold = measure(viewer_client)
    large = sizes(viewer_client)
    # the same rows, with larger numbers, a "latest n of m" note and page links
    grown = {page: (small[page], large[page]) for page in small
             if large[page] > 1.2 * small[page] + 1500}
    assert not grown, f"HTML bytes at 1x and at 10x: {grown}"

    grew = {page: (once[page], tenfold[page]) for page in once if once[page] != tenfold[page]}
    assert not grew, f"(empty cache, cached) at 1x and at 10x: {grew}"
    over = {page: once[page][0] for page, _address, limit in PAGES if once[page][0] > limit}
    assert not over, f"more queries than the limit: {over}"
    assert once["report_summary(), reconcile()"][0] <= 20
    slow_repeat = {page: once[page][1] for page, most in CACHED.items() if once[page][1] > most}
    assert not slow_repeat, f"a repeat request computed again: {slow_repeat}"
