"""The inventory of sections III and IV; activities are filtered and sorted as their page."""
from api import filters as api_filters
from api.serializers import organizations as serializers
from api.views.base import SLUG, RecordViewSet
from organizations.filters import ActivityFilter
from organizations.models import Instrument, Lesson, Organization
from organizations.tables import ActivityTable
from organizations.views import timeline


class OrganizationViewSet(RecordViewSet):
    """The bodies, agencies and organizations of section III, under headings A to E."""

    queryset = Organization.objects.with_counts().select_related("parent")
    serializer_class = serializers.OrganizationSerializer
    filterset_class = api_filters.OrganizationFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG


class ActivityViewSet(RecordViewSet):
    """What the organizations did, with the dates as the report words them (the Activities
    page)."""

    queryset = timeline()
    serializer_class = serializers.ActivitySerializer
    filterset_class = ActivityFilter
    table_class = ActivityTable


class LessonViewSet(RecordViewSet):
    """The lessons the organizations drew (section IV), by theme."""

    queryset = Lesson.objects.select_related("organization")
    serializer_class = serializers.LessonSerializer
    filterset_class = api_filters.LessonFilter


class InstrumentViewSet(RecordViewSet):
    """The international instruments the organizations promote, with their status by date."""

    queryset = Instrument.objects.with_latest_status().select_related("organization")
    serializer_class = serializers.InstrumentSerializer
    filterset_class = api_filters.InstrumentFilter
