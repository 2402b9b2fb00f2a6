"""Error pages speak plain words inside the site's frame; the unavailable page (503) only
when the database cannot be reached, any other fault of the database a logged 500."""
import logging
import socket

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import load_backend
from django.template.loader import render_to_string
from django.test import Client, override_settings
from django.urls import path
from django.views.defaults import permission_denied

pytestmark = pytest.mark.django_db


def test_an_unknown_address_gets_a_plain_404_page(viewer_client):
    response = viewer_client.get("/governments/XXX/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "There is no page at this address" in content
    assert 'class="site-header"' in content


def test_a_refusal_says_whom_to_ask(rf, viewer):
    request = rf.get("/")
    request.user = viewer
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "ask an administrator" in response.content.decode()


def test_the_500_page_renders_without_a_request():
    assert "Something went wrong on our side" in render_to_string("500.html")


def missing_table(request):
    with transaction.atomic(), connection.cursor() as cursor:  # a savepoint: PostgreSQL's
        cursor.execute("SELECT * FROM no_such_table")          # test transaction goes on


def unreachable(engine: str) -> BaseDatabaseWrapper:
    """A connection to a database that refuses it: PostgreSQL on a port nothing listens on,
    or SQLite in a folder that does not exist."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    name = "tracker" if engine == "postgresql" else "/no/such/folder/tracker.sqlite3"
    backend = load_backend(f"django.db.backends.{engine}")
    return backend.DatabaseWrapper({
        **connection.settings_dict, "ENGINE": f"django.db.backends.{engine}", "NAME": name,
        "HOST": "127.0.0.1", "PORT": str(port), "USER": "tracker", "PASSWORD": "",
        "OPTIONS": {"connect_timeout": 5} if engine == "postgresql" else {},
    }, alias="unreachable")


def refused_postgresql(request):
    unreachable("postgresql").ensure_connection()


def unopenable_sqlite(request):
    unreachable("sqlite3").ensure_connection()


urlpatterns = [path("missing-table/", missing_table), path("refused/", refused_postgresql),
               path("unopenable/", unopenable_sqlite)]


@override_settings(ROOT_URLCONF=__name__)
def test_a_missing_table_is_a_logged_500_not_the_unavailable_page(viewer, caplog):
    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/missing-table/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    assert "no_such_table" in caplog.text


@pytest.mark.parametrize("address", ["/refused/", "/unopenable/"])
@override_settings(ROOT_URLCONF=__name__)
def test_a_database_that_cannot_be_reached_is_the_unavailable_page(viewer, address):
    client = Client(raise_request_exception=False)
    client.force_login(viewer)
    response = client.get(address)
    assert response.status_code == 503
    assert "temporarily unavailable" in response.content.decode()
