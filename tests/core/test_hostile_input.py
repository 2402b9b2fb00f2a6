"""No query string gives a server error: random and hostile values sent to every filter,
sort and pagination parameter of every table, to the admin changelists and to the admin's
autocomplete (Hypothesis)."""
import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organizations.views import ActivityListView
from surveys import views
from surveys.followup.views import FollowUpListView
from surveys.rounds.views import RoundComparisonView

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
        "A-56-167/../..", "é" * 50, "\u202e", " ",
    ]),
)
FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def editor_browser(editor):
    client = Client()
    client.force_login(editor)
    return client


@FUZZ
@given(target=st.sampled_from(TABLE_PARAMETERS), value=HOSTILE, export=st.booleans())
def test_no_table_page_gives_a_server_error(viewer_client, target, value, export):
    url, name = target
    params = {name: value, **({"_export": "csv"} if export else {})}
    response = viewer_client.get(url, params)
    assert response.status_code < 500, (url, params)


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
