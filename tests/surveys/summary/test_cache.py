"""Cached summaries: a repeat request computes nothing again, and any change shows at once.

The summary page, its PDF, the reconciliation, the dashboard, the report page and the API's
summary are kept in the shared cache under the data version (core.dataversion); these tests
count how often the summaries are computed, and change one reply in each way a record can
change (a save, a queryset update that sends no signal, raw SQL) to see the next request
show it.
"""
import html
import re

import pytest
from django.db import connection
from django.urls import reverse

from surveys import links
from surveys.models import Response, Stance
from surveys.summary import counts
from tests.surveys.summary.helpers import the_2001_report
from tests.test_published_figures import IN_FAVOUR

pytestmark = pytest.mark.django_db

SLUG = "A-56-167"
PAGES = {
    "summary": lambda: reverse("surveys:summary_detail", args=[SLUG]),
    "pdf": lambda: reverse("surveys:summary_pdf", args=[SLUG]),
    "draft": lambda: reverse("surveys:draft_docx", args=[SLUG]),
    "reconciliation": lambda: reverse("surveys:reconciliation"),
    "reconciliation of one": lambda: reverse("surveys:reconciliation", args=[SLUG]),
    "dashboard": lambda: reverse("surveys:home"),
    "report": lambda: reverse("surveys:report_detail", args=[SLUG]),
    "api summary": lambda: f"/api/reports/{SLUG}/summary/",
}


@pytest.fixture
def computations(monkeypatch):
    """How many times the summaries were computed, wherever they are computed from."""
    calls = []
    original = counts.report_summaries

    def counted(reports, counted=None):
        calls.append(1)
        return original(reports, counted)

    monkeypatch.setattr(counts, "report_summaries", counted)  # every page reads them so
    return calls


@pytest.mark.parametrize("page", PAGES)
def test_a_repeat_request_does_not_compute_again(viewer_client, computations, print_clock, page):
    url = PAGES[page]()
    first = viewer_client.get(url)
    assert first.status_code == 200
    assert len(computations) == 1
    again = viewer_client.get(url)
    assert again.status_code == 200
    assert len(computations) == 1, "the second request computed the summary again"
    assert again.content == first.content or page not in ("pdf", "draft")


def in_favour_latest(report) -> Response:
    return Response.objects.latest_counted_by(report).filter(stance=Stance.IN_FAVOUR).first()


def by_save(response):
    response.stance = Stance.RESERVATIONS
    response.save()


def by_update(response):  # no signal is sent
    Response.objects.filter(pk=response.pk).update(stance=Stance.RESERVATIONS)


def by_raw_sql(response):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE surveys_response SET stance = %s WHERE id = %s",
                       [Stance.RESERVATIONS, response.pk])


def in_favour_shown(page, report) -> str:
    """The headline figure of the Governments in favour, as the page's HTML shows it."""
    href = re.escape(html.escape(links.stance_url(report, Stance.IN_FAVOUR)))
    return re.search(rf'<a href="{href}"><span class="figure-value">(\d+)</span>',
                     page.text).group(1)


@pytest.mark.parametrize("change", [by_save, by_update, by_raw_sql])
def test_a_change_to_one_reply_shows_at_once_on_every_cached_page(viewer_client, change):
    report = the_2001_report()
    pages = {name: PAGES[name]() for name in ("summary", "reconciliation", "dashboard", "report",
                                               "api summary")}
    before = {name: viewer_client.get(url) for name, url in pages.items()}
    assert f"{IN_FAVOUR} were generally in favour" in before["summary"].text
    change(in_favour_latest(report))
    after = {name: viewer_client.get(url) for name, url in pages.items()}
    assert f"{IN_FAVOUR - 1} were generally in favour" in after["summary"].text
    assert f"{IN_FAVOUR - 1} were generally in favour" not in before["summary"].text
    assert after["reconciliation"].context["matches"] < before["reconciliation"].context["matches"]
    for name in ("dashboard", "report"):  # what the cached HTML shows, not its context
        assert in_favour_shown(before[name], report) == str(IN_FAVOUR), name
        assert in_favour_shown(after[name], report) == str(IN_FAVOUR - 1), name
    assert after["api summary"].json()["stances"]["in_favour"] == IN_FAVOUR - 1


def test_the_pdf_is_drawn_again_after_a_change(viewer_client, computations):
    url = PAGES["pdf"]()
    viewer_client.get(url)
    by_update(in_favour_latest(the_2001_report()))
    assert viewer_client.get(url).status_code == 200
    assert len(computations) == 2


def test_after_a_change_a_worker_computes_the_figures_and_no_reader_pays(
        viewer_client, computations):
    """While a worker computes the figures of a change, readers are shown the previous ones,
    marked with their time; once it is done, the three heaviest pages come from the cache and
    show the change. The worker computes every report's summaries once a language."""
    from core import figures

    report = the_2001_report()
    pages = {name: PAGES[name]() for name in ("dashboard", "summary", "reconciliation")}
    figures.refresh()  # a worker's first look: every report's summaries, in both languages
    assert len(computations) == 2
    for url in pages.values():
        viewer_client.get(url)
    assert len(computations) == 2  # drawn from what the worker computed
    by_save(in_favour_latest(report))
    assert figures.watch()  # the worker sees the change and queues its figures
    meanwhile = viewer_client.get(pages["dashboard"])
    assert "Figures as of" in meanwhile.text
    assert in_favour_shown(meanwhile, report) == str(IN_FAVOUR)  # the previous, marked so
    assert len(computations) == 2  # the previous figures, not computed again
    figures.refresh()  # the queued task, as the worker runs it
    assert len(computations) == 4  # every report's summaries in English and in French
    after = {name: viewer_client.get(url) for name, url in pages.items()}
    assert len(computations) == 4, "a reader computed what the worker had computed"
    assert not any("Figures as of" in page.text for page in after.values())
    assert in_favour_shown(after["dashboard"], report) == str(IN_FAVOUR - 1)
    assert f"{IN_FAVOUR - 1} were generally in favour" in after["summary"].text


def test_a_worker_counts_once_for_both_languages_and_never_reads_back_what_it_stored(
        monkeypatch):
    """The refresh after a change counts the reports once (the counts are in no language),
    puts them in words in each, reads the published figures once, and draws the heaviest
    pages from what it holds: no summary it stored is read back from the cache (at 100x the
    demo data each read unpickled 0.3 s of records) and no page counts again."""
    from django.core.cache import cache

    from core import figures
    from surveys.summary import reconciliation

    calls = {"count_reports": 0, "published_figures": 0, "summaries read back": 0}

    def counting(module, name):
        original = getattr(module, name)

        def counted(*args, **kwargs):
            calls[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)

    counting(counts, "count_reports")
    counting(reconciliation, "published_figures")
    get_many = cache.get_many

    def watched_get_many(keys, *args, **kwargs):
        found = get_many(keys, *args, **kwargs)
        calls["summaries read back"] += sum(":summaries" in key for key in found)
        return found

    monkeypatch.setattr(cache, "get_many", watched_get_many)
    assert figures.refresh().startswith("version")
    assert calls == {"count_reports": 1, "published_figures": 1, "summaries read back": 0}
