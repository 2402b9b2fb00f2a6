"""The API says what the pages say: an assumed cutoff, a count that is itself illustrative,
and the codes the project added for coding (issue 22)."""
import csv
import io

import pytest
from django.urls import reverse

from surveys.models import CodeOrigin, Response
from tests.api.test_lists import every_row

pytestmark = pytest.mark.django_db


def test_a_report_says_whether_its_cutoff_is_assumed(api):
    reports = {row["symbol"]: row for row in every_row(api, "/api/reports/")}
    assumed = reports["A/52/314"]
    assert (assumed["cutoff_on"], assumed["cutoff_is_assumed"], assumed["cutoff"]) == (
        "1997-07-31", True, "31 July 1997 (assumed)")
    assert {symbol for symbol, row in reports.items() if row["cutoff_is_assumed"]} == {
        "A/52/314"}
    assert reports["A/56/167"]["cutoff"] == "31 December 1999"
    summary = api.get("/api/reports/A-52-314/summary/").json()
    assert (summary["cutoff"], summary["cutoff_is_assumed"]) == ("1997-07-31", True)


def test_the_1997_letter_s_count_is_flagged_illustrative(api):
    letters = {row["number"]: row for row in every_row(api, "/api/letters/")}
    assert {n: row["count_is_illustrative"] for n, row in letters.items()} == {
        1: False, 2: True, 3: False}
    assert letters[2]["first_time_respondents"] == letters[2]["new_respondents"]
    summary = api.get("/api/reports/A-56-167/summary/").json()
    assert [lc["count_is_illustrative"] for lc in summary["letters"]] == [False, True, False]


def test_the_api_marks_the_codes_the_export_marks(api, viewer_client):
    answer = viewer_client.get(reverse("surveys:response_list"), {"_export": "csv"})
    body = b"".join(answer.streaming_content).decode("utf-8-sig")
    exported = {(row["Government"], row["Date received"]): row["Codes"].count(
        "(added for coding)") for row in csv.DictReader(io.StringIO(body))}
    rows = every_row(api, "/api/responses/")
    assert len(rows) == len(exported) == Response.objects.count()
    added = {(row["government_name"], row["received_on"]): sum(
        code["origin"] == CodeOrigin.ADDED for code in row["codes"]) for row in rows}
    # The same replies carry the same number of added codes by either route.
    assert sorted(added.values()) == sorted(exported.values())
    assert sum(n > 0 for n in added.values()) == Response.objects.filter(
        codes__origin=CodeOrigin.ADDED).distinct().count() > 0
