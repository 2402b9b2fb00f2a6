"""Every kind of page, the sign-in page and the admin's included, at a laptop's and a phone's
width: nothing scrolls the page sideways, and axe-core finds no serious or critical
violation. Then an Editor's path from the follow-up list to a saved reply and back.

This is the one list of addresses axe checks in English (test_french_pages.py checks the
French ones); the other browser tests check what their pages do. Each address is opened once
at each width (a test a width), in one browser a process (the conftest's).
Screenshots of a few pages go to $SCREENSHOT_DIR when it is set, to look at by eye.
"""
import datetime
import os
import re
import secrets

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.roles import EDITORS
from organizations.models import Organization
from surveys.models import Government, Letter, Report, Response
from tests.browser.axe import axe_in_every_page, serious_violations
from tests.second_factor import authenticator, enter_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"laptop": (1366, 900), "phone": (390, 844), "narrow": (320, 640)}
SCREENSHOTS = ("/", "/governments/", "/responses/", "/search/?q=fra", "/admin/",
               "/admin/surveys/response/add/")
# Pages that a script draws after loading: axe waits for what the reader would see, or it
# checks an empty page on a fast machine and the drawn one on a slow one.
DRAWN_BY_SCRIPT = {"/api/docs/": ".opblock"}


@pytest.fixture
def editor(demo, django_user_model):
    """The demo data and an Editor (staff, as the role gives) with a fresh password and an
    authenticator app. The groups are made again: a transactional test empties every table
    after it."""
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(
        username="browser-editor", password=password, is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    authenticator(user)
    return user.username, password


def sign_in_with_password(page, base_url: str, username: str, password: str) -> None:
    """The first step: an Editor is then asked for the code."""
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Two-factor sign-in", level=1).wait_for()


def sign_in(page, base_url: str, username: str, password: str) -> None:
    sign_in_with_password(page, base_url, username, password)
    enter_code(page, username)
    page.get_by_role("heading", name="Dashboard", level=1).wait_for()


def page_overflow(page) -> int:
    """How many pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


# How far each chart's table of data (the round comparison's) scrolls in its box: it may
# where nothing else helps, but at every width here it fits (static/css/app.css).
CHART_DATA_SCROLLING = """() => [...document.querySelectorAll('.chart-data-box')]
    .map(box => box.scrollWidth - box.clientWidth).filter(extra => extra > 0)"""


def addresses() -> list[str]:
    """One address of every kind of page, taken from the records."""
    report = Report.objects.order_by("-issued_on").first()
    response = Response.objects.order_by("pk").first()
    government = Government.objects.order_by("name").first()
    letter = Letter.objects.order_by("number").first()
    organization = Organization.objects.order_by("pk").first()
    # A Government the latest letter still awaits: its page carries the follow-up panel.
    silent = Government.objects.awaiting_reply_to(
        Letter.objects.order_by("-sent_on").first(), timezone.localdate()).order_by("name").first()
    return [
        "/", "/governments/", "/responses/", "/letters/", "/reports/",
        f"/governments/?report={report.slug}&replied=no",
        f"/governments/?report={report.slug}&replied=no&new=yes",
        government.get_absolute_url(), silent.get_absolute_url(), letter.get_absolute_url(),
        response.get_absolute_url(),
        report.get_absolute_url(), f"/reports/{report.slug}/non-respondents/",
        f"/reports/{report.slug}/summary/", f"/reports/{report.slug}/reconciliation/",
        "/reports/reconciliation/", "/rounds/compare/",
        "/follow-up/", "/follow-up/?overdue=yes&as_of=abc",
        f"/follow-up/contacts/new/?government={silent.iso3}",
        "/organizations/", organization.get_absolute_url(), "/organizations/activities/",
        "/organizations/activities/?year=abc",
        "/organizations/lessons/", "/organizations/instruments/", "/organizations/inventory/",
        "/search/?q=fra", "/search/?q=", "/help/", "/accounts/password_change/",
        "/accounts/tokens/", "/accounts/two-factor/", "/api/docs/",
        "/admin/", "/admin/surveys/response/", "/admin/surveys/government/",
        "/admin/organizations/organization/", "/admin/surveys/response/add/",
        f"/admin/surveys/response/{response.pk}/change/",
        f"/admin/surveys/response/{response.pk}/history/",
        "/admin/surveys/response/import/", "/admin/surveys/response/export/",
    ]


@pytest.mark.parametrize("width_name", WIDTHS)
def test_every_kind_of_page_fits_and_passes_axe(browser, axe_path, live_server, editor,
                                                  settings, width_name):
    """One width a test, so that the suite's processes can share the widths out."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    shots = os.environ.get("SCREENSHOT_DIR")
    problems = []
    width, height = WIDTHS[width_name]
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    if width_name != "narrow":
        axe_in_every_page(context, axe_path)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_server.url + "/accounts/login/")
    problems += [f"the sign-in page at {width} px: {v}"
                 for v in serious_violations(page, axe_path) if width_name != "narrow"]
    sign_in_with_password(page, live_server.url, *editor)
    problems += [f"the code page at {width} px: {v}"
                 for v in serious_violations(page, axe_path) if width_name != "narrow"]
    enter_code(page, editor[0])
    page.get_by_role("heading", name="Dashboard", level=1).wait_for()
    for address in addresses():
        page.goto(live_server.url + address)
        assert page.url.startswith(live_server.url + address.split("?")[0]), address
        if address in DRAWN_BY_SCRIPT:
            page.locator(DRAWN_BY_SCRIPT[address]).first.wait_for()
        if (wider := page_overflow(page)) > 0:
            problems.append(f"{address} at {width} px: {wider} px too wide")
        if scrolling := page.evaluate(CHART_DATA_SCROLLING):
            problems.append(f"{address} at {width} px: a chart's data scroll by {scrolling} px")
        # axe at the laptop and phone widths; at 320 px the page need only fit
        if width_name != "narrow":
            problems += [
                f"{address} at {width} px: {v}" for v in serious_violations(page, axe_path)]
        if shots and address in SCREENSHOTS:
            slug = re.sub(r"\W+", "-", address).strip("-") or "home"
            page.screenshot(path=f"{shots}/{slug}-{width}.png", full_page=True)
    context.close()
    assert not problems, "\n".join(problems)


def test_an_editor_records_a_reply_from_the_follow_up_list_and_is_back_on_it(
    page, live_server, editor
):
    """Three clicks and some typing, under the site's CSP: "Record a reply" on a row, the
    stance, "Save"; then the list again, without that Government."""
    report = Report.objects.order_by("-issued_on").first()
    letter = report.letters.order_by("-sent_on").first()
    government = Government.objects.non_respondents_of(report).order_by("name").first()
    follow_up = f"/reports/{report.slug}/non-respondents/"
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    sign_in(page, live_server.url, *editor)
    page.goto(live_server.url + follow_up)

    page.get_by_role("link", name=f"Record a reply from {government.name} to {letter}").click()
    page.get_by_role("heading", name="Add response").wait_for()
    assert page.locator("#id_government").input_value() == str(government.pk)
    assert page.locator("#id_letter").input_value() == str(letter.pk)
    assert page.locator(".related-widget-wrapper-link").count() == 0
    page.get_by_label("Date received").fill(str(letter.sent_on + datetime.timedelta(days=30)))
    page.get_by_label("Stance").select_option(label="In favour")
    page.get_by_role("button", name="Save", exact=True).click()

    page.wait_for_url(live_server.url + follow_up)
    assert "was added successfully" in page.locator(".messages").inner_text()
    names = page.locator("table.data-table tbody tr td:first-child").all_inner_texts()
    assert government.name not in names and names
    assert Response.objects.filter(government=government, letter=letter).exists()
    assert refused == []
