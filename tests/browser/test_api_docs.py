"""The API documentation works in a browser, under the site's Content-Security-Policy:
Swagger UI draws every endpoint from the schema and tries one with the session; and what it
draws, an endpoint tried and the Authorize dialog open, passes axe at both widths."""
import secrets

import pytest
from django.contrib.auth.models import Group

from tests.browser.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def docs_reader(demo, django_user_model):
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="docs-reader", password=password)
    user.groups.add(Group.objects.get_or_create(name="Viewers")[0])
    return user.username, password


def sign_in_to_the_docs(page, live_server, username, password):
    page.goto(live_server.url + "/api/docs/")
    assert "/accounts/login/" in page.url, "the documentation is a page: it asks to sign in"
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/api/docs/")
    page.get_by_text("Migration Policy Survey Tracker API").first.wait_for()


def try_the_letters_list(page):
    """Open the letters' list, "Try it out", "Execute": the status it answered."""
    operation = page.locator("#operations-letters-letters_list")
    operation.locator(".opblock-summary").click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    status = operation.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    return status.inner_text().strip()


def test_swagger_ui_draws_the_schema_and_tries_an_endpoint(page, live_server, docs_reader):
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    sign_in_to_the_docs(page, live_server, *docs_reader)

    assert try_the_letters_list(page) == "200"
    assert refused == []


@pytest.mark.parametrize("width, height", [(1366, 900), (390, 844)])
def test_what_swagger_ui_draws_passes_axe(axe_page, axe_path, live_server, docs_reader,
                                          width, height):
    axe_page.set_viewport_size({"width": width, "height": height})
    sign_in_to_the_docs(axe_page, live_server, *docs_reader)
    assert try_the_letters_list(axe_page) == "200"
    axe_page.get_by_role("button", name="Authorize").first.click()
    axe_page.locator(".modal-ux").wait_for()

    assert serious_violations(axe_page, axe_path) == []
