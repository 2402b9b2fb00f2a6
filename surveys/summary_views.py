"""The printable summary of each report: the list, the page, its PDF and the reconciliation.

Every figure comes from ``surveys.reports.report_summary`` as the page is asked for (nothing
is cached, so an edited response shows at once), and the page, the print and the PDF render
the same template (``surveys/summary_document.html``) from the same Summary object.
"""
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from surveys import pages, pdf, prose
from surveys.models import Report
from surveys.reports import report_summary, respondents_over_reports

FIRST_PARAGRAPH, LAST_PARAGRAPH = 3, 17  # section II of A/56/167


def report_for(slug: str) -> Report:
    """The report of a slug ('A-56-167'): the symbol with '/' replaced by '-'."""
    return get_object_or_404(Report, symbol=slug.replace("-", "/"))


def summary_context(report: Report) -> dict:
    """What the page and the PDF show: the Summary, its paragraphs, tables and charts."""
    earlier = [report_summary(report=r)
               for r in Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")]
    summary = report_summary(report=report)
    checks = [c for c in summary.figures if in_section(c)]
    return {
        **pages.summary_context(summary),
        "paragraphs": prose.paragraphs(summary, earlier=earlier),
        "topics": [t for t in summary.topics if t.group_size],
        "rate_tables": [
            (summary.by_region, _("Response rate by region"), "region"),
            (summary.by_development_group, _("Response rate by development group"), "group"),
        ],
        "matches": sum(c.matches for c in checks), "checked": len(checks),
        "created": timezone.now(),
    }


def in_section(check) -> bool:
    return FIRST_PARAGRAPH <= check.figure.paragraph <= LAST_PARAGRAPH


class SummaryListView(TemplateView):
    """Each report, with how many Governments it counts, linking to its summary."""

    template_name = "surveys/summary_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=respondents_over_reports(), **kwargs)


class SummaryDetailView(TemplateView):
    """Section II regenerated from the records, with its tables and charts."""

    template_name = "surveys/summary_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {**context, **summary_context(report_for(self.kwargs["slug"]))}


def summary_pdf(request, slug):
    """The summary page as an A4 PDF attachment, e.g. summary-A-56-167.pdf."""
    report = report_for(slug)
    html = render_to_string(
        "surveys/summary_pdf.html", {**summary_context(report), "for_pdf": True}, request
    )
    document = pdf.render_pdf(html, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.pdf_filename(report)}"'
    return response


class ReconciliationView(TemplateView):
    """Every published figure of paras 3-17 beside the computed one: `manage.py reconcile`."""

    template_name = "surveys/reconciliation.html"

    def get_context_data(self, **kwargs):
        slug = self.kwargs.get("slug")
        chosen = [report_for(slug)] if slug else Report.objects.order_by("issued_on")
        # reconcile() is report_summary().figures; the summary also says if it is illustrative
        summaries = [report_summary(report=report) for report in chosen]
        groups = [(s.report, [c for c in s.figures if in_section(c)]) for s in summaries]
        checks = [check for _report, group in groups for check in group]
        return super().get_context_data(
            groups=groups, report=summaries[0].report if slug else None,
            matches=sum(c.matches for c in checks), checked=len(checks),
            is_illustrative=any(s.is_illustrative for s in summaries), **kwargs,
        )
