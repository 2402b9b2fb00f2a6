"""The activities export: the organizations taking part in each activity are read once an
export, whatever the number of rows and however many chunks they are read in, and named as
the table names them from each activity's own participations."""
import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core import exports
from organizations.models import Activity, Organization, Participation
from organizations.tables import ActivityTable, participations_by_activity
from organizations.views import timeline

pytestmark = pytest.mark.django_db

ACTIVITIES = reverse("organizations:activity_list")


@pytest.fixture
def small_chunks(monkeypatch):
    """Exports read a few activities at a time, so that the demo needs many chunks."""
    monkeypatch.setattr(exports, "CHUNK_ROWS", 7)


def export_queries(client, export_format: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        answer = client.get(ACTIVITIES, {"_export": export_format})
        if answer.streaming:
            b"".join(answer.streaming_content)  # a streamed export queries as it is read
    assert answer.status_code == 200
    return len(queries)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_runs_as_many_queries_whatever_its_rows_and_chunks(
        viewer_client, build_rows, small_chunks, export_format):
    export_queries(viewer_client, export_format)  # the first request may warm caches
    before = export_queries(viewer_client, export_format)
    build_rows(40)
    assert Activity.objects.count() > 10 * exports.CHUNK_ROWS
    assert export_queries(viewer_client, export_format) == before <= 5


def exported_rows(client, **headers) -> list[list[str]]:
    answer = client.get(ACTIVITIES, {"_export": "csv", "sort": "-when"}, **headers)
    return list(csv.reader(io.StringIO(b"".join(answer.streaming_content).decode("utf-8"))))


def rows_from_the_records(language: str) -> list[list[str]]:
    """The same export from the activities themselves, each with its own participations (a
    table on a list, which no export lookup serves)."""
    with translation.override(language):
        records = list(ActivityTable(timeline(), order_by=("-when",)).data)
        table = ActivityTable(records, order_by=())  # in the order sorted above
        assert not hasattr(table, "exported_participations")
        return [["" if cell is None else str(cell) for cell in row]
                for row in table.as_values()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_export_names_the_organizations_of_each_activity_as_its_records_do(
        viewer_client, small_chunks, language):
    alone = Activity.objects.exclude(participations__isnull=False)
    assert alone.exists() and Participation.objects.exists()  # both kinds of row are exported
    exported = exported_rows(viewer_client, HTTP_ACCEPT_LANGUAGE=language)
    assert exported == rows_from_the_records(language)
    assert len(exported) - 1 == Activity.objects.count() > 5 * exports.CHUNK_ROWS


def test_the_lookup_holds_each_filtered_activity_s_participations_in_the_order_recorded():
    organization = Organization.objects.get(slug="iom")
    activities = Activity.objects.involving(organization).chronological()
    lookup = participations_by_activity(activities)
    assert set(lookup) == set(
        activities.filter(participations__isnull=False).values_list("pk", flat=True))
    for activity in activities.prefetch_related("participations"):
        assert lookup.get(activity.pk, []) == list(activity.participations.order_by("pk"))
