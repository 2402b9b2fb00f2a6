"""Builders for the admin tests: a Government and letter without a reply, a reply, a second
Editor, and form data."""
import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from surveys.models import Code, Government, Letter, Response
from tests.second_factor import verified


@pytest.fixture
def third_letter(db):
    return Letter.objects.get(number=3)


@pytest.fixture
def silent_government(third_letter):
    """A Member when the third letter was sent that never replied to it."""
    return (
        Government.objects.members_on(third_letter.sent_on)
        .exclude(responses__letter=third_letter)
        .order_by("name")
        .first()
    )


def codes_of(topic_slug: str) -> list[Code]:
    return list(Code.objects.filter(topic__slug=topic_slug).order_by("order"))


def reply_data(government, letter, **overrides) -> dict:
    """What an editor types into the reply form: in favour, two codes on the nature topic."""
    data = {
        "government": government.pk,
        "letter": letter.pk,
        "received_on": (letter.sent_on + datetime.timedelta(days=40)).isoformat(),
        "stance": "in_favour",
        "codes": [code.pk for code in codes_of("nature")],
        "summary": "Favours a technical conference.",
        "source": "Letter of the Permanent Mission.",
    }
    data.update(overrides)
    return data


def change_data(response: Response, **overrides) -> dict:
    data = {
        "government": response.government_id,
        "letter": response.letter_id,
        "received_on": response.received_on.isoformat(),
        "stance": response.stance,
        "codes": [code.pk for code in response.codes.all()],
        "summary": response.summary,
        "source": response.source,
    }
    if response.is_illustrative:
        data["is_illustrative"] = "on"
    data.update(overrides)
    return data


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:surveys_{name}", args=args)


@pytest.fixture
def silent(third_letter):
    """Three Governments that did not reply to the third letter."""
    return list(Government.objects.members_on(third_letter.sent_on)
                .exclude(responses__letter=third_letter).order_by("name")[:3])


@pytest.fixture
def second_editor_client(django_user_model):
    """A colleague of ``editor``, signed in as an Editor too, second factor passed."""
    user = django_user_model.objects.create_user(username="second_editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return verified(client, user)


@pytest.fixture
def reply():
    """A reply in favour, from the demo data."""
    return Response.objects.filter(stance="in_favour").select_related("letter").first()
