import csv
import io
from html import unescape

import pytest
from django.urls import reverse
from django.utils.html import escape

from organizations.filters import ActivityFilter
from organizations.models import Activity, Lesson, Organization
from organizations.tables import ActivityTable

pytestmark = pytest.mark.django_db

PAGES = [
    ("organizations:organization_list", {}),
    ("organizations:activity_list", {}),
    ("organizations:lesson_list", {}),
    ("organizations:lesson_by_organization", {}),
    ("organizations:instrument_list", {}),
    ("organizations:inventory", {}),
    ("organizations:organization_detail", {"slug": "iom"}),
]


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_pages_need_sign_in(client, name, kwargs):
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_pages_render_for_a_signed_in_viewer(viewer_client, name, kwargs):
    response = viewer_client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200
    assert b"organizations.css" in response.content


# A page's queries must not grow with its rows: the same ceiling with the reference data and
# with 40 more organizations, each with an activity, two partners and a lesson. The printable
# inventory prefetches bodies, their activities and lessons, hence its higher fixed ceiling.
CEILINGS = {
    "organizations:inventory": 16,
    "organizations:organization_detail": 9,
    "organizations:instrument_list": 8,
}


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_queries_do_not_grow_with_rows(
    viewer_client, build_rows, django_assert_max_num_queries, name, kwargs
):
    url = reverse(name, kwargs=kwargs)
    ceiling = CEILINGS.get(name, 7)
    with django_assert_max_num_queries(ceiling):
        viewer_client.get(url)
    build_rows(40)
    with django_assert_max_num_queries(ceiling):
        assert viewer_client.get(url).status_code == 200


def test_the_activities_export_queries_do_not_grow(
    viewer_client, build_rows, django_assert_max_num_queries
):
    url = reverse("organizations:activity_list") + "?_export=csv"
    build_rows(40)
    with django_assert_max_num_queries(8):
        viewer_client.get(url)


def rows_of(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def expected_titles(params: dict) -> list[str]:
    """The same filter, applied without the page: the rows the page and export must hold."""
    filterset = ActivityFilter(params, queryset=Activity.objects.with_organizations())
    assert filterset.is_valid()
    return sorted(filterset.qs.values_list("title", flat=True))


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "meeting", "year": "2000"},
        {"group": "B"},
        {"q": "trafficking"},
        {"place": "kosovo"},
        {"organization": "5"},  # ECLAC: its own and CELADE's
        {"group": "E", "kind": "publication"},
    ],
)
def test_the_export_holds_exactly_the_filtered_rows(viewer_client, params):
    expected = expected_titles(params)
    assert expected
    response = viewer_client.get(
        reverse("organizations:activity_list"), {**params, "_export": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = rows_of(response)
    assert sorted(row["Title"] for row in rows) == expected
    page = viewer_client.get(reverse("organizations:activity_list"), params)
    assert page.context["table"].paginator.count == len(expected)


def test_the_export_holds_every_page_of_rows(viewer_client, build_rows):
    build_rows(60, title="Work session")
    url = reverse("organizations:activity_list")
    page = viewer_client.get(url, {"q": "Work session"})
    assert len(page.context["table"].page.object_list) == 25
    rows = rows_of(viewer_client.get(url, {"q": "Work session", "_export": "csv"}))
    assert len(rows) == 61  # the 60 added and the ECE-Eurostat Work Session
    xlsx = viewer_client.get(url, {"q": "Work session", "_export": "xlsx"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_export_names_every_organization_and_role(viewer_client):
    rows = rows_of(
        viewer_client.get(
            reverse("organizations:activity_list"), {"q": "Policy Programme", "_export": "csv"}
        )
    )
    imp = next(r for r in rows if r["Title"] == "International Migration Policy Programme (IMP)")
    assert imp["When"] == "since 1998"
    assert imp["Organizations"].split("; ") == [
        "United Nations Institute for Training and Research (UNITAR) (lead)",
        "United Nations Population Fund (UNFPA) (co-sponsor)",
        "International Labour Organization (ILO) (co-sponsor)",
        "International Organization for Migration (IOM) (co-sponsor)",
    ]


def test_sorting_by_title_and_by_date(viewer_client):
    url = reverse("organizations:activity_list")
    by_title = rows_of(viewer_client.get(url, {"sort": "title", "_export": "csv"}))
    assert [r["Title"] for r in by_title] == sorted(r["Title"] for r in by_title)
    by_date = viewer_client.get(url, {"sort": "-when"}).context["table"].page.object_list
    dates = [row.record.start or row.record.end for row in by_date]
    assert dates[0] == max(d for d in dates if d)


def test_an_invalid_filter_is_said_next_to_its_field(viewer_client):
    response = viewer_client.get(reverse("organizations:activity_list"), {"kind": "nonsense"})
    assert response.status_code == 200
    assert b'id="id_kind-error"' in response.content


def test_every_filter_field_has_a_label(viewer_client):
    content = viewer_client.get(reverse("organizations:activity_list")).content.decode()
    for name in ActivityFilter.base_filters:
        assert f'<label for="id_{name}">' in content


def test_the_table_renders_every_column(viewer_client):
    response = viewer_client.get(reverse("organizations:activity_list"))
    content = response.content.decode()
    for column in ActivityTable.base_columns.values():
        assert f">{column.verbose_name}<" in content or str(column.verbose_name) in content


def test_the_organizations_are_grouped_as_in_the_report(viewer_client):
    response = viewer_client.get(reverse("organizations:organization_list"))
    labels = [label for label, _ in response.context["groups"]]
    assert labels[0] == "United Nations Secretariat"
    assert labels[-1] == "Organizations outside the United Nations system"
    iom = next(o for _, orgs in response.context["groups"] for o in orgs if o.slug == "iom")
    assert iom.activity_count == Activity.objects.filter(organization=iom).count()
    assert iom.lesson_count == Lesson.objects.filter(organization=iom).count()


def test_an_organization_page_shows_its_bodies_and_their_activities(viewer_client):
    response = viewer_client.get(reverse("organizations:organization_detail", args=["eclac"]))
    content = unescape(response.content.decode())
    assert "Latin American and Caribbean Demographic Centre" in content
    assert "Symposium on International Migration in the Americas" in content
    assert "September 2000" in content
    timeline = content.index('<ol class="timeline">')
    assert content.index("June 2000", timeline) < content.index("September 2000", timeline)


def test_the_instruments_say_how_far_each_is_from_entry_into_force(viewer_client):
    content = viewer_client.get(reverse("organizations:instrument_list")).content.decode()
    assert "4 more States needed (16 of 20)" in content
    assert "18 May 2001" in content


def test_the_lessons_by_theme_and_by_organization_hold_every_lesson(viewer_client):
    for name in ("organizations:lesson_list", "organizations:lesson_by_organization"):
        sections = viewer_client.get(reverse(name)).context["sections"]
        assert sum(len(lessons) for _, lessons in sections) == Lesson.objects.count()


def test_the_printable_inventory_reads_like_section_iii(viewer_client):
    content = viewer_client.get(reverse("organizations:inventory")).content.decode()
    positions = [
        content.index(f"<h3>{escape(o.label)} ")
        for o in Organization.objects.in_inventory()
    ]
    assert positions == sorted(positions)
    for lesson in Lesson.objects.all():
        assert escape(lesson.text) in content
    for activity in Activity.objects.all():
        assert escape(activity.title) in content


def test_the_activities_table_has_a_caption_and_announces_its_sort(viewer_client):
    content = viewer_client.get(
        reverse("organizations:activity_list"), {"sort": "-title"}
    ).content.decode()
    assert f"<caption>{escape(ActivityTable.caption)}" in content
    assert 'aria-sort="descending"' in content


def test_the_organization_filter_lists_full_names_in_order(viewer_client):
    form = viewer_client.get(reverse("organizations:activity_list")).context["filter"].form
    labels = [label for value, label in form.fields["organization"].choices if value]
    assert labels == sorted(labels)
    assert "International Organization for Migration (IOM)" in labels


def test_the_printable_inventory_offers_a_way_back_on_screen(viewer_client):
    content = viewer_client.get(reverse("organizations:inventory")).content.decode()
    assert 'class="print-toolbar"' in content
    assert f'href="{reverse("surveys:home")}"' in content
