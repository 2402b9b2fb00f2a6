"""The contract: Schemathesis generates requests from the served schema, sends them to the
app, and every answer is no server error and matches the schema (status code, content type,
headers and body).

Bounded: a few examples an operation, with a fixed seed, half of them at a record that
exists (random addresses are mostly 404s). The whole API takes well under a minute.
"""
import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from organizations.models import Activity, Instrument, Lesson, Organization
from surveys.models import FollowUp, PolicyView, PublishedFigure, Response
from tests.api.test_schema import ENDPOINTS

pytestmark = pytest.mark.django_db
EXAMPLES_PER_OPERATION = 10
CONFIG = SchemathesisConfig.from_dict({"seed": 2001, "generation": {"database": "none"}})
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]
SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


@pytest.fixture
def key(token) -> str:
    return token[1]


@pytest.fixture
def app():
    """The WSGI application, in the test's transaction.

    As Django's test client does, keep the handler from closing the database connection at
    the start and end of each request (it would end the test's transaction on PostgreSQL).
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield get_wsgi_application()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def api_schema(settings, app, key):
    """The schema the app serves to a token, with the app to send the requests to."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    return schemathesis.openapi.from_wsgi(
        "/api/schema/?format=json", app, headers={"Authorization": f"Token {key}"},
        config=CONFIG,
    )


def an_address(path: str) -> dict:
    """The path parameters of a record that exists, for an address of ``path``."""
    first = {
        "/api/responses/{id}/": Response, "/api/policy-views/{id}/": PolicyView,
        "/api/published-figures/{id}/": PublishedFigure, "/api/activities/{id}/": Activity,
        "/api/lessons/{id}/": Lesson, "/api/instruments/{id}/": Instrument,
        "/api/contacts/{id}/": FollowUp,
    }
    if path in first:
        return {"id": first[path].objects.order_by("pk").first().pk}
    return {
        "/api/governments/{iso3}/": {"iso3": "FRA"}, "/api/letters/{number}/": {"number": 3},
        "/api/reports/{slug}/": {"slug": "A-56-167"},
        "/api/reports/{slug}/summary/": {"slug": "A-56-167"},
        "/api/missions/{iso3}/": {"iso3": "FRA"},
        "/api/codebook/{slug}/": {"slug": "nature"},
        "/api/organizations/{slug}/": {"slug": Organization.objects.first().slug},
    }.get(path, {})


@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_answer_matches_the_schema(api_schema, key, contacts, path):
    operation = api_schema[path]["GET"]
    cases = operation.as_strategy()
    if "{" in path:
        cases = st.one_of(cases, operation.as_strategy(path_parameters=an_address(path)))
    headers = {"Authorization": f"Token {key}"}

    @SETTINGS
    @hypothesis.given(case=cases)
    def answers_match(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    answers_match()
