"""Two-factor sign-in in a browser, under the site's CSP: an Editor's first sign-in sets up an
authenticator app from the QR code the tracker draws (the code computed by pyotp, as the
phone would), keeps the recovery codes and reaches the dashboard; axe checks the enrolment
and recovery-code pages, which only this walk reaches (test_pages.py checks the code page
and the enrolled page with the others)."""
import secrets

import pytest
from django.contrib.auth.models import Group

from accounts.roles import EDITORS
from tests.browser.axe import serious_violations
from tests.second_factor import totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def new_editor(demo, django_user_model):
    """An Editor who has never signed in: no authenticator app yet."""
    password = secrets.token_urlsafe(18)
    user = django_user_model.objects.create_user(username="new-editor", password=password,
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user.username, password


def enrol(page, base_url: str, username: str, password: str, check=lambda page: None) -> None:
    page.goto(base_url + "/accounts/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Set up two-factor sign-in", level=1).wait_for()
    qr_code = page.get_by_role("img", name="QR code of your new sign-in key")
    qr_code.wait_for()
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 0")
    check(page)
    secret = page.locator("#secret").inner_text()
    page.get_by_label("Code from the app").fill(totp(secret).now())
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.get_by_role("heading", name="Two-factor sign-in is on", level=1).wait_for()
    assert page.locator(".recovery-codes li").count() == 10
    check(page)
    page.get_by_role("link", name="I have kept them: continue").click()


def test_an_editor_enrols_at_the_first_sign_in_and_reaches_the_admin(page, live_server,
                                                                      new_editor):
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    enrol(page, live_server.url, *new_editor)
    page.wait_for_url(live_server.url + "/admin/")
    page.get_by_role("heading", name="Records of the surveys and organizations").wait_for()
    assert refused == []


def test_the_enrolment_pages_pass_axe(axe_page, axe_path, live_server, new_editor):
    problems = []
    enrol(axe_page, live_server.url, *new_editor,
          check=lambda page: problems.extend(serious_violations(page, axe_path)))
    assert not problems, "\n".join(problems)
