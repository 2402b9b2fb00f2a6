"""Playwright driving Debian's chromium (never a browser of Playwright's own).

Locally the browser tests are skipped when chromium or axe-core is missing; in CI
(CI=true) they fail instead, with a message saying what to install.
"""
import os
import sqlite3
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from accounts.roles import sync_role_groups
from tests.browser.axe import axe_in_every_page

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]


def require(path: Path, how: str) -> None:
    if path.exists():
        return
    message = f"{path} is missing: {how}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    require(CHROMIUM, "install it with `apt-get install chromium` (make browser-deps does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# The demo as the first browser test of this process loaded it (SQLite only): see demo below.
_loaded_demo: list[sqlite3.Connection] = []


@pytest.fixture
def demo(transactional_db):
    """The demo data and the role groups, in the empty database a browser test starts with
    (they are transactional: the live server reads committed rows, and every table is emptied
    after each test). `loaddemo` makes them the first time in a process. On SQLite the rows
    are then copied aside with SQLite's backup API and copied back for each later test, the
    same rows in milliseconds instead of a second; PostgreSQL loads them each time."""
    if connection.vendor == "sqlite" and _loaded_demo:
        connection.ensure_connection()
        _loaded_demo[0].backup(connection.connection)
        ContentType.objects.clear_cache()  # the ids are the copy's again
        return
    call_command("loaddemo", verbosity=0)
    sync_role_groups(Group, Permission)
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.ensure_connection()
        connection.connection.backup(copy)
        _loaded_demo.append(copy)


@pytest.fixture
def axe_path() -> Path:
    require(AXE, "run `npm ci` in the project folder (make browser-deps does)")
    return AXE


def new_page(browser, settings, **options):
    # Cookies marked Secure would not be sent to the plain-http live server.
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(accept_downloads=True, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def page(browser, settings):
    """A page as staff see it, the site's Content-Security-Policy enforced."""
    context, page = new_page(browser, settings)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser, settings, axe_path):
    """A page into which the tests inject axe-core: an injected script is inline, which the
    site's CSP rightly refuses, so this one context lets the test's own script in."""
    context, page = new_page(browser, settings, bypass_csp=True)
    axe_in_every_page(context, axe_path)
    yield page
    context.close()
