"""The printable summary of each report: the page, its PDF and the reconciliation.

Every figure comes from ``surveys.summary.figures.report_summaries``, and the page, the print
and the PDF render the same template (``surveys/summary_document.html``) from the same
Summary. The rendered document, the PDF and the reconciliation are kept in the shared cache
under the data version (``core.dataversion.cached``): a repeat request reads one version and
one cache entry, and any change to a record they read shows at once.
"""
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from core import pdf
from core.dataversion import cached
from core.fragments import rendered
from core.printing import print_stamp
from core.views import whole_number
from surveys.dashboard import figures_context
from surveys.models import Report
from surveys.summary.figures import cached_summary, report_summaries
from surveys.summary.paragraphs import paragraphs

FIRST_PARAGRAPH, LAST_PARAGRAPH = 3, 17  # section II of A/56/167


def in_section(check) -> bool:
    return FIRST_PARAGRAPH <= check.figure.paragraph <= LAST_PARAGRAPH


def reconciliation_counts(checks) -> dict:
    """How many statements match, differ (or cannot be computed) and are quoted."""
    return {"matches": sum(c.matches for c in checks), "checked": len(checks),
            "quoted": sum(c.is_quoted for c in checks),
            "problems": sum(c.is_problem for c in checks)}


def document_context(report: Report) -> dict:
    """What the summary page and its PDF show: the Summary, its paragraphs, tables, charts."""
    # The report's summary and those of the reports before it (paras 6-8), counted together.
    earlier = Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")
    *earlier_summaries, summary = report_summaries([*earlier, report])
    checks = [c for c in summary.figures if in_section(c)]
    regenerated = paragraphs(summary, earlier=earlier_summaries)
    return {
        **figures_context(summary),
        "paragraphs": regenerated,
        "notes": sorted({note for p in regenerated for note in p.notes}),
        "quotations_translated": any(p.originals for p in regenerated),
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


def summary_page_parts(report: Report) -> dict:
    """What the summary page shows besides its frame: the rendered document and its counts
    (plain text and numbers, which the cache hands back quickly; no records)."""
    context = document_context(report)
    return {"document": rendered("surveys/summary_document.html", context),
            **{key: context[key] for key in ("matches", "checked", "quoted", "problems",
                                             "is_illustrative")}}


class SummaryDetailView(TemplateView):
    """Section II regenerated from the records, with its tables and charts."""

    template_name = "surveys/summary_detail.html"

    def get_context_data(self, **kwargs):
        report = get_object_or_404(Report, slug=self.kwargs["slug"])
        parts = cached(lambda: summary_page_parts(report), "summary-page", report.pk)
        return {**super().get_context_data(**kwargs), "report": report, **parts,
                "pdf_languages": other_languages(),
                # the figures the document was drawn from, read only by who asks for them
                "summary": SimpleLazyObject(lambda: cached_summary(report))}


def summary_pdf_bytes(report: Report, request, stamp) -> bytes:
    html = render_to_string(
        "surveys/summary_pdf.html",
        {**document_context(report), "for_pdf": True, "print_stamp": stamp}, request)
    return pdf.render_pdf(html, base_url=request.build_absolute_uri("/"))


def summary_pdf(request, slug):
    """The summary page as an A4 PDF attachment, e.g. summary-A-56-167.pdf.

    Every page carries the print stamp (printed on <minute> by <user>), so a cached PDF is
    one reader's for one minute; the data version still renews it when a record changes.
    The PDF is in the reader's language, or in the one ``?language=`` names (en, fr); the
    cache key carries it."""
    report = get_object_or_404(Report, slug=slug)
    language = requested_language(request)
    with translation.override(language):
        stamp = print_stamp(request)["print_stamp"]
        document = cached(lambda: summary_pdf_bytes(report, request, stamp), "summary-pdf",
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
        if slug:
            report = get_object_or_404(Report, slug=slug)
            parts = cached(lambda: reconciliation_parts([report]), "reconciliation", report.pk)
        else:
            # past the last page shows the last, as Django's Paginator.get_page does
            report, number = None, whole_number(self.request.GET.get("page"), 1, 10_000)
            parts = cached(lambda: reconciliation_page_parts(self.request, number),
                           "reconciliation", "all", number)
        return super().get_context_data(report=report, **parts, **kwargs)


def reconciliation_parts(reports, *, shown=None, after: str = "") -> dict:
    """The reconciliation of ``reports``: its counts, and the rendered tables of the reports
    ``shown`` (all of them by default), followed by the HTML ``after`` (page links)."""
    # reconcile() is report_summary().figures; the summary also says if it is illustrative
    summaries = report_summaries(reports)
    groups = [(s.report, [c for c in s.figures if in_section(c)]) for s in summaries]
    checks = [check for _report, group in groups for check in group]
    if shown is not None:
        groups = [(report, group) for report, group in groups if report in shown]
    return {
        "tables": rendered("surveys/reconciliation_tables.html", {"groups": groups}) + after,
        **reconciliation_counts(checks),
        "is_illustrative": any(s.is_illustrative for s in summaries),
    }


def reconciliation_page_parts(request, number: int) -> dict:
    """One page of the reconciliation of all reports: its reports' tables and the page
    links, with the counts and the illustrative flag of every report."""
    reports = Report.objects.order_by("issued_on", "pk")
    paginator = Paginator(reports, ReconciliationView.REPORTS_A_PAGE)
    page = paginator.get_page(number)
    links = rendered("includes/page_links.html", {
        "page_obj": page, "paginator": paginator,
        "elided_pages": list(paginator.get_elided_page_range(page.number))}, request)
    return reconciliation_parts(reports, shown=set(page.object_list), after=links)
