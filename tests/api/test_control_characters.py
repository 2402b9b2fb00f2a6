"""A line break, a NUL or another control character in any query parameter of any endpoint
is a 400 in JSON that names the parameter, before any filter reads it; a tab is not refused."""
import pytest

from tests.api.conftest import LISTS, RECORDS

pytestmark = pytest.mark.django_db

ENDPOINTS = {**LISTS, **RECORDS, "root": "/api/", "schema": "/api/schema/?format=json"}
REFUSED = ["\x00", "a\x00b", "Europe\r\nX-Injected: 1", "\n", "\r", "\x1b[31m", "\x7f",
           "\x85", "\u2028", "\u2029"]


def with_parameter(url: str, name: str, value: str) -> tuple[str, dict]:
    path, _, query = url.partition("?")
    params = dict(pair.split("=", 1) for pair in query.split("&") if pair)
    return path, {**params, name: value}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_nul_in_any_parameter_of_any_endpoint_is_a_400_in_json(api, endpoint):
    path, params = with_parameter(ENDPOINTS[endpoint], "region", "a\x00b")

    answer = api.get(path, params)

    assert answer.status_code == 400, answer.content
    assert answer.json() == {"region": [
        "This parameter holds a line break or another control character (such as NUL), "
        "which no parameter of the API takes."]}


@pytest.mark.parametrize("value", REFUSED, ids=repr)
def test_every_control_character_but_the_tab_is_refused(api, value):
    answer = api.get("/api/governments/", {"q": value, "page": "1"})

    assert answer.status_code == 400
    assert list(answer.json()) == ["q"]


def test_the_name_of_a_parameter_is_checked_too(api):
    answer = api.get("/api/governments/?page=1&reg%0Aion=Europe")

    assert answer.status_code == 400 and list(answer.json()) == ["reg\nion"]


def test_a_tab_is_not_refused(api):
    assert api.get("/api/governments/", {"q": "France\t"}).status_code == 200


def test_anonymous_is_still_refused_first(client):
    assert client.get("/api/governments/", {"q": "\x00"}).status_code in (401, 403)


def test_the_example_of_the_finding_is_a_400_for_a_viewer_signed_in_on_the_site(viewer_client):
    answer = viewer_client.get("/api/activities/?organization=%00")

    assert answer.status_code == 400
    assert answer["Content-Type"] == "application/json"
    assert list(answer.json()) == ["organization"]
