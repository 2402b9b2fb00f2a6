"""The Governments list: the page's filters, counted by the chosen report, as the page and
its CSV export."""
import csv
import io

import pytest

from surveys.models import Government, Report

pytestmark = pytest.mark.django_db
NON_RESPONDENTS = "report=A-56-167&replied=no"


def api_rows(api, query: str) -> list[dict]:
    answer = api.get(f"/api/governments/?{query}&page_size=500")
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["count"] == len(body["results"])
    return body["results"]


def test_not_replied_lists_the_pages_and_the_csvs_governments(api, viewer_client):
    page = viewer_client.get(f"/governments/?{NON_RESPONDENTS}")
    export = viewer_client.get(f"/governments/?{NON_RESPONDENTS}&_export=csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    exported = list(csv.DictReader(io.StringIO(text)))

    names = [row["name"] for row in api_rows(api, NON_RESPONDENTS)]

    assert names == [g.name for g in page.context["table"].data.data]
    assert names == [row["Government"] for row in exported]
    report = Report.objects.get(slug="A-56-167")
    assert set(names) == set(
        Government.objects.non_respondents_of(report).values_list("name", flat=True)
    )


def test_not_replied_says_each_row_rests_on_illustrative_replies_as_the_export(api):
    body = api.get(f"/api/governments/?{NON_RESPONDENTS}").json()

    # None of them has an illustrative reply, but the replies that decide that they did not
    # reply are illustrative: the export says "Yes" on each row, and so does the API.
    assert body["is_illustrative"] is True
    assert all(row["is_illustrative"] for row in body["results"])


def test_the_columns_are_counted_by_the_chosen_report(api):
    report = Report.objects.get(slug="A-56-167")
    counted = {
        g.iso3: (g.letters_answered, g.latest_stance)
        for g in Government.objects.surveyed_by(report).with_counted_replies(report)
    }

    rows = api_rows(api, "report=A-56-167")

    assert {row["iso3"]: (row["letters_answered"], row["latest_stance"]) for row in rows} == (
        counted)
    assert all(row["replied"] == (row["letters_answered"] > 0) for row in rows)


def test_without_a_report_every_reply_counts(api):
    counted = {g.iso3: g.letters_answered for g in Government.objects.with_counted_replies(None)}

    assert {row["iso3"]: row["letters_answered"] for row in api_rows(api, "")} == counted


def test_a_government_is_addressed_by_its_iso_code(api):
    france = api.get("/api/governments/FRA/").json()

    assert france["name"] == "France" and france["admitted_on"] == "1945-10-24"
    assert api.get("/api/governments/XXX/").status_code == 404


def test_an_invalid_filter_is_a_400_with_the_pages_message(api):
    answer = api.get("/api/governments/?new=yes")

    assert answer.status_code == 400
    assert "Choose a report" in answer.json()["new"][0]
    assert api.get("/api/governments/?report=no-such-report").status_code == 400
