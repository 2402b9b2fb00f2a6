"""Who must pass the second factor before any page: Editors, Administrators and superusers,
and Viewers who chose to enrol. Until then the admin and every write send them to enrol (no
app yet) or to the code; API tokens are not concerned."""
import pytest
from django.test import Client
from django.urls import reverse

from api.models import Token
from surveys.models import FollowUp, Response
from tests.accounts.conftest import password_only
from tests.second_factor import authenticator, verified

pytestmark = pytest.mark.django_db

ENROL = reverse("two_factor:enrol")
VERIFY = reverse("two_factor:verify")
HOME = reverse("surveys:home")
# The admin, recording a reply, importing, logging a contact, sending a reminder (one and a
# batch): each refused before its view runs, so no record needs to exist.
WRITES = {
    "admin": reverse("admin:index"),
    "reply": reverse("admin:surveys_response_add"),
    "import": reverse("admin:surveys_response_import"),
    "contact": reverse("surveys:followup_contact_add") + "?government=FRA",
    "reminder": reverse("surveys:followup_send_reminder", args=["FRA", 1]),
    "reminders": reverse("surveys:followup_email_batch") + "?letter=1",
}


def sent_to(answer, step: str) -> bool:
    return answer.status_code == 302 and answer["Location"].startswith(step + "?next=")


@pytest.mark.parametrize("url", WRITES.values(), ids=WRITES.keys())
def test_an_editor_without_a_second_factor_is_sent_to_enrol(unverified_editor, url):
    assert sent_to(unverified_editor.get(url), ENROL)
    assert sent_to(unverified_editor.post(url, {"stance": "in_favour"}), ENROL)
    assert not Response.objects.exists() and not FollowUp.objects.exists()


@pytest.mark.parametrize("url", WRITES.values(), ids=WRITES.keys())
def test_an_enrolled_editor_who_has_not_typed_the_code_is_sent_to_it(unverified_editor,
                                                                       editor, url):
    authenticator(editor)
    assert sent_to(unverified_editor.get(url), VERIFY)
    assert sent_to(unverified_editor.post(url, {"kind": "telephone"}), VERIFY)


def test_the_address_is_kept_to_come_back_to(unverified_editor):
    answer = unverified_editor.get(WRITES["contact"])
    assert answer["Location"] == f"{ENROL}?next=%2Ffollow-up%2Fcontacts%2Fnew%2F%3Fgovernment%3DFRA"


def test_every_page_waits_for_it_not_only_the_writes(unverified_editor):
    assert sent_to(unverified_editor.get(HOME), ENROL)
    assert sent_to(unverified_editor.get(reverse("api_tokens")), ENROL)


def test_administrators_and_superusers_need_it_too(unverified_administrator,
                                                    django_user_model):
    assert sent_to(unverified_administrator.get(reverse("admin:auth_user_changelist")), ENROL)
    superuser = django_user_model.objects.create_superuser("root", password=None)
    assert sent_to(password_only(superuser).get(reverse("admin:index")), ENROL)


def test_a_viewer_is_not_asked_for_it(viewer_client):
    assert viewer_client.get(HOME).status_code == 200


def test_a_viewer_who_enrolled_is_asked_for_the_code(viewer):
    authenticator(viewer)
    client = password_only(viewer)
    assert sent_to(client.get(HOME), VERIFY)
    assert verified(client, viewer).get(HOME).status_code == 200


def test_a_viewer_whose_app_was_removed_is_not_asked_for_it_again(viewer):
    device = authenticator(viewer)
    client = password_only(viewer)
    device.delete()  # an Administrator's reset
    assert client.get(HOME).status_code == 200


def test_signing_out_and_the_language_switcher_stay_open(unverified_editor):
    switched = unverified_editor.post(reverse("set_language"), {"language": "fr",
                                                                "next": ENROL})
    assert switched["Location"] == ENROL
    answer = unverified_editor.post(reverse("logout"))
    assert answer.status_code == 302 and answer["Location"] == reverse("login")
    assert "_auth_user_id" not in unverified_editor.session


def test_an_api_token_is_not_concerned(editor):
    _token, key = Token.objects.issue(user=editor, description="a script")
    answer = Client().get("/api/governments/", HTTP_AUTHORIZATION=f"Token {key}")
    assert answer.status_code == 200
    assert answer.json()["results"] == []


def test_a_verified_editor_opens_every_page(editor_client):
    """The shared clients of tests/conftest.py have passed the second factor."""
    assert editor_client.get(WRITES["admin"]).status_code == 200
    assert editor_client.get(WRITES["reply"]).status_code == 200
