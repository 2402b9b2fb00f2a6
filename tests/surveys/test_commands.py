"""The management commands: loaddemo, summary, reconcile, make_illustrative."""
import json

import pytest
from django.core.management import CommandError, call_command

from surveys.models import Government, PublishedFigure, Report, Response
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconciliation_of
from tests.test_published_figures import (
    MEMBERSHIP_END_OF_1999,
    MEMBERSHIP_SHARE_PERCENT,
    NEVER_REPLIED,
)

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_loaddemo_twice_changes_nothing():
    before = (Government.objects.count(), Response.objects.count(),
              Response.history.count(), PublishedFigure.objects.count())
    run("loaddemo")
    after = (Government.objects.count(), Response.objects.count(),
             Response.history.count(), PublishedFigure.objects.count())
    assert before == after


def test_fixtures_keep_real_facts_apart_from_illustrative_ones():
    assert Response.objects.filter(is_illustrative=False).count() == 0
    assert Response.objects.exclude(source__startswith="Illustrative").count() == 0
    reference = json.loads(open("fixtures/reference.json").read())
    assert not any(o["model"] in {"surveys.response", "surveys.policyview"} for o in reference)


def test_summary_json_prints_the_summary_s_figures():
    report = Report.objects.get(symbol="A/56/167")
    data = json.loads(run("summary", "--report", report.symbol, "--format", "json"))
    reconciled = reconciliation_of(report_summary(report=report))
    assert data == json.loads(json.dumps(reconciled.as_dict()))


def test_summary_text_shows_each_figure_beside_the_published_one():
    text = run("summary", "--report", "A/56/167", "--format", "text")
    assert "illustrative" in text
    assert f"published {NEVER_REPLIED}" in text and "matches" in text


def test_summary_of_an_unknown_report_names_the_known_ones():
    with pytest.raises(CommandError, match="Known reports: E/1995/69"):
        run("summary", "--report", "A/99/1")


def test_reconcile_lists_every_figure_and_exits_0_when_all_match():
    text = run("reconcile")
    total = PublishedFigure.objects.count()
    quoted = PublishedFigure.objects.filter(measure="quoted").count()
    assert quoted == 2
    assert (f"{total - quoted} of {total} statements match; {quoted} quoted (not computed); "
            "0 differ") in text
    assert text.count("quoted, not computed") == quoted
    for paragraph in range(3, 18):
        assert f"para {paragraph:>2}" in text


def test_reconcile_says_when_the_figures_rest_on_illustrative_data():
    text = run("reconcile", "--report", "A/56/167")
    lines = text.splitlines()
    assert lines[0].startswith("NOTE: A/56/167: these figures rest on illustrative responses")
    assert lines[-1] == lines[0]  # repeated after the list, where a reader ends
    Response.objects.update(is_illustrative=False)
    assert "illustrative" not in run("reconcile", "--report", "A/56/167")


def test_summary_text_says_when_the_figures_rest_on_illustrative_data():
    text = run("summary", "--report", "A/56/167", "--format", "text")
    assert text.splitlines()[1].startswith("NOTE: these figures rest on illustrative")
    assert f"{MEMBERSHIP_SHARE_PERCENT} per cent (of {MEMBERSHIP_END_OF_1999})" in text


def test_reconcile_exits_1_when_a_figure_differs():
    Response.objects.filter(stance="partial_support").update(stance="in_favour")
    with pytest.raises(CommandError) as caught:
        run("reconcile", "--report", "A/56/167")
    assert caught.value.returncode == 1


def test_make_illustrative_is_deterministic(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    run("make_illustrative", "--output", str(first))
    run("make_illustrative", "--output", str(second))
    assert first.read_text() == second.read_text()
    assert first.read_text() == open("fixtures/illustrative.json").read()


def test_loaddemo_never_overwrites_an_edited_reply_without_force():
    reply = Response.objects.order_by("pk").first()
    Response.objects.filter(pk=reply.pk).update(summary="Edited by an officer.")
    with pytest.raises(CommandError) as refused:
        run("loaddemo")
    assert "1 records were edited" in str(refused.value) and "summary" in str(refused.value)
    reply.refresh_from_db()
    assert reply.summary == "Edited by an officer."
    run("loaddemo", "--if-empty")
    reply.refresh_from_db()
    assert reply.summary == "Edited by an officer."
    run("loaddemo", "--force")
    reply.refresh_from_db()
    assert reply.summary != "Edited by an officer."


def test_loaddemo_says_its_data_are_illustrative():
    assert "illustrative" in run("loaddemo")
