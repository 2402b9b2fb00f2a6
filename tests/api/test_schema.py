"""The OpenAPI description: generated without a warning, every endpoint, parameter and field
described, served at /api/schema/ and browsable at /api/docs/ from the app's own files."""
import re

import pytest
import yaml
from django.apps import apps
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

# Its module fixtures are built once: the whole module on one process (make test's --dist).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("test_schema")]
ENDPOINTS = [
    "/api/governments/", "/api/governments/{iso3}/", "/api/letters/", "/api/letters/{number}/",
    "/api/reports/", "/api/reports/{slug}/", "/api/reports/{slug}/summary/",
    "/api/responses/", "/api/responses/{id}/", "/api/policy-views/", "/api/policy-views/{id}/",
    "/api/published-figures/", "/api/published-figures/{id}/", "/api/codebook/",
    "/api/codebook/{slug}/", "/api/organizations/", "/api/organizations/{slug}/",
    "/api/activities/", "/api/activities/{id}/", "/api/lessons/", "/api/lessons/{id}/",
    "/api/instruments/", "/api/instruments/{id}/", "/api/follow-up/", "/api/missions/",
    "/api/missions/{iso3}/", "/api/contacts/", "/api/contacts/{id}/",
]


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict:
    """What `manage.py spectacular --validate --fail-on-warn` writes: it fails on a warning.

    It reads no database (a filter's choices from the records are not listed)."""
    path = tmp_path_factory.mktemp("schema") / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    return yaml.safe_load(path.read_text())


def properties(schema: dict):
    """(where, name, property) for every property of every component, nested ones too."""
    def walk(where, node):
        for name, prop in (node.get("properties") or {}).items():
            yield where, name, prop
            yield from walk(f"{where}.{name}", prop)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                yield from walk(where, node[key])
    for name, component in schema["components"]["schemas"].items():
        yield from walk(name, component)


def test_the_schema_has_every_endpoint_and_nothing_else(schema):
    assert sorted(schema["paths"]) == sorted(ENDPOINTS)
    assert all(set(operations) == {"get"} for operations in schema["paths"].values())


def test_every_endpoint_is_described(schema):
    undescribed = [path for path, ops in schema["paths"].items() if not ops["get"].get(
        "description")]
    assert undescribed == []


def test_every_parameter_is_described(schema):
    undescribed = [
        (path, parameter["name"]) for path, ops in schema["paths"].items()
        for parameter in ops["get"]["parameters"] if not parameter.get("description")
    ]
    assert undescribed == []


def test_every_field_is_described(schema):
    undescribed = [
        f"{where}.{name}" for where, name, prop in properties(schema)
        if "$ref" not in prop and not prop.get("description")
    ]
    assert undescribed == []


def test_every_response_is_described_with_its_errors(schema):
    for path, operations in schema["paths"].items():
        responses = operations["get"]["responses"]
        assert {"200", "401", "404", "429"} <= set(responses), path
        assert all(response.get("description") for response in responses.values()), path


def test_the_lists_take_their_pages_filters(schema):
    def names(path):
        return {p["name"] for p in schema["paths"][path]["get"]["parameters"]}

    assert {"q", "region", "sub_region", "development_group", "report", "replied",
            "latest_stance", "new", "member", "letter", "ordering", "page", "page_size",
            "fields"} == (
        names("/api/governments/"))
    assert {"q", "report", "stance", "letter", "government", "region", "development_group",
            "topic", "code", "respondent", "received_from", "received_to"} < (
        names("/api/responses/"))
    assert {"q", "group", "kind", "year", "organization", "place"} < names("/api/activities/")


def test_the_schema_is_served_to_a_signed_in_user(api):
    served = api.get("/api/schema/?format=json")

    assert served.status_code == 200
    assert set(served.json()["paths"]) == set(ENDPOINTS)


def test_the_documentation_is_served_from_the_app_itself(viewer_client):
    page = viewer_client.get(reverse("api:docs"))
    html = page.content.decode()

    assert page.status_code == 200
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", html)
    assert "<style" not in html and "<script>" not in html  # the CSP allows neither inline
    script = viewer_client.get(reverse("api:docs") + "?script=")
    assert script.status_code == 200 and "/api/schema/" in script.content.decode()
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")


def test_collectstatic_takes_swagger_ui_but_not_redoc():
    ignored = apps.get_app_config("staticfiles").ignore_patterns
    collected = {path for finder in finders.get_finders() for path, _ in finder.list(ignored)}

    assert "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in collected
    assert not any(path.startswith("drf_spectacular_sidecar/redoc") for path in collected)


def test_the_documentation_asks_anonymous_visitors_to_sign_in(client):
    answer = client.get(reverse("api:docs"))

    assert answer.status_code == 302 and reverse("login") in answer["Location"]
