"""Every report's summaries, computed once per data version and language, by a worker after a
change (core.figures) or, without one, by the first reader, never by two at once.

Why every report's at once: the reconciliation of all reports needs them all, and the summary
of a report counts those before it, so the latest report's summary needs them all too;
``report_summaries`` counts any number of reports in the same dozen queries, grouped by
report, and a report's figures do not depend on which others are counted with it. So one
entry of the shared cache holds them all, and the dashboard, the report page, the summary
page, its PDF, the reconciliations and the API read their reports' from it: after a change
the figures are computed once, not once a page.

A Summary holds words in the reader's language (the stances' labels), so each language has
its entry. The worker computes both, then draws the three heaviest pages (the dashboard, the
latest report's summary and the reconciliation of all reports) in both, so that their first
reader after a change reads them from the cache (``refresh``).
"""
from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import translation

from core import figures
from core.dataversion import cache_key, data_version
from surveys.models import Report
from surveys.summary import counts
from surveys.summary.counts import Summary


def every_summary(version: int | None = None, reports=None,
                  counted: counts.Counted | None = None) -> dict[int, Summary]:
    """Each report's Summary by its pk, at data version ``version`` (the current one by
    default), in the reader's language; ``reports``, every report, when already read, and
    ``counted``, their counts, when already counted (in another language)."""

    def compute() -> dict[int, Summary]:
        every = reports if reports is not None else Report.objects.all()
        return {s.report.pk: s for s in counts.report_summaries(every, counted)}

    return figures.computed_once(cache_key("summaries", version=version), compute)


def summaries_of(reports, *, version: int | None = None) -> list[Summary]:
    """The summaries of ``reports``, in their order, from ``every_summary`` when it is in
    the cache or when they are every report; else (a reader without a worker, a page of a
    few reports: the dashboard, a report's page) only theirs, computed once under a lock
    too, so that such a page does not pay for every report's (at 100x, 400 reports: 3.3 s
    against 0.5 s for the dashboard's one). Either way the same queries: one look for both
    entries, and on a miss the reports read and one computation. A report the entry does
    not hold (recorded after the version it shows) is counted here."""
    reports = list(reports)
    version = data_version() if version is None else version
    every_key = cache_key("summaries", version=version)
    pks = sorted(report.pk for report in reports)
    some_key = cache_key("summaries-of", hashlib.sha256(str(pks).encode()).hexdigest()[:16],
                         version=version)
    found = figures.get_many([every_key, some_key])
    every = found.get(every_key) or found.get(some_key)
    if every is None:
        everyone = list(Report.objects.all())
        if figures.is_refreshing() or len(reports) >= len(everyone):
            every = every_summary(version, everyone)
        else:
            every = figures.computed_once(some_key, lambda: {
                s.report.pk: s for s in counts.report_summaries(reports)})
    missing = [report for report in reports if report.pk not in every]
    if missing:
        every = {**every, **{s.report.pk: s for s in counts.report_summaries(missing)}}
    return [every[report.pk] for report in reports]


def summary_of(report: Report, *, version: int | None = None) -> Summary:
    """The summary of one report (``summaries_of``)."""
    return summaries_of([report], version=version)[0]


def heaviest_pages() -> list[str]:
    """The addresses whose first reader after a change would otherwise wait longest."""
    pages = [reverse("surveys:home"), reverse("surveys:reconciliation")]
    latest = Report.objects.order_by("-issued_on").first()
    if latest is not None:
        pages.append(reverse("surveys:summary_detail", args=[latest.slug]))
    return pages


def draw(path: str) -> None:
    """Draw a page as a reader would, so that its cached parts are stored: they are the same
    for every reader (the pages' templates vary them on the version, language and record)."""
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    match = resolve(request.path_info)
    response = match.func(request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()


def refresh(version: int) -> None:
    """What a worker computes after a change (registered with core.figures): every report's
    summaries in each language, counted once, then the heaviest pages drawn from them."""
    reports = list(Report.objects.all())
    counted = counts.count_reports(reports)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            every_summary(version, reports, counted)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for path in heaviest_pages():
                draw(path)
