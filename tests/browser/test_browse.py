"""A member of staff signs in, follows a dashboard figure to its table, sorts, filters, exports.

The expected rows come from the records (ResponseFilter over the database), never from
numbers typed into the test.
"""
import csv
import re
import secrets

import pytest
from django.contrib.auth.models import Group

from surveys.filters import ResponseFilter
from surveys.models import Report, Response, Stance
from surveys.summary.counts import report_summary
from tests.browser.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]



@pytest.fixture
def signed_up(demo, django_user_model):
    """The demo data and a Viewer with a password made up for this run."""
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="browser-viewer", password=password)
    user.groups.add(Group.objects.get_or_create(name="Viewers")[0])
    return user.username, password


def sign_in(page, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/")
    assert "/accounts/login/" in page.url, "an anonymous visitor must be sent to sign in"
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Dashboard", level=1).wait_for()



def expected_rows(**params) -> list[Response]:
    filterset = ResponseFilter(params, queryset=Response.objects.select_related("government"))
    assert filterset.is_valid(), filterset.errors
    return list(filterset.qs)


def table_names(page) -> list[str]:
    return page.locator("table.data-table tbody tr td:first-child").all_inner_texts()


def test_follow_a_figure_sort_filter_and_export(axe_page, live_server, signed_up, axe_path,
                                                tmp_path):
    page = axe_page
    sign_in(page, live_server.url, *signed_up)
    assert serious_violations(page, axe_path) == []

    report = Report.objects.order_by("-issued_on").first()
    in_favour = report_summary(report=report).stance(Stance.IN_FAVOUR).count
    page.get_by_role("link", name=f"{in_favour} in favour").click()
    page.get_by_role("heading", name="Responses", level=1).wait_for()
    assert f"({in_favour} rows)" in page.locator("caption").first.inner_text()

    page.get_by_role("link", name=re.compile(r"^Government\W+sort ascending$")).click()
    page.locator('th[aria-sort="ascending"]').wait_for()
    names = table_names(page)
    assert names == sorted(names) and len(names) == 25

    rows = expected_rows(report=report.slug, stance=Stance.IN_FAVOUR, region="Europe")
    page.get_by_label("Region", exact=True).select_option("Europe")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**region=Europe**")
    assert "sort=government" in page.url, "filtering keeps the sorting"
    shown = table_names(page)
    assert shown == sorted(r.government.name for r in rows) and shown
    assert serious_violations(page, axe_path) == []

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    path = tmp_path / "responses.csv"
    download.value.save_as(path)
    with path.open(encoding="utf-8-sig", newline="") as exported:
        lines = list(csv.DictReader(exported))
    assert [line["Government"] for line in lines] == shown
    assert {line["Stance"] for line in lines} == {Stance.IN_FAVOUR.label}
    assert {line["Region"] for line in lines} == {"Europe"}
    assert all(line["Illustrative"] in ("Yes", "No") for line in lines)
