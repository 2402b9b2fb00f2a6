"""The "Columns" control: each user chooses the columns a table shows, kept for them alone;
the follow-up columns come first; exports hold every column whatever the page shows."""
import csv
import io

import pytest
from django.urls import reverse

from accounts.models import TableColumns
from surveys.tables import GovernmentTable

pytestmark = pytest.mark.django_db
GOVERNMENTS = reverse("surveys:government_list")
COLUMNS = reverse("table_columns")


def headers(page) -> list[str]:
    return [column.header for column in page.context["table"].columns]


def test_the_follow_up_columns_come_first_and_the_rest_wait(viewer_client):
    shown = headers(viewer_client.get(GOVERNMENTS))
    assert shown[:5] == ["Government", "Replied", "Latest stance", "Letters answered",
                         "Illustrative"]
    assert "Sub-region" not in shown and "Member since" not in shown


def test_a_users_choice_is_kept_for_them_and_no_one_else(viewer_client, editor_client):
    offered = [name for name, _header, _shown in
               viewer_client.get(GOVERNMENTS).context["column_choices"]]
    assert "name" not in offered  # the Government's name always shows
    chosen = {"table": "GovernmentTable", "offered": offered, "next": GOVERNMENTS + "?page=2",
              "show": ["replied", "sub_region", "admitted_on"]}

    saved = viewer_client.post(COLUMNS, chosen)

    assert saved.status_code == 302 and saved["Location"] == GOVERNMENTS + "?page=2"
    assert headers(viewer_client.get(GOVERNMENTS)) == ["Government", "Replied", "Sub-region",
                                                       "Member since"]
    assert "Sub-region" not in headers(editor_client.get(GOVERNMENTS))


def test_default_columns_forgets_the_choice(viewer_client, viewer):
    viewer_client.post(COLUMNS, {"table": "GovernmentTable", "offered": ["region"]})
    assert TableColumns.objects.filter(user=viewer).exists()
    viewer_client.post(COLUMNS, {"table": "GovernmentTable", "reset": "1"})
    assert not TableColumns.objects.filter(user=viewer).exists()
    assert "Region" in headers(viewer_client.get(GOVERNMENTS))


def test_the_export_holds_every_column_whatever_the_page_shows(viewer_client):
    viewer_client.post(COLUMNS, {"table": "GovernmentTable", "offered": ["illustrative",
                                                                        "region"]})
    exported = viewer_client.get(GOVERNMENTS + "?_export=csv").getvalue().decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(exported)))
    every = [str(c.header) for c in GovernmentTable([]).columns]
    assert header == every and "Illustrative" in header


@pytest.mark.parametrize("form", [
    {"table": "../etc", "offered": ["x"]},
    {"table": "GovernmentTable", "offered": ["a b", "<script>"], "next": "https://example.com"},
    {},
])
def test_odd_input_is_refused_or_made_harmless(viewer_client, form):
    answer = viewer_client.post(COLUMNS, form)
    assert answer.status_code in (302, 400)
    if answer.status_code == 302:
        assert answer["Location"] == "/"
    for choice in TableColumns.objects.all():
        assert all(name.isidentifier() for name in choice.hidden)


def test_only_signed_in_users_choose(client):
    answer = client.post(COLUMNS, {"table": "GovernmentTable"})
    assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]
    assert not TableColumns.objects.exists()


def test_the_responses_table_shows_a_few_codes_and_how_many_more(viewer_client):
    from surveys.tables import CODES_SHOWN
    page = viewer_client.get(reverse("surveys:response_list") + "?per_page=100")
    html = page.content.decode()
    rows = list(page.context["table"].page.object_list)
    many = next(row.record for row in rows if row.record.codes.count() > CODES_SHOWN)
    assert f"and {many.codes.count() - CODES_SHOWN} more" in html


def test_phones_get_the_filters_in_a_disclosure_and_a_skip_link(viewer_client):
    html = viewer_client.get(GOVERNMENTS + "?region=Europe&replied=no").content.decode()
    assert '<details class="filter-disclosure">' in html
    assert "Filters (2 applied)" in html
    assert '<a class="skip-link" href="#results">Skip to the table</a>' in html


def drawn_headers(page) -> list[str]:
    """The headers the page's HTML draws (a table kept in the cache is not drawn again)."""
    import re

    table = page.content.decode().split('<section class="results"')[1]
    return [re.sub(r"<span.*", "", header).strip() for header in
            re.findall(r'<th scope="col"[^>]*>\s*(?:<a [^>]*>)?([^<]*)', table)]


def test_a_table_kept_in_the_cache_draws_each_user_s_columns_in_their_language(
        viewer_client, editor_client):
    """The Governments table is kept in the shared cache (core.views.TablePage.
    cache_rendered_table), varied on the columns left out and the language: whoever read it
    first, each reader gets the columns they chose, in the language they read."""
    default = drawn_headers(viewer_client.get(GOVERNMENTS))
    viewer_client.post(COLUMNS, {"table": "GovernmentTable", "offered": ["replied", "sub_region"],
                                 "show": ["replied", "sub_region"]})

    chosen = drawn_headers(viewer_client.get(GOVERNMENTS))
    french = drawn_headers(editor_client.get(GOVERNMENTS, HTTP_ACCEPT_LANGUAGE="fr"))

    assert "Sub-region" in chosen and "Sub-region" not in default
    assert drawn_headers(editor_client.get(GOVERNMENTS)) == default
    assert default[0] == "Government" and french[0] == "Gouvernement"
