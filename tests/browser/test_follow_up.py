"""The follow-up in a browser: an Editor opens the list, goes to a Government that has not
replied, logs a contact in one step and finds it in the log; every page passes axe at a
desktop's width and a phone's."""
import secrets

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone

from accounts.roles import sync_role_groups
from surveys.models import FollowUp, Government, Letter
from tests.browser.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [(1366, 900), (390, 844)]


@pytest.fixture
def editor_signed_in(axe_page, live_server, django_user_model):
    call_command("loaddemo", verbosity=0)
    sync_role_groups(Group, Permission)  # a transactional test starts without the groups
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="browser-editor", password=password,
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    axe_page.goto(live_server.url + "/")
    axe_page.get_by_label("Username").fill(user.username)
    axe_page.get_by_label("Password").fill(password)
    axe_page.get_by_role("button", name="Sign in").click()
    axe_page.get_by_role("heading", name="Dashboard", level=1).wait_for()
    return axe_page


@pytest.mark.parametrize("width, height", WIDTHS, ids=["desktop", "phone"])
def test_follow_up_pages_pass_axe(editor_signed_in, live_server, axe_path, width, height):
    page = editor_signed_in
    page.set_viewport_size({"width": width, "height": height})
    letter = Letter.objects.order_by("-sent_on").first()
    silent = Government.objects.awaiting_reply_to(letter, timezone.localdate()).order_by(
        "name").first()
    addresses = ["/", "/follow-up/", "/follow-up/?overdue=yes&as_of=abc",
                 silent.get_absolute_url(), f"/follow-up/contacts/new/?government={silent.iso3}",
                 "/rounds/compare/", "/letters/"]
    for address in addresses:
        page.goto(live_server.url + address)
        assert serious_violations(page, axe_path) == [], (address, width)


def test_log_a_contact_from_the_list_and_find_it_on_the_government_page(
        editor_signed_in, live_server):
    page = editor_signed_in
    page.get_by_role("link", name="Follow-up", exact=True).click()
    page.get_by_role("heading", level=1, name="Follow-up: no reply").wait_for()
    first_row = page.locator("table.data-table tbody tr").first
    name = first_row.locator("td").first.inner_text()
    first_row.get_by_role("button", name="Actions").click()  # the row's menu
    first_row.get_by_role("link", name="Log a contact").click()
    page.get_by_label("Kind").select_option("telephone")
    page.get_by_label("Outcome").fill("The counsellor promised a reply within the month.")
    page.get_by_role("button", name="Log the contact").click()
    page.get_by_role("heading", level=1, name="Follow-up: no reply").wait_for()

    contact = FollowUp.objects.get()
    assert contact.government.name == name and contact.officer.username == "browser-editor"
    page.goto(live_server.url + contact.government.get_absolute_url())
    log = page.locator("section", has=page.get_by_role("heading", name="Follow-up log"))
    assert "The counsellor promised a reply within the month." in log.inner_text()
