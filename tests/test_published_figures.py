"""Acceptance: the demo data reproduce the published figures of the four reports, by every route.

The report's own numbers (78 replied, 47 in favour, 26 with reservations, 5 partial, 110 never
replied, 41 per cent, ...) are written here and only here. Each is read from the summary, the
dashboard, the table its link lists, that table's CSV and XLSX exports, the follow-up list, the
PDF and the ``summary`` command, and all must agree. Another module that needs one of them (a
sentence that states it, an export of that many rows) imports it from this module, so that a
test elsewhere checks its own feature against these figures and never restates them.
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

from surveys import tiles
from surveys.models import Government, Letter, Report
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconcile, reconciliation_of

pytestmark = pytest.mark.django_db

SYMBOLS = ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"]

# The 2001 report's (A/56/167) figures, as published.
RESPONDENTS = 78
IN_FAVOUR, RESERVATIONS, PARTIAL_SUPPORT = 47, 26, 5
NEVER_REPLIED = 110
NEVER_REPLIED_IN_AFRICA = 31
MEMBERSHIP_SHARE_PERCENT = 41  # of the membership at the end of 1999
MEMBERSHIP_END_OF_1999 = 188
MIGRANT_TYPES_COMMENTED = 39
# The Governments each report counted as having replied, by its cutoff.
RESPONDENTS_BY_REPORT = {"E/1995/69": 37, "A/52/314": 65, "A/54/207": 76,
                         "A/56/167": RESPONDENTS}
# A/54/207 counted 34 replies to the March 1999 letter; two more came after its cutoff.
REPLIES_TO_THE_1999_LETTER_BY_A_54_207, LATE_REPLIES_TO_THE_1999_LETTER = 34, 2


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
    checks = reconciliation_of(summary(symbol)).checks
    assert checks, f"{symbol} has no published figures"
    assert [(c.figure.key, c.computed) for c in checks if c.is_problem] == []
    reconciled = reconcile(report=Report.objects.get(symbol=symbol))
    assert all(c.matches or c.is_quoted for c in reconciled)


def test_only_the_mid_1970s_baseline_of_para_3_is_quoted_not_computed():
    quoted = [(c.figure.paragraph, c.figure.wording)
              for c in reconciliation_of(summary("A/56/167")).checks if c.is_quoted]
    assert quoted == [(3, "many"), (3, "mostly")]


def test_the_2001_report_s_figures():
    s = summary("A/56/167")
    assert (s.respondents, s.new_respondents, s.non_respondents) == (
        RESPONDENTS, 2, NEVER_REPLIED)
    assert s.membership_share_percent == MEMBERSHIP_SHARE_PERCENT
    assert {x.stance: x.count for x in s.stances} == {
        "in_favour": IN_FAVOUR, "reservations": RESERVATIONS, "partial_support": PARTIAL_SUPPORT,
    }
    assert [(lc.sent, lc.responses) for lc in s.letters][::2] == [("1995-02", 37), ("1999-03", 36)]
    assert s.migrant_types_commented == MIGRANT_TYPES_COMMENTED
    assert s.is_illustrative


@pytest.mark.parametrize(("symbol", "non_respondents"), [
    ("E/1995/69", 148), ("A/52/314", None), ("A/54/207", None),
])
def test_the_earlier_reports_count_their_replies_by_their_cutoff(symbol, non_respondents):
    s = summary(symbol)
    assert s.respondents == RESPONDENTS_BY_REPORT[symbol]
    if non_respondents is not None:
        assert s.non_respondents == non_respondents


def test_the_1999_letter_has_34_replies_for_a_54_207_and_2_late_ones():
    third = summary("A/54/207").letters[-1]
    assert (third.responses, third.after_cutoff) == (
        REPLIES_TO_THE_1999_LETTER_BY_A_54_207, LATE_REPLIES_TO_THE_1999_LETTER)


def test_a_54_207_counted_11_new_respondents():
    assert summary("A/54/207").new_respondents == 11


def test_the_membership_on_each_letter_date_and_at_the_end_of_1999():
    for letter in Letter.objects.all():
        assert Government.objects.recipients_of(letter).count() == 185
    assert Government.objects.members_on(datetime.date(1999, 12, 31)).count() == (
        MEMBERSHIP_END_OF_1999)
    assert Government.objects.members_on(datetime.date(2001, 7, 3)).count() == 189


def test_replies_grow_across_the_four_reports():
    counted = Report.objects.with_respondent_counts().order_by("issued_on")
    assert {r.symbol: r.respondents for r in counted} == RESPONDENTS_BY_REPORT
    assert [r.respondents for r in counted] == sorted(RESPONDENTS_BY_REPORT.values())


@pytest.mark.parametrize(("slug", "expected"), [("A-56-167", NEVER_REPLIED),
                                                ("E-1995-69", 148)])
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
    figures = tiles.headline_tiles(summary("A/56/167"))
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
    assert every_route(viewer_client, url) == {NEVER_REPLIED_IN_AFRICA}
    rate = next(r for r in summary("A/56/167").by_region if r.name == "Africa")
    assert rate.members - rate.respondents == NEVER_REPLIED_IN_AFRICA


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
