"""Acceptance: the demo data reproduce the published figures of the four reports, by every route.

The only module that asserts the report's own numbers (78 replied, 47 in favour, 26 with
reservations, 5 partial, 110 never replied, 41 per cent, ...). Each number is read from the
summary, the dashboard, the table its link lists, that table's CSV and XLSX exports, the
follow-up list, the PDF and the ``summary`` command, and all must agree.
"""
import csv
import datetime
import io
import json
import re
import subprocess
from io import StringIO

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from surveys import dashboard
from surveys.models import Government, Letter, Report
from surveys.summary.figures import reconcile, report_summary

pytestmark = pytest.mark.django_db

SYMBOLS = ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"]


def summary(symbol: str):
    return report_summary(report=Report.objects.get(symbol=symbol))


def caption_count(response) -> int:
    """The row count the table's caption shows: '(110 rows)'."""
    found = re.search(r'<span class="caption-count">\((\d+) rows?\)', response.content.decode())
    assert found, "no row count in the caption"
    return int(found.group(1))


def csv_count(client, url: str) -> int:
    sep = "&" if "?" in url else "?"
    content = b"".join(client.get(f"{url}{sep}_export=csv").streaming_content).decode(
        "utf-8-sig")
    return len(list(csv.reader(io.StringIO(content)))) - 1


def xlsx_count(client, url: str) -> int:
    sep = "&" if "?" in url else "?"
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(f"{url}{sep}_export=xlsx").content))
    return workbook.active.max_row - 1


def every_route(client, url: str) -> set[int]:
    """The number of rows a table lists on its page, in its CSV and in its XLSX."""
    return {caption_count(client.get(url)), csv_count(client, url), xlsx_count(client, url)}


def command_json(symbol: str) -> dict:
    out = StringIO()
    call_command("summary", "--report", symbol, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_every_published_figure_of_every_report_is_reproduced(symbol):
    checks = summary(symbol).figures
    assert checks, f"{symbol} has no published figures"
    assert [(c.figure.key, c.computed) for c in checks if c.is_problem] == []
    reconciled = reconcile(report=Report.objects.get(symbol=symbol))
    assert all(c.matches or c.is_quoted for c in reconciled)


def test_only_the_mid_1970s_baseline_of_para_3_is_quoted_not_computed():
    quoted = [(c.figure.paragraph, c.figure.wording) for c in summary("A/56/167").figures
              if c.is_quoted]
    assert quoted == [(3, "many"), (3, "mostly")]


def test_the_2001_report_s_figures():
    s = summary("A/56/167")
    assert (s.respondents, s.new_respondents, s.non_respondents) == (78, 2, 110)
    assert s.membership_share_percent == 41
    assert {x.stance: x.count for x in s.stances} == {
        "in_favour": 47, "reservations": 26, "partial_support": 5,
    }
    assert [(lc.sent, lc.responses) for lc in s.letters][::2] == [("1995-02", 37), ("1999-03", 36)]
    assert s.migrant_types_commented == 39
    assert s.is_illustrative


@pytest.mark.parametrize(("symbol", "respondents", "non_respondents"), [
    ("E/1995/69", 37, 148), ("A/52/314", 65, None), ("A/54/207", 76, None),
])
def test_the_earlier_reports_count_their_replies_by_their_cutoff(symbol, respondents,
                                                                  non_respondents):
    s = summary(symbol)
    assert s.respondents == respondents
    if non_respondents is not None:
        assert s.non_respondents == non_respondents


def test_the_1999_letter_has_34_replies_for_a_54_207_and_2_late_ones():
    third = summary("A/54/207").letters[-1]
    assert (third.responses, third.after_cutoff) == (34, 2)


def test_a_54_207_counted_11_new_respondents():
    assert summary("A/54/207").new_respondents == 11


def test_the_membership_on_each_letter_date_and_at_the_end_of_1999():
    for letter in Letter.objects.all():
        assert Government.objects.recipients_of(letter).count() == 185
    assert Government.objects.members_on(datetime.date(1999, 12, 31)).count() == 188
    assert Government.objects.members_on(datetime.date(2001, 7, 3)).count() == 189


def test_replies_grow_across_the_four_reports():
    counted = Report.objects.with_respondent_counts().order_by("issued_on")
    assert [r.respondents for r in counted] == [37, 65, 76, 78]


@pytest.mark.parametrize(("slug", "expected"), [("A-56-167", 110), ("E-1995-69", 148)])
def test_never_replied_is_the_same_by_every_route(viewer_client, slug, expected):
    report = Report.objects.get(slug=slug)
    table = reverse("surveys:government_list") + f"?report={slug}&replied=no"
    follow_up = reverse("surveys:non_respondents", args=[slug])
    assert report_summary(report=report).non_respondents == expected
    assert command_json(report.symbol)["non_respondents"] == expected
    assert every_route(viewer_client, table) == {expected}
    assert every_route(viewer_client, follow_up) == {expected}
    text = viewer_client.get(report.get_absolute_url()).content.decode()
    assert f'<span class="figure-value">{expected}</span>' in text


def test_the_dashboard_figures_are_the_2001_report_s_by_every_route(viewer_client):
    figures = dashboard.headline_figures(summary("A/56/167"))
    values = [f.value for f in figures]
    assert values == ["78", "41 per cent", "47", "26", "5", "110"]
    text = viewer_client.get(reverse("surveys:home")).content.decode()
    for figure in figures:
        assert f'<span class="figure-value">{figure.value}</span>' in text
        listed = every_route(viewer_client, figure.href)
        assert listed == {78 if figure.value == "41 per cent" else int(figure.value)}, figure.label


def test_new_respondents_of_a_54_207_by_every_route(viewer_client):
    url = reverse("surveys:government_list") + "?report=A-54-207&replied=yes&new=yes"
    assert every_route(viewer_client, url) == {11}
    assert command_json("A/54/207")["new_respondents"] == 11


def test_never_replied_in_africa_is_31(viewer_client):
    url = reverse("surveys:government_list") + "?report=A-56-167&replied=no&region=Africa"
    assert every_route(viewer_client, url) == {31}
    rate = next(r for r in summary("A/56/167").by_region if r.name == "Africa")
    assert rate.members - rate.respondents == 31


def test_the_pdf_states_the_same_figures(viewer_client):
    content = viewer_client.get(reverse("surveys:summary_pdf", args=["A-56-167"])).content
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=content,
                                   capture_output=True, check=True).stdout.decode().split())
    assert "there are 110 Governments that have never replied" in text
    assert "Out of the 78 Governments" in text
    assert "47 were generally in favour" in text and "26 expressed reservations" in text
    assert "41 per cent of the full membership" in text


def test_the_api_gives_the_2001_report_s_figures(viewer_client):
    """The API (signed in by the session here; tests/api signs in with tokens)."""
    answer = viewer_client.get("/api/reports/A-56-167/summary/").json()
    assert (answer["respondents"], answer["stances"]["in_favour"],
            answer["stances"]["reservations"], answer["stances"]["partial_support"],
            answer["non_respondents"], answer["membership_share_percent"]) == (
        78, 47, 26, 5, 110, 41)
    assert answer["is_illustrative"] is True and answer["reconciliation"]["all_match"] is True
    listed = viewer_client.get("/api/governments/?report=A-56-167&replied=no&page_size=500")
    assert listed.json()["count"] == 110
