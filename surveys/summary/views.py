"""The printable summary of each report: the page, its PDF and the reconciliation.

Every figure comes from ``surveys.summary.background.summaries_of`` (the counts of
``surveys.summary.counts``, computed once per data version), and the page, the print and the
PDF render the same template (``surveys/summary_document.html``) from the same
Summary. The pages keep their rendered content in the shared cache ({% cache %} in their
templates, varied on the data version, the language and the report) and the PDF its bytes
(``core.dataversion.cached``): a repeat request reads one version and one cache entry, and
any change to a record they read shows at once. A page's context is lazy
(``core.dataversion.lazy_context``): only a miss computes the summary.
"""
from functools import partial

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from core import pdf
from core.dataversion import cached, fragment_context, lazy_context
from core.printing import print_stamp
from core.views import whole_number
from surveys.drafts.composition import compose, has_notes
from surveys.models import Report
from surveys.notices import illustrative_kinds, running_notice
from surveys.summary.background import summaries_of
from surveys.summary.reconciliation import reconciliations, shows_policy_views
from surveys.tiles import tiles_context

FIRST_PARAGRAPH, LAST_PARAGRAPH = 3, 17  # section II of A/56/167


def in_section(check) -> bool:
    return FIRST_PARAGRAPH <= check.figure.paragraph <= LAST_PARAGRAPH


def paragraph_list(numbers) -> str:
    """Paragraph numbers as a footer names them: runs joined, "3–17" or "3–4, 6 and 9"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = [f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs]
    return str(get_text_list(spans, _("and")))


def reconciliation_counts(checks) -> dict:
    """How many statements match, differ (or cannot be computed) and are quoted."""
    return {"matches": sum(c.matches for c in checks), "checked": len(checks),
            "quoted": sum(c.is_quoted for c in checks),
            "problems": sum(c.is_problem for c in checks)}


def report_and_earlier(slug: str) -> tuple[Report, list[Report]]:
    """The report ``slug`` names (404 without one) and the reports issued before it, oldest
    first: its summary counts them together (paras 6-8). The earlier reports are read when
    first used: a page or PDF served from the cache draws nothing from them."""
    report = Report.objects.filter(slug=slug).first()
    if report is None:
        raise Http404("No report has this address.")
    return report, SimpleLazyObject(lambda: list(
        Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")))


def document_context(report: Report, earlier: list[Report], version: int | None = None) -> dict:
    """What the summary page and its PDF show: the Summary, its paragraphs, tables, charts.
    The report's summary and those of the ``earlier`` reports, of data version ``version``
    (the current one by default: surveys.summary.background)."""
    *earlier_reconciled, reconciled = reconciliations(
        summaries_of([*earlier, report], version=version))
    summary = reconciled.summary
    checks = [c for c in reconciled.checks if in_section(c)]
    regenerated = compose(reconciled, earlier=earlier_reconciled)
    return {
        **tiles_context(summary),
        "illustrative_kinds": summary.illustrative_kinds,  # paras 3-4 rest on policy views
        "running_notice": running_notice(summary.illustrative_kinds),
        "paragraphs": regenerated,
        # The footer names the paragraphs of A/56/167 the summary regenerates, not all of them.
        "source_paragraphs": paragraph_list(p.source_paragraph for p in regenerated),
        "notes": sorted({note for p in regenerated for note in p.notes}),
        "quotations_translated": any(p.originals for p in regenerated),
        "drafters_notes": has_notes(regenerated),
        "topics": [t for t in summary.topics if t.group_size],
        "rate_tables": [
            (summary.by_region, _("Response rate by region"), "region"),
            (summary.by_development_group, _("Response rate by development group"), "group"),
        ],
        **reconciliation_counts(checks), "created": timezone.now(),
    }


def pdf_filename(report: Report, language: str = "") -> str:
    """'summary-A-56-167.pdf'; in another language than English, 'summary-A-56-167-fr.pdf'."""
    suffix = "" if not language or language.startswith("en") else f"-{language}"
    return f"summary-{report.slug}{suffix}.pdf"


def requested_language(request) -> str:
    """The language a ``?language=`` asks for, if it is one of ``LANGUAGES``; else the
    reader's (an unknown value is ignored)."""
    asked = request.GET.get("language", "")
    if asked in dict(settings.LANGUAGES):
        return asked
    return translation.get_language() or settings.LANGUAGE_CODE


def other_languages() -> list[str]:
    """The code of each language but the reader's, for the links to the PDF in it."""
    current = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return [code for code, _name in settings.LANGUAGES if code.split("-")[0] != current]


# What the summary page's document is drawn from (document_context), for its template and
# who else reads it.
DOCUMENT_DRAWN_FROM = ("summary", "is_illustrative", "illustrative_kinds",
                       "running_notice", "tiles",
                       "region_chart", "group_chart", "paragraphs", "source_paragraphs",
                       "notes", "quotations_translated", "drafters_notes", "topics",
                       "rate_tables", "matches", "checked", "quoted", "problems", "created")


class SummaryDetailView(TemplateView):
    """Section II regenerated from the records, with its tables and charts."""

    template_name = "surveys/summary_detail.html"

    def get_context_data(self, **kwargs):
        report, earlier = report_and_earlier(self.kwargs["slug"])
        fragment = fragment_context()
        drawn = partial(document_context, report, earlier, fragment["figures_version"])
        return {**super().get_context_data(**kwargs), **fragment, "report": report,
                "pdf_languages": other_languages(), **lazy_context(drawn, DOCUMENT_DRAWN_FROM)}


def summary_pdf_bytes(report: Report, earlier: list[Report], request, stamp) -> bytes:
    html = render_to_string(
        "surveys/summary_pdf.html",
        {**document_context(report, earlier), "for_pdf": True, "print_stamp": stamp}, request)
    return pdf.render_pdf(html, base_url=request.build_absolute_uri("/"))


def summary_pdf(request, slug):
    """The summary page as an A4 PDF attachment, e.g. summary-A-56-167.pdf.

    Every page carries the print stamp (printed on <minute> by <user>), so a cached PDF is
    one reader's for one minute; the data version still renews it when a record changes.
    The PDF is in the reader's language, or in the one ``?language=`` names (en, fr); the
    cache key carries it."""
    report, earlier = report_and_earlier(slug)
    language = requested_language(request)
    with translation.override(language):
        stamp = print_stamp(request)["print_stamp"]
        document = cached(lambda: summary_pdf_bytes(report, earlier, request, stamp), "summary-pdf",
                          report.pk, stamp.printed_by, stamp.printed_at.strftime("%Y%m%d%H%M"))
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{pdf_filename(report, language)}"')
    response["Content-Language"] = language
    return response


class ReconciliationView(TemplateView):
    """Every published figure of paras 3-17 beside the computed one: `manage.py reconcile`.

    Of one report, or of all of them: then the counts are over every report and the tables a
    page of ``REPORTS_A_PAGE`` reports at a time (``?page=``), so that the page does not grow
    with the reports; the reports in the command's order, the earliest first."""

    template_name = "surveys/reconciliation.html"
    REPORTS_A_PAGE = 5

    def get_context_data(self, **kwargs):
        slug = self.kwargs.get("slug")
        fragment = fragment_context()
        version = fragment["figures_version"]
        if slug:
            report, number = get_object_or_404(Report, slug=slug), None
            drawn = partial(reconciliation_context, [report], version=version)
        else:
            # past the last page shows the last, as Django's Paginator.get_page does
            report, number = None, whole_number(self.request.GET.get("page"), 1, 10_000)
            drawn = partial(reconciliation_page_context, number, version=version)
        return super().get_context_data(report=report, page_number=number, **fragment,
                                        **lazy_context(drawn, RECONCILIATION_DRAWN_FROM),
                                        **kwargs)


# What the reconciliation page is drawn from, for its template and who else reads it.
RECONCILIATION_DRAWN_FROM = ("groups", "matches", "checked", "quoted", "problems",
                             "is_illustrative", "illustrative_kinds", "page_obj", "paginator",
                             "elided_pages")


def reconciliation_context(reports, *, shown=None, version: int | None = None) -> dict:
    """The reconciliation of ``reports`` at data version ``version``: its counts, and the
    tables of the reports ``shown`` (all of them by default)."""
    summaries = summaries_of(reports, version=version)
    groups = [(r.summary.report, [c for c in r.checks if in_section(c)])
              for r in reconciliations(summaries)]
    checks = [check for _report, group in groups for check in group]
    if shown is not None:
        groups = [(report, group) for report, group in groups if report in shown]
    kinds = illustrative_kinds(
        replies=any(s.is_illustrative for s in summaries),
        policy_views=shows_policy_views(checks) and any(
            s.policy_views_are_illustrative for s in summaries))
    return {
        "groups": groups, **reconciliation_counts(checks),
        "is_illustrative": bool(kinds), "illustrative_kinds": kinds,
        "page_obj": None, "paginator": None, "elided_pages": None,
    }


def reconciliation_page_context(number: int, *, version: int | None = None) -> dict:
    """One page of the reconciliation of all reports: its reports' tables and the page
    links, with the counts and the illustrative flag of every report."""
    reports = Report.objects.order_by("issued_on", "pk")
    paginator = Paginator(reports, ReconciliationView.REPORTS_A_PAGE)
    page = paginator.get_page(number)
    return {**reconciliation_context(reports, shown=set(page.object_list), version=version),
            "page_obj": page, "paginator": paginator,
            "elided_pages": list(paginator.get_elided_page_range(page.number))}
