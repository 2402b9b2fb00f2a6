"""Roles, as a matrix of role x page x method: Viewers read the pages, Editors keep the
records in the admin, Administrators also manage users and groups."""
import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from surveys.models import Government, Response
from tests.admin.conftest import reply_data

pytestmark = pytest.mark.django_db
ROLES = ("anonymous", "viewer", "editor", "administrator")
CLIENTS = {"viewer": "viewer_client", "editor": "editor_client",
           "administrator": "admin_client_signed"}
RECORDS = sorted(
    f"{model._meta.app_label}_{model._meta.model_name}" for model in admin.site._registry
    if model._meta.app_label in ("surveys", "organizations")
)
ACCOUNTS = ("auth_user", "auth_group")


@pytest.fixture(params=ROLES)
def role(request):
    return request.param


@pytest.fixture
def signed_in(role, request):
    return request.getfixturevalue(CLIENTS[role]) if role in CLIENTS else Client()


def outcome(page) -> str:
    """What a person meets: the page, a sign-in page, a refusal, or a save that went through."""
    if page.status_code == 302 and "login" in page["Location"]:
        return "sign in"
    return {200: "page", 302: "saved", 403: "refused"}[page.status_code]


def admin_expectation(role: str, granted_to: tuple[str, ...], success: str = "page") -> str:
    if role in ("anonymous", "viewer"):  # Viewers read the pages; the admin is for staff
        return "sign in"
    return success if role in granted_to else "refused"


@pytest.mark.parametrize("records", RECORDS)
def test_record_lists_in_the_admin(signed_in, role, records):
    page = signed_in.get(reverse(f"admin:{records}_changelist"))

    assert outcome(page) == admin_expectation(role, ("editor", "administrator"))


@pytest.mark.parametrize("accounts", ACCOUNTS)
def test_users_and_groups_in_the_admin(signed_in, role, accounts):
    page = signed_in.get(reverse(f"admin:{accounts}_changelist"))

    assert outcome(page) == admin_expectation(role, ("administrator",))


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_recording_a_reply(signed_in, role, method, silent_government, third_letter):
    url = reverse("admin:surveys_response_add")
    data = reply_data(silent_government, third_letter)
    page = signed_in.post(url, data) if method == "POST" else signed_in.get(url)

    success = "saved" if method == "POST" else "page"
    assert outcome(page) == admin_expectation(role, ("editor", "administrator"), success)
    created = Response.objects.filter(government=silent_government, letter=third_letter)
    assert created.exists() == (method == "POST" and role in ("editor", "administrator"))


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_importing_responses(signed_in, role, method):
    url = reverse("admin:surveys_response_import")
    page = signed_in.post(url, {"format": "0"}) if method == "POST" else signed_in.get(url)

    assert outcome(page) == admin_expectation(role, ("editor", "administrator"))


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_adding_a_user(signed_in, role, method):
    url = reverse("admin:auth_user_add")
    data = {"username": "newcomer", "usable_password": "true",
            "password1": "a-long-passphrase-2001", "password2": "a-long-passphrase-2001"}
    page = signed_in.post(url, data) if method == "POST" else signed_in.get(url)

    success = "saved" if method == "POST" else "page"
    assert outcome(page) == admin_expectation(role, ("administrator",), success)
    created = get_user_model().objects.filter(username="newcomer").exists()
    assert created == (method == "POST" and role == "administrator")


def test_the_pages_are_for_every_role_once_signed_in(signed_in, role):
    page = signed_in.get(reverse("surveys:home"))

    assert outcome(page) == ("sign in" if role == "anonymous" else "page")


def test_a_viewer_cannot_change_a_record_even_by_posting_directly(viewer_client):
    government = Government.objects.first()
    url = reverse("admin:surveys_government_change", args=[government.pk])

    page = viewer_client.post(url, {"name": "Renamed"})

    assert outcome(page) == "sign in"
    government.refresh_from_db()
    assert government.name != "Renamed"
