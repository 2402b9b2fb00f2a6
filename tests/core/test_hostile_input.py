"""No query string or form gives a server error: random and hostile values sent to every
filter, sort and pagination parameter of every table and of every list of the API, to the
admin changelists and the admin's autocomplete, and to every field of the follow-up's forms
(a contact, a batch of reminders logged or emailed, one reminder emailed) (Hypothesis)."""
import pytest
from django.contrib import admin
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.urls import router
from organizations.views import ActivityListView
from surveys import views
from surveys.followup.forms import latest_letter
from surveys.followup.views import FollowUpListView
from surveys.models import Government
from surveys.rounds.views import RoundComparisonView
from tests.second_factor import verified

pytestmark = pytest.mark.django_db

TABLE_PAGES = {
    reverse("surveys:government_list"): views.GovernmentListView,
    reverse("surveys:response_list"): views.ResponseListView,
    reverse("surveys:letter_list"): views.LetterListView,
    reverse("surveys:non_respondents", args=["A-56-167"]): views.NonRespondentListView,
    reverse("organizations:activity_list"): ActivityListView,
    reverse("surveys:followup_list"): FollowUpListView,
    reverse("surveys:round_comparison"): RoundComparisonView,
}
TABLE_PARAMETERS = [
    (url, name)
    for url, view in TABLE_PAGES.items()
    for name in [*view.filterset_class.base_filters, "sort", "page", "per_page"]
]


def admin_parameters() -> list[tuple[str, str]]:
    """Each changelist's search, ordering, page and filter parameters."""
    found = []
    for model, model_admin in admin.site._registry.items():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        names = ["q", "o", "p", "e"]
        for spec in model_admin.list_filter:
            if isinstance(spec, str):
                names += [f"{spec}__exact", f"{spec}__id__exact", spec]
        if model_admin.date_hierarchy:
            names += [f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")]
        found += [(url, name) for name in names]
    return found


def api_parameters() -> list[tuple[str, str]]:
    """Each list's filters (its FilterSet's), sort, page, page size and fields."""
    found = []
    for prefix, viewset, _basename in router.registry:
        names = ["ordering", "page", "page_size", "fields"]
        if viewset.filterset_class is not None:
            names += list(viewset.filterset_class.base_filters)
        found += [(f"/api/{prefix}/", name) for name in names]
    return found


def autocomplete_parameters() -> list[tuple[str, dict]]:
    found = []
    for model, model_admin in admin.site._registry.items():
        for field in model_admin.autocomplete_fields:
            found.append({"app_label": model._meta.app_label,
                          "model_name": model._meta.model_name, "field_name": field})
    return found


HOSTILE = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(10 ** 30), max_value=10 ** 30).map(str),
    st.sampled_from([
        "\x00", "a\x00b", "-1", "0", "1e309", "NaN", "99999999999999999999", "2001-02-30",
        "0000-00-00", "'; DROP TABLE surveys_response; --", "../../etc/passwd", "x" * 5000,
        "%", "%%", "[]", "{}", "null", "<script>alert(1)</script>", "-government", "--",
        "A-56-167/../..", "é" * 50, "\u202e", " ", "a\r\nBcc: x@example.org", "\n", "\r",
        "\x1b[2J", "\x7f", "\x85", "\u2028", "\t",
    ]),
)
FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def editor_browser(editor):
    client = Client()
    client.force_login(editor)
    return verified(client, editor)


@FUZZ
@given(target=st.sampled_from(TABLE_PARAMETERS), value=HOSTILE, export=st.booleans())
def test_no_table_page_gives_a_server_error(viewer_client, target, value, export):
    url, name = target
    params = {name: value, **({"_export": "csv"} if export else {})}
    response = viewer_client.get(url, params)
    assert response.status_code < 500, (url, params)


@FUZZ
@given(target=st.sampled_from(api_parameters()), value=HOSTILE)
def test_no_api_parameter_gives_a_server_error_and_every_answer_is_json(viewer_client, target,
                                                                        value):
    cache.clear()  # the throttle's count
    url, name = target
    response = viewer_client.get(url, {name: value})
    assert response.status_code < 500, (url, name, value)
    assert response["Content-Type"] == "application/json", (url, name, value)


@FUZZ
@given(target=st.sampled_from(admin_parameters()), value=HOSTILE)
def test_no_admin_changelist_gives_a_server_error(editor_browser, target, value):
    url, name = target
    response = editor_browser.get(url, {name: value})
    assert response.status_code < 500, (url, name, value)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(autocomplete_parameters()), value=HOSTILE)
def test_the_autocomplete_gives_no_server_error(editor_browser, target, value):
    response = editor_browser.get(reverse("admin:autocomplete"), {**target, "term": value})
    assert response.status_code < 500, (target, value)


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999999999", "\x00"])
def test_a_bad_initial_value_on_an_add_form_is_left_out(editor_browser, value):
    response = editor_browser.get(reverse("admin:surveys_response_add"), {"government": value})
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("value", ["-1", "0", "abc", "1000000"])
def test_rows_per_page_is_bounded_and_said(viewer_client, value):
    response = viewer_client.get(reverse("surveys:response_list"), {"per_page": value})
    assert response.status_code == 200
    shown = len(response.context["table"].page.object_list)
    assert 1 <= shown <= 100
    assert "Rows per page must be a whole number from 1 to 100" in response.content.decode()


def test_a_nul_byte_is_refused_with_a_plain_400(viewer_client):
    response = viewer_client.get(reverse("surveys:government_list"), {"q": "a\x00b"})
    assert response.status_code == 400 and b"NUL character" in response.content


@pytest.fixture
def open_round():
    """The latest letter and a Government that has not replied to it: a form's valid values,
    into which the tests put one hostile value at a time."""
    letter = latest_letter()
    today = timezone.localdate()
    government = Government.objects.awaiting_reply_to(letter, today).order_by("iso3").first()
    return {"letter": letter, "government": government, "today": today.isoformat()}


@pytest.fixture
def follow_up_forms(editor_browser, open_round) -> list[tuple[str, dict]]:
    """(address, valid values) of each form of the follow-up that writes; a batch lists the
    Governments its confirmation page lists, as the page posts them."""
    letter, iso3 = open_round["letter"].number, open_round["government"].iso3
    today = open_round["today"]
    log_url = f"{reverse('surveys:followup_log_batch')}?letter={letter}"
    email_url = f"{reverse('surveys:followup_email_batch')}?letter={letter}"

    def batch(url):
        due = editor_browser.get(url).context["due"]
        return {"governments": [g.iso3 for g in due], "include_held": "",
                "override_reason": ""}

    return [
        (reverse("surveys:followup_contact_add"),
         {"government": iso3, "letter": letter, "contacted_on": today, "kind": "telephone",
          "officer": "", "outcome": "Spoke to the counsellor.", "next_action": "",
          "next_action_on": "", "next": "/follow-up/"}),
        (log_url, {**batch(log_url), "sent_on": today, "kind": "note_verbale"}),
        (email_url, {**batch(email_url), "reply_by": ""}),
    ]


FORM_FIELDS = st.sampled_from([(0, name) for name in (
    "government", "letter", "contacted_on", "kind", "officer", "outcome", "next_action",
    "next_action_on", "next")] + [(form, name) for form in (1, 2) for name in (
    "governments", "include_held", "override_reason")] + [(1, "sent_on"), (1, "kind"),
                                                          (2, "reply_by")])


# Fewer examples than FUZZ: each one posts a batch form that lists every Government again
# (a tenth of a second), and the examples differ from run to run, so CI covers more in time.
@settings(FUZZ, max_examples=50)
@given(target=FORM_FIELDS, value=HOSTILE)
def test_no_follow_up_form_gives_a_server_error(editor_browser, follow_up_forms, target,
                                                value):
    form, name = target
    url, data = follow_up_forms[form]
    response = editor_browser.post(url, {**data, name: value})
    assert response.status_code < 500, (url, name, value)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from(["override_reason", "reply_by", "next"]), value=HOSTILE)
def test_emailing_one_reminder_gives_no_server_error(editor_browser, open_round, name, value):
    url = reverse("surveys:followup_send_reminder",
                  args=[open_round["government"].iso3, open_round["letter"].number])
    response = editor_browser.post(url, {name: value})
    assert response.status_code < 500, (name, value)
