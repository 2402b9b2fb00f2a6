"""No lost updates: a save over a change made after the form was opened is refused."""
import pytest
from django.contrib.auth.models import Group
from django.test import Client

from surveys.models import Response
from tests.admin.conftest import admin_url, change_data
from tests.second_factor import verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_editor_client(django_user_model):
    user = django_user_model.objects.create_user(username="second_editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return verified(client, user)


@pytest.fixture
def reply():
    return Response.objects.filter(stance="in_favour").select_related("letter").first()


def open_form(client, response) -> dict:
    """Open the change form; return the data it would post back, hidden version included."""
    page = client.get(admin_url("response_change", response.pk))
    form = page.context["adminform"].form
    seen = form["seen_version"].value()
    hidden = f' value="{seen}"' if seen else ""
    assert f'<input type="hidden" name="seen_version"{hidden}' in page.content.decode()
    return change_data(response, seen_version=seen)


def test_the_second_of_two_editors_is_told_who_changed_the_record_and_nothing_is_overwritten(
    editor_client, second_editor_client, reply
):
    first = open_form(editor_client, reply)
    second = open_form(second_editor_client, reply)
    saved = editor_client.post(admin_url("response_change", reply.pk),
                               {**first, "stance": "reservations", "codes": []})
    assert saved.status_code == 302

    page = second_editor_client.post(admin_url("response_change", reply.pk),
                                     {**second, "summary": "The second editor's words"})

    assert page.status_code == 200
    messages = page.context["adminform"].form.non_field_errors()
    assert messages[0].startswith("This record was changed by editor on ")
    assert "Stance is now: Reservations" in messages
    assert "Coded views is now: (empty)" in messages
    assert "The second editor&#x27;s words" in page.content.decode()
    reply.refresh_from_db()
    assert reply.stance == "reservations"
    assert reply.summary != "The second editor's words"


def test_having_seen_the_other_change_the_editor_can_save_again(
    editor_client, second_editor_client, reply
):
    first = open_form(editor_client, reply)
    second = open_form(second_editor_client, reply)
    editor_client.post(admin_url("response_change", reply.pk), {**first, "source": "New source"})
    refused = second_editor_client.post(admin_url("response_change", reply.pk),
                                        {**second, "summary": "Checked and kept"})
    rebased = refused.context["adminform"].form["seen_version"].value()

    again = second_editor_client.post(
        admin_url("response_change", reply.pk),
        {**second, "summary": "Checked and kept", "source": "New source", "seen_version": rebased},
    )

    assert again.status_code == 302
    reply.refresh_from_db()
    assert (reply.summary, reply.source) == ("Checked and kept", "New source")


def test_a_save_with_nothing_newer_goes_through(editor_client, reply):
    data = open_form(editor_client, reply)

    page = editor_client.post(admin_url("response_change", reply.pk), {**data, "summary": "Ok"})

    assert page.status_code == 302
    reply.refresh_from_db()
    assert reply.summary == "Ok"


def test_without_a_history_row_when_opened_the_differing_values_are_shown(
    editor_client, second_editor_client, reply
):
    reply.history.all().delete()
    second = open_form(second_editor_client, reply)
    assert second["seen_version"] == ""
    first = open_form(editor_client, reply)
    editor_client.post(admin_url("response_change", reply.pk), {**first, "source": "Newer"})

    page = second_editor_client.post(admin_url("response_change", reply.pk), second)

    messages = page.context["adminform"].form.non_field_errors()
    assert "Source is now: Newer" in messages
    reply.refresh_from_db()
    assert reply.source == "Newer"
