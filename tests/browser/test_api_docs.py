"""The API documentation works in a browser, under the site's Content-Security-Policy:
Swagger UI draws every endpoint from the schema and tries one with the session."""
import secrets

import pytest
from django.contrib.auth.models import Group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def signed_in(page, live_server, django_user_model):
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="docs-reader", password=password)
    user.groups.add(Group.objects.get_or_create(name="Viewers")[0])
    page.goto(live_server.url + "/api/docs/")
    assert "/accounts/login/" in page.url, "the documentation is a page: it asks to sign in"
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/api/docs/")
    return page


def test_swagger_ui_draws_the_schema_and_tries_an_endpoint(signed_in, live_server):
    refused = []
    signed_in.on("console", lambda message: refused.append(message.text)
                 if "Content Security Policy" in message.text else None)
    signed_in.reload()

    signed_in.get_by_text("Migration Policy Survey Tracker API").first.wait_for()
    operation = signed_in.locator("#operations-letters-letters_list")
    operation.locator(".opblock-summary").click()
    signed_in.get_by_role("button", name="Try it out").click()
    signed_in.get_by_role("button", name="Execute").click()
    status = operation.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()

    assert status.inner_text().strip() == "200"
    assert refused == []
