"""Logging a contact in one step: bad input gets a clear message and writes nothing; a
contact is the signed-in user's, unless an Administrator records it for another officer, and
says who entered it (batches of reminders: test_batches.py)."""

import pytest
from django.urls import reverse

from surveys.models import FollowUp

pytestmark = pytest.mark.django_db
ADD = reverse("surveys:followup_contact_add")


def typed(world, **overrides) -> dict:
    data = {"government": "BBB", "letter": 1, "contacted_on": world["today"].isoformat(),
            "kind": "telephone", "outcome": "The counsellor will ask the capital.",
            "next_action": "Call again", "next_action_on": world["today"].isoformat()}
    data.update(overrides)
    return data


@pytest.fixture
def world(world, today, editor):
    return {**world, "today": today, "editor": editor}


def test_an_editor_logs_a_contact_as_themselves_and_goes_back(world, editor_client):
    back = "/follow-up/?letter=1"
    page = editor_client.post(f"{ADD}?next=%2Ffollow-up%2F%3Fletter%3D1",
                              {**typed(world), "officer": world["editor"].pk})

    assert page.status_code == 302 and page["Location"] == back
    contact = FollowUp.objects.get()
    assert contact.officer == world["editor"] and contact.government == world["BBB"]
    assert contact.history.count() == 1


def test_an_editors_form_has_no_officer_to_choose(world, editor_client):
    page = editor_client.get(f"{ADD}?government=BBB&letter=1")

    assert "officer" not in page.context["form"].fields
    assert 'name="officer"' not in page.content.decode()
    assert page.context["form"].initial["government"] == "BBB"


def test_an_editor_cannot_log_a_contact_in_another_users_name(world, editor_client,
                                                               administrator):
    page = editor_client.post(ADD, {**typed(world), "officer": administrator.pk})

    assert page.status_code == 302
    contact = FollowUp.objects.get()
    assert contact.officer == contact.entered_by == world["editor"]


def test_an_administrators_form_offers_themselves_as_officer(world, admin_client_signed,
                                                              administrator):
    page = admin_client_signed.get(f"{ADD}?government=BBB&letter=1")

    assert page.context["form"].initial["officer"] == administrator.pk


def test_an_administrator_records_a_contact_for_another_officer_and_it_says_so(
        world, admin_client_signed, administrator, editor_client):
    editor = world["editor"]
    editor.first_name, editor.last_name = "Amina", "Diallo"
    editor.save()
    administrator.first_name, administrator.last_name = "Pierre", "Martin"
    administrator.save()

    page = admin_client_signed.post(ADD, {**typed(world), "officer": editor.pk})

    assert page.status_code == 302
    contact = FollowUp.objects.get()
    assert contact.officer == editor and contact.entered_by == administrator
    shown = editor_client.get(world["BBB"].get_absolute_url()).content.decode()
    assert "Amina Diallo" in shown and "entered by Pierre Martin" in shown


def test_a_contact_entered_by_its_officer_does_not_repeat_the_name(world, editor_client):
    editor_client.post(ADD, typed(world))

    assert "entered by" not in editor_client.get(world["BBB"].get_absolute_url()).content.decode()


@pytest.mark.parametrize("overrides, field, message", [
    ({"contacted_on": "2000-01-01"}, "contacted_on", "before the letter it follows up"),
    ({"next_action_on": "2001-01-01"}, "next_action_on", "cannot be due in the past"),
    ({"contacted_on": "2999-01-01"}, "contacted_on", "cannot be after today"),
    ({"next_action": ""}, "next_action", "Say what the next action is"),
    ({"government": "EEE"}, "government", "was not a Member when the letter was sent"),
    ({"contacted_on": "1 March"}, "contacted_on", "Enter a valid date"),
])
def test_bad_input_says_why_keeps_what_was_typed_and_writes_nothing(
        world, editor_client, overrides, field, message):
    data = {**typed(world, **overrides), "officer": world["editor"].pk}
    page = editor_client.post(ADD, data)

    assert page.status_code == 200
    assert message in " ".join(page.context["form"].errors[field])
    assert "The counsellor will ask the capital." in page.content.decode()
    assert not FollowUp.objects.exists()


def test_a_viewer_cannot_log_a_contact(world, viewer_client):
    page = viewer_client.post(ADD, {**typed(world), "officer": 1})

    assert page.status_code == 403 and not FollowUp.objects.exists()


def test_an_unsafe_next_address_is_not_followed(world, editor_client):
    page = editor_client.post(f"{ADD}?next=https://elsewhere.example/",
                              {**typed(world), "officer": world["editor"].pk})

    assert page["Location"] == world["BBB"].get_absolute_url()


def test_the_government_page_shows_the_mission_and_the_log(world, editor_client, today):
    FollowUp.objects.create(government=world["BBB"], letter=world["letter"], contacted_on=today,
                            kind="meeting", officer=world["editor"], outcome="Met the deputy.")

    page = editor_client.get(world["BBB"].get_absolute_url()).content.decode()

    assert "Permanent Mission of Republic of BBB" in page and "bbb@example.org" in page
    assert "Met the deputy." in page and "Log a contact" in page


ADMIN_ADD = reverse("admin:surveys_followup_add")


def typed_in_the_admin(world, **overrides) -> dict:
    return {"government": world["BBB"].pk, "letter": world["letter"].pk,
            "contacted_on": world["today"].isoformat(), "kind": "telephone",
            "outcome": "Logged in the admin.", "next_action": "", "next_action_on": "",
            "message_id": "", "batch": "", "override_reason": "", **overrides}


def test_in_the_admin_an_editors_contact_is_their_own(world, editor_client, administrator):
    form = editor_client.get(ADMIN_ADD).content.decode()
    page = editor_client.post(ADMIN_ADD, typed_in_the_admin(world, officer=administrator.pk))

    assert 'name="officer"' not in form
    assert page.status_code == 302
    contact = FollowUp.objects.get()
    assert contact.officer == contact.entered_by == world["editor"]


def test_in_the_admin_an_editor_cannot_change_the_officer_of_a_contact(
        world, editor_client, administrator):
    contact = FollowUp.objects.create(
        government=world["BBB"], letter=world["letter"], contacted_on=world["today"],
        kind="meeting", officer=administrator, entered_by=administrator)

    form = editor_client.get(reverse("admin:surveys_followup_change", args=[contact.pk]))

    assert 'name="officer"' not in form.content.decode()


def test_in_the_admin_an_administrator_records_for_another_officer_and_it_says_so(
        world, admin_client_signed, administrator):
    page = admin_client_signed.post(ADMIN_ADD,
                                    typed_in_the_admin(world, officer=world["editor"].pk))

    assert page.status_code == 302
    contact = FollowUp.objects.get()
    assert contact.officer == world["editor"] and contact.entered_by == administrator
    change = admin_client_signed.get(reverse("admin:surveys_followup_change",
                                             args=[contact.pk])).content.decode()
    assert "Entered by" in change and 'name="entered_by"' not in change


def test_only_administrators_hold_the_right_to_record_for_another_officer(
        editor, administrator, viewer):
    right = "surveys.record_for_another_officer"

    assert administrator.has_perm(right)
    assert not editor.has_perm(right) and not viewer.has_perm(right)
    assert editor.has_perm("surveys.add_followup")
