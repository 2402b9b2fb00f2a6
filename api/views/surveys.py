"""The survey records, each list filtered and sorted as its page, and a report's summary."""
from django.db.models import Exists, Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response as APIResponse

from api import filters as api_filters
from api.serializers import surveys as serializers
from api.serializers.summary import SummarySerializer, summary_answer
from api.views.base import ISO3, SLUG, RecordViewSet
from core.dataversion import cached
from surveys import filters, tables
from surveys.models import (
    Code,
    Government,
    Letter,
    PolicyView,
    PublishedFigure,
    Report,
    Response,
    Topic,
)
from surveys.summary.background import summary_of
from surveys.summary.reconciliation import reconciliation_of

CODES = Prefetch("codes", queryset=Code.objects.select_related("topic").order_by(
    "topic__order", "order"))
# Choosing Governments by their replies rests on the replies, even when the rows chosen
# (the non-respondents) have none.
BY_REPLIES = ("report", "replied", "latest_stance", "new")


class GovernmentViewSet(RecordViewSet):
    """Member State seats, with their membership dates and groups and their replies.

    The filters are the Governments page's: with `report`, the rows are whom the report is
    about and `letters_answered`, `replied` and `latest_stance` count the replies it counts;
    `report=A-56-167&replied=no` lists its non-respondents.
    """

    queryset = Government.objects.all()
    serializer_class = serializers.GovernmentSerializer
    filterset_class = filters.GovernmentFilter
    table_class = tables.GovernmentTable
    lookup_field = "iso3"
    lookup_value_regex = ISO3

    # Whether the replies counted include an illustrative one: then every row without a
    # counted reply rests on them too (they decide that it did not reply), as in the export.
    counting_is_illustrative = False

    def annotate_rows(self, rows):
        report = self.filterset.counting_report
        # Asked once a request, whatever the rows, as the page asks it
        # (surveys.views.RestsOnCountedReplies); the rows' flags read it.
        self.counting_is_illustrative = Response.objects.counted_by(report).includes_illustrative()
        return rows.with_counted_replies(report)

    def is_illustrative(self, record) -> bool:
        return serializers.government_is_illustrative(record, self)

    def rests_on_illustrative(self, records) -> bool:
        if super().rests_on_illustrative(records):
            return True
        chosen = self.filterset.form.cleaned_data
        return any(chosen.get(name) for name in BY_REPLIES) and self.counting_is_illustrative


class LetterViewSet(RecordViewSet):
    """The Secretary-General's letters, with their recipients and replies (the Letters page)."""

    queryset = Letter.objects.all()
    serializer_class = serializers.LetterSerializer
    filterset_class = filters.LetterFilter
    table_class = tables.LetterTable
    lookup_field = "number"

    def annotate_rows(self, rows):
        return rows.with_reply_counts()

    def is_illustrative(self, record) -> bool:
        return record.illustrative_replies > 0


class ResponseViewSet(RecordViewSet):
    """Governments' replies, with their stance and coded views (the Responses page).

    With `report`, each Government's latest reply that the report counts.
    """

    queryset = Response.objects.select_related("government", "letter").prefetch_related(CODES)
    serializer_class = serializers.ResponseSerializer
    filterset_class = filters.ResponseFilter
    table_class = tables.ResponseTable


class ReportViewSet(RecordViewSet):
    """The reports that summarised the replies, with how many Governments each counted."""

    queryset = (
        Report.objects.with_respondent_counts()
        .annotate(is_illustrative=Exists(
            Response.objects.counted_by_outer_report().filter(is_illustrative=True)
        ))
        .select_related("mandate").prefetch_related("letters").order_by("issued_on")
    )
    serializer_class = serializers.ReportSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG

    @extend_schema(responses=SummarySerializer, parameters=[])
    @action(detail=True, url_path="summary", filter_backends=[], pagination_class=None)
    def summary(self, request, slug=None):
        """The report's figures computed from the records, as on its summary page.

        The keys are those of `manage.py summary --format json`, with `reconciliation` (how
        many published figures match) and `is_illustrative`.
        """
        report = get_object_or_404(Report, slug=slug)
        # the answer itself is cached (plain data, quick to read back), in the reader's language
        return APIResponse(cached(
            lambda: summary_answer(reconciliation_of(summary_of(report))),
            "api-summary", report.pk))


class PolicyViewViewSet(RecordViewSet):
    """Governments' policies on immigration and emigration, by year (paras 3-4)."""

    queryset = PolicyView.objects.select_related("government")
    serializer_class = serializers.PolicyViewSerializer
    filterset_class = api_filters.PolicyViewFilter


class PublishedFigureViewSet(RecordViewSet):
    """The figures the reports publish, each with its paragraph and sentence."""

    queryset = PublishedFigure.objects.select_related("report", "stated_in", "letter", "topic")
    serializer_class = serializers.PublishedFigureSerializer
    filterset_class = api_filters.PublishedFigureFilter


class CodebookViewSet(RecordViewSet):
    """The codebook of paras 10-16: each topic with its coded views."""

    queryset = Topic.objects.prefetch_related(
        Prefetch("codes", queryset=Code.objects.select_related("topic").order_by("order"))
    )
    serializer_class = serializers.TopicSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
