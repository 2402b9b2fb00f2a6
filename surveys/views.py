"""The pages: the dashboard, a table and a detail page for each noun, and the reports.

Every page requires sign-in (LoginRequiredMiddleware). Tables share one FilterSet and one
Table with their CSV and XLSX exports, which hold all the filtered rows, not one page.
"""
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from core.autocomplete import ChoicesView
from core.i18n import reader_order
from core.views import PagedList, TablePage
from surveys import dashboard, details, filters, tables
from surveys.models import Code, Government, Letter, Report, Response
from surveys.notices import illustrative_kinds
from surveys.summary.views import other_languages


class RestsOnCountedReplies:
    """For a table of Governments whose rows (who replied, and so who did not) rest on the
    replies a report counts: the rows are illustrative when those replies include an
    illustrative one, asked once a request; the table marks its rows so. The view names
    the report in ``counting_report()``."""

    def counting_report(self) -> Report | None:
        raise NotImplementedError

    def rows_are_illustrative(self) -> bool:
        if not hasattr(self, "_counting_is_illustrative"):
            self._counting_is_illustrative = Response.objects.counted_by(
                self.counting_report()).includes_illustrative()
        return self._counting_is_illustrative

    def get_table(self, **kwargs):
        table = super().get_table(**kwargs)
        table.counting_is_illustrative = self.rows_are_illustrative()
        return table


class GovernmentListView(RestsOnCountedReplies, TablePage):
    queryset = Government.objects.all()
    filterset_class = filters.GovernmentFilter
    table_class = tables.GovernmentTable
    cache_rendered_table = True
    export_name = "governments"
    title = _("Governments")
    intro = _("Choose a report to count the replies it counted; otherwise every reply counts.")
    illustrative_field = "illustrative_replies"

    def annotate_rows(self, rows):
        return rows.with_counted_replies(self.filterset.counting_report)

    def counting_report(self) -> Report | None:
        return self.filterset.counting_report


class ResponseListView(TablePage):
    queryset = Response.objects.select_related("government", "letter").prefetch_related(
        Prefetch("codes", queryset=Code.objects.order_by("topic__order", "order"))
    )
    filterset_class = filters.ResponseFilter
    table_class = tables.ResponseTable
    cache_rendered_table = True
    export_name = "responses"
    title = _("Responses")

    def rows_are_illustrative(self) -> bool:
        return self.object_list.includes_illustrative()


class LetterListView(TablePage):
    queryset = Letter.objects.all()
    filterset_class = filters.LetterFilter
    table_class = tables.LetterTable
    cache_rendered_table = True
    template_name = "surveys/letter_list.html"
    export_name = "letters"
    title = _("Letters")
    illustrative_field = "illustrative_replies"

    def annotate_rows(self, rows):
        return rows.with_reply_counts()


class NonRespondentListView(RestsOnCountedReplies, TablePage):
    """The follow-up list: Members at the report's denominator date that never replied."""

    filterset_class = filters.GovernmentFilterBase
    table_class = tables.NonRespondentTable
    cache_rendered_table = True
    template_name = "surveys/non_respondents.html"

    def get_queryset(self):
        self.report = get_object_or_404(Report, slug=self.kwargs["slug"])
        self.export_name = f"non-respondents-{self.report.slug}"
        return Government.objects.non_respondents_of(self.report)

    def counting_report(self) -> Report:
        return self.report

    def get_title(self) -> str:
        return _("Never replied by %(symbol)s") % {"symbol": self.report.symbol}

    def records_replies(self) -> bool:
        """Editors record replies from the list (only staff are asked: no query for Viewers)."""
        user = self.request.user
        return user.is_staff and user.has_perm("surveys.add_response")

    def get_table_kwargs(self):
        kwargs = super().get_table_kwargs()
        if not self.records_replies():
            kwargs["exclude"] = (*kwargs["exclude"], "record_reply")
        return kwargs

    def get_context_data(self, **kwargs):
        # A reply recorded from this list answers the report's latest letter.
        reply_letter = (self.report.letters.order_by("-sent_on").first()
                        if self.records_replies() else None)
        return super().get_context_data(report=self.report, reply_letter=reply_letter, **kwargs)


class HomeView(TemplateView):
    template_name = "surveys/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**dashboard.dashboard(), **kwargs)


class ReportListView(PagedList):
    """Each report with how many Governments it counted, its summary, PDF and follow-up list,
    a page of them at a time, oldest first."""

    template_name = "surveys/report_list.html"

    def get_queryset(self):
        return Report.objects.with_respondent_counts().order_by("issued_on", "pk")


class ReportDetailView(TemplateView):
    template_name = "surveys/report_detail.html"

    def get_context_data(self, **kwargs):
        report = get_object_or_404(Report, slug=self.kwargs["slug"])
        return super().get_context_data(**details.report_page(report),
                                        pdf_languages=other_languages(), **kwargs)


class GovernmentDetailView(DetailView):
    queryset = Government.objects.select_related("mission")
    slug_field = slug_url_kwarg = "iso3"

    def get_context_data(self, **kwargs):
        page = details.government_page(self.object)
        follow_up = details.follow_up_section(self.object, self.request.user)
        mission = bool(follow_up["mission"] and follow_up["mission"].is_illustrative)
        page["illustrative_kinds"] += illustrative_kinds(missions=mission)
        page["is_illustrative"] = bool(page["illustrative_kinds"])
        return super().get_context_data(**page, **follow_up, **kwargs)


class LetterDetailView(DetailView):
    queryset = Letter.objects.select_related("mandate")
    slug_field = slug_url_kwarg = "number"

    def get_context_data(self, **kwargs):
        from surveys.followup.status import round_status

        return super().get_context_data(**details.letter_page(self.object),
                                        status=round_status(self.object), **kwargs)


class ResponseDetailView(DetailView):
    queryset = Response.objects.select_related("government", "letter").prefetch_related(
        Prefetch("codes", queryset=Code.objects.select_related("topic"))
    )


class GovernmentChoicesView(ChoicesView):
    """Suggestions for the Government filter: names (English or French) and ISO codes."""

    queryset = Government.objects.order_by(reader_order())  # the reader's, as each query runs
    search_fields = ("name__icontains", "name_fr__icontains", "iso3__iexact")
    value_field = "iso3"

    def label(self, record) -> str:
        return f"{record.reader_name} ({record.iso3})"
