"""The pages: the dashboard, a table and a detail page for each noun, and the reports.

Every page requires sign-in (LoginRequiredMiddleware). Tables share one FilterSet and one
Table with their CSV and XLSX exports, which hold all the filtered rows, not one page.
"""
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin

from surveys import annotations, filters, pages, reports, tables
from surveys.models import Code, Government, Letter, Report, Response


def report_by_slug(slug: str) -> Report:
    for report in Report.objects.all():
        if report.slug == slug:
            return report
    raise Http404(_("No report has the symbol %(slug)s.") % {"slug": slug})


class TablePage(ExportMixin, SingleTableMixin, FilterView):
    """A filtered, sorted, paginated table with CSV and XLSX exports of all its rows."""

    template_name = "surveys/table_page.html"
    export_formats = ("csv", "xlsx")
    table_pagination = {"per_page": 25}
    title = ""
    intro = ""
    illustrative_field = "is_illustrative"

    def get_export_filename(self, export_format):
        return f"{self.export_name}-{timezone.localdate().isoformat()}.{export_format}"

    def rows_are_illustrative(self) -> bool:
        return self.object_list.filter(**{f"{self.illustrative_field}__gt": 0}).exists()

    def get_title(self) -> str:
        return self.title

    def get_table(self, **kwargs):
        table = super().get_table(**kwargs)
        table.caption = self.get_title()  # render_table passes the table alone to its template
        return table

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            title=self.get_title(), intro=self.intro, export_formats=self.export_formats,
            is_illustrative=self.rows_are_illustrative(), **kwargs,
        )


class GovernmentListView(TablePage):
    queryset = Government.objects.all()
    filterset_class = filters.GovernmentFilter
    table_class = tables.GovernmentTable
    export_name = "governments"
    title = _("Governments")
    intro = _("Choose a report to count the replies it counted; otherwise every reply counts.")
    illustrative_field = "illustrative_replies"


class ResponseListView(TablePage):
    queryset = Response.objects.select_related("government", "letter").prefetch_related(
        Prefetch("codes", queryset=Code.objects.order_by("topic__order", "order"))
    )
    filterset_class = filters.ResponseFilter
    table_class = tables.ResponseTable
    export_name = "responses"
    title = _("Responses")

    def rows_are_illustrative(self) -> bool:
        return self.object_list.filter(is_illustrative=True).exists()


class LetterListView(TablePage):
    queryset = annotations.with_reply_counts(Letter.objects.all())
    filterset_class = filters.LetterFilter
    table_class = tables.LetterTable
    export_name = "letters"
    title = _("Letters")
    illustrative_field = "illustrative_replies"


class NonRespondentListView(TablePage):
    """The follow-up list: Members at the report's denominator date that never replied."""

    filterset_class = filters.GovernmentFilterBase
    table_class = tables.NonRespondentTable
    template_name = "surveys/non_respondents.html"

    def get_queryset(self):
        self.report = report_by_slug(self.kwargs["slug"])
        return reports.non_respondents(report=self.report)

    def get_export_filename(self, export_format):
        self.export_name = f"non-respondents-{self.report.slug}"
        return super().get_export_filename(export_format)

    def rows_are_illustrative(self) -> bool:
        # Who never replied rests on who replied, which the illustrative responses decide.
        return reports.counted_responses(report=self.report).filter(is_illustrative=True).exists()

    def get_title(self) -> str:
        return _("Never replied by %(symbol)s") % {"symbol": self.report.symbol}

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=self.report, **kwargs)


class HomeView(TemplateView):
    template_name = "surveys/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**pages.dashboard(), **kwargs)


class ReportListView(ListView):
    template_name = "surveys/report_list.html"

    def get_queryset(self):
        return reports.respondents_over_reports()


class ReportDetailView(TemplateView):
    template_name = "surveys/report_detail.html"

    def get_context_data(self, **kwargs):
        report = report_by_slug(self.kwargs["slug"])
        return super().get_context_data(**pages.report_page(report), **kwargs)


class GovernmentDetailView(DetailView):
    model = Government
    slug_field = slug_url_kwarg = "iso3"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**pages.government_page(self.object), **kwargs)


class LetterDetailView(DetailView):
    queryset = Letter.objects.select_related("mandate")
    slug_field = slug_url_kwarg = "number"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**pages.letter_page(self.object), **kwargs)


class ResponseDetailView(DetailView):
    queryset = Response.objects.select_related("government", "letter").prefetch_related(
        Prefetch("codes", queryset=Code.objects.select_related("topic"))
    )
