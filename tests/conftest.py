"""Shared test fixtures: the demo data for the tests that read them, and signed-in users of
each role.

A test starts on an empty database (migrated: what the migrations make, the role groups
among it) and builds the small world it reads (tests/builders.py, tests/surveys/conftest.py's
``empty_survey``). The tests that read the demo data instead (`loaddemo`'s reference data,
organizations and illustrative replies: the published figures) are marked ``demo``, by the
module list below or by ``pytest.mark.demo`` on a test. Each process loads the demo once,
committed, before its first marked test, and runs its unmarked tests before that: a test that
reads the demo without the mark fails on an empty database rather than passing on what an
earlier test left.
"""
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from accounts.twofactor.devices import must_use_second_factor
from tests.second_factor import verified

ROLES = {"viewer": "Viewers", "editor": "Editors", "administrator": "Administrators"}

# The folders and modules whose tests read the demo data. The browser tests are transactional
# (every table is emptied after each) and load the demo themselves.
READS_THE_DEMO = (
    "tests/admin/", "tests/api/", "tests/core/", "tests/i18n/", "tests/organizations/",
    "tests/surveys/summary/", "tests/surveys/drafts/",
    "tests/surveys/followup/test_notes_verbales.py",
    "tests/surveys/test_benchmarks.py", "tests/surveys/test_commands.py",
    "tests/surveys/test_export_provenance.py", "tests/surveys/test_filters.py",
    "tests/surveys/test_honest_labels.py",
    "tests/surveys/test_models.py", "tests/surveys/test_reference_fixture.py",
    "tests/surveys/test_rounds.py", "tests/surveys/test_tables.py",
    "tests/surveys/test_validation.py", "tests/surveys/test_view_queries.py",
    "tests/surveys/test_views.py", "tests/test_error_pages.py",
    "tests/test_published_figures.py",
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The marked tests ask for the demo data, and run after the unmarked ones. First, because
    pytest-django's hook then puts the transactional tests, which empty every table, after
    both, keeping this order within each kind. Each pytest-xdist process runs its share in
    this order."""
    for item in items:
        uses_the_database = item.get_closest_marker("django_db") or "db" in item.fixturenames
        if item.nodeid.startswith(READS_THE_DEMO) and uses_the_database:
            item.add_marker("demo")
        if item.get_closest_marker("demo"):
            # First, so that the demo is committed before the test's transaction begins.
            item.fixturenames.insert(0, "demo_data")
    items.sort(key=lambda item: item.get_closest_marker("demo") is not None)


@pytest.fixture(scope="session")
def demo_data(django_db_setup, django_db_blocker):
    """Every fixture of `loaddemo`, once per process; each test then runs in a transaction
    rolled back after it, so the demo stays as loaded."""
    with django_db_blocker.unblock():
        call_command("loaddemo", verbosity=0)


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A request in French leaves French active in the thread (LocaleMiddleware sets the
    language of each request, never unsets it): the next test starts in the default again."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """The production hasher takes a good part of a second a password, by design, and the
    tests sign in hundreds of times: they hash with MD5 instead.
    tests/core/test_security.py signs in once with the hashers the settings name."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session", autouse=True)
def no_collected_static_files(tmp_path_factory):
    """The tests serve static files through the finders, never from what a `collectstatic` may
    have left in the checkout's STATIC_ROOT: an empty folder instead. WhiteNoise reads the
    whole of STATIC_ROOT again for each new test client (a tenth of a second a client with the
    collected files there, a fifth of the suite's time); tests/test_static.py collects into a
    folder of its own."""
    from django.test import override_settings

    with override_settings(STATIC_ROOT=tmp_path_factory.mktemp("static_root")):
        yield


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Tests run with DEBUG off but without collectstatic: serve static files unhashed."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def user_in_role(django_user_model, role: str):
    user = django_user_model.objects.create_user(username=role, password=None)
    group, _ = Group.objects.get_or_create(name=ROLES[role])
    user.groups.add(group)
    if role in ("editor", "administrator"):  # the roles that work in the admin
        user.is_staff = True
        user.save()
    return user


@pytest.fixture
def viewer(db, django_user_model):
    return user_in_role(django_user_model, "viewer")


@pytest.fixture
def editor(db, django_user_model):
    return user_in_role(django_user_model, "editor")


@pytest.fixture
def administrator(db, django_user_model):
    return user_in_role(django_user_model, "administrator")


def password_only(user) -> Client:
    """A client signed in as ``user`` with a password alone, no second factor."""
    client = Client()
    client.force_login(user)
    return client


def _signed_in(user) -> Client:
    """A client signed in as ``user``; an Editor, Administrator or superuser has passed the
    second factor too (tests/second_factor.py), as they must before any page. The tests of
    the second factor itself (tests/accounts/) sign in without it."""
    client = password_only(user)
    return verified(client, user) if must_use_second_factor(user) else client


@pytest.fixture
def viewer_client(viewer):
    return _signed_in(viewer)


@pytest.fixture
def editor_client(editor):
    return _signed_in(editor)


@pytest.fixture
def admin_client_signed(administrator):
    return _signed_in(administrator)


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's superuser client, past the second factor as every superuser must be."""
    return _signed_in(admin_user)


@pytest.fixture
def print_clock(monkeypatch):
    """The print stamp's clock held at one minute: a cached PDF is one reader's for one
    minute, so a test that asks twice must not see the minute turn between the requests."""
    from django.utils import timezone

    from core import printing

    moment = timezone.localtime().replace(second=30, microsecond=0)
    monkeypatch.setattr(printing, "printed_at", lambda: moment)
    return moment
