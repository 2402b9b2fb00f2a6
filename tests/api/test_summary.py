"""A report's summary through the API: the same object as the pages and the command."""
import json
from io import StringIO

import pytest
from django.core.management import call_command

from api.serializers.summary import SummarySerializer
from surveys.models import Report
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconciliation_of

pytestmark = pytest.mark.django_db
ADDED = ("reconciliation", "is_illustrative")


def command_json(symbol: str) -> dict:
    out = StringIO()
    call_command("summary", "--report", symbol, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("report", ["E-1995-69", "A-52-314", "A-54-207", "A-56-167"])
def test_the_summary_is_the_commands_with_its_reconciliation(api, report):
    chosen = Report.objects.get(slug=report)
    summary = report_summary(report=chosen)
    reconciled = reconciliation_of(summary)

    answer = api.get(f"/api/reports/{report}/summary/").json()

    assert {k: v for k, v in answer.items() if k not in ADDED} == reconciled.as_dict()
    assert {k: v for k, v in answer.items() if k not in ADDED} == command_json(chosen.symbol)
    assert answer["is_illustrative"] is summary.is_illustrative is answer["illustrative"]
    statuses = [figure["status"] for figure in answer["figures"]]
    assert answer["reconciliation"] == {
        "checked": len(statuses), "matches": statuses.count("matches"),
        "differs": statuses.count("differs"), "cannot_compute": statuses.count("cannot_compute"),
        "quoted": statuses.count("quoted"), "all_match": reconciled.all_match,
    }
    if chosen.symbol == "A/56/167":
        assert answer["reconciliation"]["quoted"] == 2 and answer["reconciliation"]["all_match"]


def test_the_summary_needs_a_token(client):
    assert client.get("/api/reports/A-56-167/summary/").status_code == 401


def test_an_unknown_report_has_no_summary(api):
    assert api.get("/api/reports/A-99-999/summary/").status_code == 404


def test_the_schema_describes_every_key_of_the_summary(api):
    """The summary is returned as `as_dict()` gives it; its serializer only describes it."""
    answer = api.get("/api/reports/A-56-167/summary/").json()
    described = SummarySerializer().fields

    assert set(described) == set(answer)
    for key in ("letters", "figures"):
        assert set(described[key].child.fields) == set(answer[key][0]), key
    topic = next(iter(answer["topics"].values()))
    assert set(described["topics"].child.fields) == set(topic)
    assert set(described["stances"].fields) == set(answer["stances"])
    assert set(described["reconciliation"].fields) == set(answer["reconciliation"])
