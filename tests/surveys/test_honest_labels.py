"""Each report says what it states itself, and what is made up says so (issue 22).

On the demo data: A/52/314's assumed cutoff carries "assumed" in the commands; the 1997
letter's count, which no report states, is printed as illustrative in the letters table and
export, the report tables and the command; the report page says whose figures it lists; the
summary's footer names the paragraphs it regenerates; codes the project added are marked in
the responses export; every illustrative notice names the kinds of made-up record behind its
page; and the illustrative policy views leave no development group all of one policy.
"""
import csv
import io
import json
import re
from collections import defaultdict

import pytest
from django.core.management import call_command
from django.urls import reverse

from surveys.models import CodeOrigin, Letter, PolicyView, Report, Response
from surveys.summary.views import paragraph_list

pytestmark = pytest.mark.django_db

ASSUMED = "31 July 1997"


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def export(client, url: str) -> list[dict[str, str]]:
    answer = client.get(url, {"_export": "csv"})
    body = b"".join(answer.streaming_content) if answer.streaming else answer.content
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def unpublished_letters() -> set[int]:
    """The letters no report states the replies of, read from the published figures."""
    stated = set(Report.objects.values_list("published_figures__letter__number", flat=True))
    return set(Letter.objects.values_list("number", flat=True)) - stated


# The assumed cutoff in the commands ---------------------------------------------------------


def test_the_commands_print_the_assumed_cutoff_as_assumed():
    text = run("summary", "--report", "A/52/314", "--format", "text")
    assert text.splitlines()[0] == f"A/52/314: replies received by {ASSUMED} (assumed)"
    data = json.loads(run("summary", "--report", "A/52/314", "--format", "json"))
    assert (data["cutoff"], data["cutoff_is_assumed"]) == ("1997-07-31", True)
    published = json.loads(run("summary", "--report", "A/56/167", "--format", "json"))
    assert published["cutoff_is_assumed"] is False
    assert ASSUMED not in run("reconcile")


# The 1997 letter's count ------------------------------------------------------------------


def test_the_1997_letter_s_count_is_printed_as_illustrative(viewer_client):
    assert unpublished_letters() == {2}
    replies = {n: Response.objects.filter(letter__number=n).count() for n in (1, 2, 3)}
    rows = export(viewer_client, reverse("surveys:letter_list"))
    assert [row["Replies"] for row in rows] == [
        str(replies[1]), f"{replies[2]} (illustrative)", str(replies[3])]
    page = viewer_client.get(reverse("surveys:letter_list")).content.decode()
    assert f"{replies[2]} (illustrative)" in page

    text = run("summary", "--report", "A/56/167", "--format", "text")
    [line] = [line for line in text.splitlines() if "letter of 1997-04" in line]
    assert line.startswith(f"  letter of 1997-04: {replies[2]} replies")
    assert line.endswith("the count is illustrative: no report states it")
    assert "illustrative" not in next(line for line in text.splitlines()
                                      if "letter of 1995-02" in line)
    summary = viewer_client.get(reverse("surveys:summary_detail", args=["A-56-167"]))
    assert f"<td>{replies[2]} (illustrative)</td>" in summary.content.decode()
    assert f"<td>{replies[1]}</td>" in summary.content.decode()


# Whose figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "caption"), [
    ("A-52-314", "Figures A/56/167 gives for A/52/314, and the figure computed from the records"),
    ("A-56-167", "Each figure A/56/167 states, and the figure computed from the records"),
])
def test_the_report_page_says_whose_figures_it_lists(viewer_client, slug, caption):
    page = viewer_client.get(reverse("surveys:report_detail", args=[slug])).content.decode()
    assert f"<caption>{caption}</caption>" in page
    assert "Each figure A/52/314 states" not in page


def test_the_summary_command_says_whose_figures_it_lists():
    assert "Figures A/56/167 gives for A/52/314:" in run(
        "summary", "--report", "A/52/314", "--format", "text")
    assert "Figures A/56/167 states:" in run("summary", "--report", "A/56/167", "--format",
                                              "text")


@pytest.mark.parametrize("slug", ["E-1995-69", "A-52-314", "A-54-207", "A-56-167"])
def test_the_summary_footer_names_the_paragraphs_it_regenerates(viewer_client, slug):
    page = viewer_client.get(reverse("surveys:summary_detail", args=[slug]))
    shown = sorted(int(n) for n in re.findall(r'<p id="para-(\d+)">', page.content.decode()))
    regenerated = [p.source_paragraph for p in page.context["paragraphs"]]
    assert len(shown) == len(regenerated)
    sources = page.content.decode().split('<footer class="summary-sources">')[1]
    assert f"regenerate paragraphs {paragraph_list(regenerated)} of" in " ".join(sources.split())
    assert "5–17" not in page.content.decode()


def test_paragraph_lists_join_runs():
    assert paragraph_list([3, 4, 5, 6, 9, 11, 12]) == "3–6, 9 and 11–12"
    assert paragraph_list(range(3, 18)) == "3–17"


# Codes added for coding -------------------------------------------------------------------


def test_the_responses_export_marks_every_code_the_project_added(viewer_client):
    rows = export(viewer_client, reverse("surveys:response_list"))
    with_added = Response.objects.filter(codes__origin=CodeOrigin.ADDED).distinct().count()
    marked = [row for row in rows if "(added for coding)" in row["Codes"]]
    assert len(rows) == Response.objects.count()
    assert len(marked) == with_added > 0
    added = {label for label in Response.codes.through.objects.filter(
        code__origin=CodeOrigin.ADDED).values_list("code__label", flat=True)}
    for row in rows:
        for label in row["Codes"].split("; ") if row["Codes"] else ():
            assert label.endswith(" (added for coding)") == (
                label.removesuffix(" (added for coding)") in added), row


# Notices ----------------------------------------------------------------------------------


def notice_of(page) -> str:
    text = page.content.decode()
    found = re.search(r'<aside class="notice notice-illustrative".*?</aside>', text, re.S)
    assert found, "no notice"
    return " ".join(re.sub(r"<[^>]+>", " ", found.group()).split())


def test_each_notice_names_the_kinds_of_made_up_record_behind_its_page(viewer_client):
    summary = notice_of(viewer_client.get(reverse("surveys:summary_detail",
                                                  args=["A-56-167"])))
    assert "replies :" in summary and "policy views :" in summary
    assert "Permanent Missions" not in summary
    responses = notice_of(viewer_client.get(reverse("surveys:response_list")))
    assert "replies :" in responses and "policy views" not in responses
    earlier = notice_of(viewer_client.get(reverse("surveys:report_detail", args=["A-52-314"])))
    assert "policy views" not in earlier  # its page shows no figure of paras 3-4
    latest = notice_of(viewer_client.get(reverse("surveys:report_detail", args=["A-56-167"])))
    assert "policy views :" in latest
    government = PolicyView.objects.filter(is_illustrative=True).first().government
    assert government.mission.is_illustrative
    page = notice_of(viewer_client.get(government.get_absolute_url()))
    assert "policy views :" in page and "Permanent Missions :" in page
    follow_up = notice_of(viewer_client.get(reverse("surveys:followup_list")))
    assert "replies :" in follow_up and "Permanent Missions :" in follow_up
    assert "policy views" not in follow_up


# The illustrative policy views ------------------------------------------------------------


def test_no_development_group_holds_one_policy_in_a_year():
    held = defaultdict(set)
    for year, flow, group, policy in PolicyView.objects.values_list(
            "year", "flow", "government__development_group", "policy"):
        held[year, flow, group].add(policy)
    assert len(held) == 8
    assert all(len(policies) > 1 for policies in held.values()), dict(held)
