"""Shared test fixtures: the demo data, loaded once, and signed-in users of each role."""
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

ROLES = {"viewer": "Viewers", "editor": "Editors", "administrator": "Administrators"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load every fixture of `loaddemo` once; each test runs in a transaction rolled back after."""
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
def plain_static_files(settings):
    """Tests run with DEBUG off but without collectstatic: serve static files unhashed."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _user_in_role(django_user_model, role: str):
    user = django_user_model.objects.create_user(username=role, password=None)
    group, _ = Group.objects.get_or_create(name=ROLES[role])
    user.groups.add(group)
    if role in ("editor", "administrator"):  # the roles that work in the admin
        user.is_staff = True
        user.save()
    return user


@pytest.fixture
def viewer(db, django_user_model):
    return _user_in_role(django_user_model, "viewer")


@pytest.fixture
def editor(db, django_user_model):
    return _user_in_role(django_user_model, "editor")


@pytest.fixture
def administrator(db, django_user_model):
    return _user_in_role(django_user_model, "administrator")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


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
def print_clock(monkeypatch):
    """The print stamp's clock held at one minute: a cached PDF is one reader's for one
    minute, so a test that asks twice must not see the minute turn between the requests."""
    from django.utils import timezone

    from core import printing

    moment = timezone.localtime().replace(second=30, microsecond=0)
    monkeypatch.setattr(printing, "printed_at", lambda: moment)
    return moment
