"""Who reads the API: a token or a session of any role; anonymous requests get 401."""
import datetime

import pytest
from django.test import Client
from django.utils import timezone

from api.models import Token
from tests.api.conftest import LISTS, RECORDS

pytestmark = pytest.mark.django_db
EVERY_ENDPOINT = {**LISTS, **RECORDS, "root": "/api/", "schema": "/api/schema/"}


@pytest.mark.parametrize("url", EVERY_ENDPOINT.values(), ids=EVERY_ENDPOINT.keys())
def test_anonymous_requests_get_401_and_are_told_to_send_a_token(client, url):
    answer = client.get(url)

    assert answer.status_code == 401
    assert answer["WWW-Authenticate"] == "Token"
    assert "login" not in answer.get("Location", "")


@pytest.mark.parametrize("url", EVERY_ENDPOINT.values(), ids=EVERY_ENDPOINT.keys())
def test_a_token_reads_every_endpoint(api, url):
    assert api.get(url).status_code == 200


@pytest.mark.parametrize("key", ["not-a-key", ""])
def test_a_wrong_or_empty_token_is_refused(key):
    answer = Client(headers={"Authorization": f"Token {key}"}).get("/api/letters/")

    assert answer.status_code == 401


def test_the_token_of_a_deactivated_user_is_refused(api, token):
    user = token[0].user
    user.is_active = False
    user.save()

    assert api.get("/api/letters/").status_code == 401


def test_a_revoked_token_is_refused(api, token):
    token[0].delete()

    assert api.get("/api/letters/").status_code == 401


def test_the_key_is_not_stored_only_its_digest(token):
    stored, key = token

    assert stored.prefix == key[:8]
    assert not Token.objects.filter(digest=key).exists()
    assert key not in {value for value in Token.objects.values_list("digest", "prefix")[0]}


def test_a_token_records_when_it_was_last_used(api, token):
    assert token[0].last_used is None
    api.get("/api/letters/")

    token[0].refresh_from_db()
    assert timezone.now() - token[0].last_used < datetime.timedelta(minutes=1)


@pytest.mark.parametrize("role", ["viewer_client", "editor_client", "admin_client_signed"])
def test_every_role_reads_as_on_the_pages(request, role):
    """The pages let every signed-in role read; so does the API, by the browser's session."""
    client = request.getfixturevalue(role)

    assert client.get("/api/governments/?report=A-56-167").status_code == 200
    assert client.get("/governments/?report=A-56-167").status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_is_written_through_the_api(api, method):
    assert getattr(api, method)("/api/letters/3/").status_code == 405
