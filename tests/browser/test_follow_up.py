"""The follow-up in a browser: an Editor opens the list, goes to a Government that has not
replied, logs a contact in one step and finds it in the log. (axe checks the follow-up pages
with every other kind of page: test_pages.py.)"""
import secrets

import pytest
from django.contrib.auth.models import Group

from surveys.models import FollowUp
from tests.second_factor import authenticator, enter_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor_signed_in(demo, page, live_server, django_user_model):
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="browser-editor", password=password,
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    authenticator(user)
    page.goto(live_server.url + "/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    enter_code(page, user.username)
    page.get_by_role("heading", name="Dashboard", level=1).wait_for()
    return page


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
