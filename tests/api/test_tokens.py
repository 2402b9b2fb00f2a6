"""Tokens: each user creates and revokes their own on a page; Administrators all, in the admin."""
import re

import pytest
from django.test import Client
from django.urls import reverse

from api.models import Token, digest_of

pytestmark = pytest.mark.django_db
PAGE = "/accounts/tokens/"


def shown_key(page) -> str:
    found = re.search(r'<code id="new-key">([^<]+)</code>', page.content.decode())
    assert found, "no key on the page"
    return found.group(1)


def test_the_token_page_needs_sign_in(client):
    answer = client.get(PAGE)

    assert answer.status_code == 302
    assert reverse("login") in answer["Location"]


def test_a_user_creates_a_token_and_sees_its_key_once(viewer_client, viewer):
    created = viewer_client.post(PAGE, {"description": "yearly statistics"})

    key = shown_key(created)
    token = Token.objects.get(user=viewer)
    assert token.digest == digest_of(key) and token.description == "yearly statistics"
    assert "no-store" in created["Cache-Control"]
    assert key not in viewer_client.get(PAGE).content.decode()
    assert token.prefix in viewer_client.get(PAGE).content.decode()
    assert viewer_client.get(
        "/api/letters/", headers={"Authorization": f"Token {key}"}
    ).status_code == 200


def test_a_user_revokes_their_token(viewer_client, token):
    stored, key = token

    answer = viewer_client.post(PAGE, {"revoke": stored.pk}, follow=True)

    assert not Token.objects.filter(pk=stored.pk).exists()
    assert "is revoked" in answer.content.decode()
    script = Client(headers={"Authorization": f"Token {key}"})
    assert script.get("/api/letters/").status_code == 401


def test_a_user_cannot_revoke_another_users_token(editor_client, token):
    stored, _key = token

    assert editor_client.post(PAGE, {"revoke": stored.pk}).status_code == 404
    assert Token.objects.filter(pk=stored.pk).exists()


def test_the_page_lists_only_the_users_own_tokens(editor_client, editor, token):
    Token.objects.issue(user=editor, description="editor's script")

    page = editor_client.get(PAGE).content.decode()

    assert "editor&#x27;s script" in page and token[0].prefix not in page


def test_administrators_see_and_revoke_every_token_in_the_admin(admin_client_signed, token):
    stored, _key = token
    changelist = reverse("admin:api_token_changelist")

    assert stored.prefix in admin_client_signed.get(changelist).content.decode()
    deleted = admin_client_signed.post(
        reverse("admin:api_token_delete", args=[stored.pk]), {"post": "yes"}
    )
    assert deleted.status_code == 302
    assert not Token.objects.filter(pk=stored.pk).exists()


def test_administrators_create_a_token_for_a_user_in_the_admin(admin_client_signed, viewer):
    created = admin_client_signed.post(
        reverse("admin:api_token_add"), {"user": viewer.pk, "description": "for the viewer"}
    )

    key = shown_key(created)
    assert Token.objects.get(user=viewer).digest == digest_of(key)
    assert "no-store" in created["Cache-Control"]


@pytest.mark.parametrize(("role", "expected"), [("editor_client", 403), ("viewer_client", 302)])
def test_other_roles_do_not_manage_tokens_in_the_admin(request, role, expected):
    client = request.getfixturevalue(role)

    assert client.get(reverse("admin:api_token_changelist")).status_code == expected
