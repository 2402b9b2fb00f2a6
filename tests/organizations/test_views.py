import csv
import io
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.html import escape

from core.tables import BaseTable
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
    # One look: the survey pages' stylesheets, no stylesheet of the inventory's own.
    stylesheet = b"css/print.css" if name == "organizations:inventory" else b"css/app.css"
    assert stylesheet in response.content
    assert b"organizations.css" not in response.content


def footer_of(response) -> str:
    content = response.content.decode()
    return unescape(content[content.index('<footer class="site-footer">'):])


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_the_footer_cites_sections_iii_and_iv_not_illustrative_replies(
    viewer_client, name, kwargs
):
    footer = footer_of(viewer_client.get(reverse(name, kwargs=kwargs)))
    assert "sections III (paragraphs 18–55) and IV (paragraphs 56–63)" in footer
    assert "A/56/167 (3 July 2001)" in footer
    assert "paragraphs 3–17" not in footer
    assert "are illustrative" not in footer


@pytest.mark.parametrize("name", ["surveys:home", "surveys:letter_list"])
def test_the_survey_pages_keep_their_own_footer(viewer_client, name):
    footer = footer_of(viewer_client.get(reverse(name)))
    assert "paragraphs 3–17" in footer
    assert "the replies, policy views and Permanent Missions recorded here are" in footer
    assert "section III" not in footer and "sections III" not in footer


def test_the_organizations_app_imports_nothing_from_surveys():
    app = Path(__file__).resolve().parents[2] / "organizations"
    importing = re.compile(r"^\s*(from|import)\s+surveys\b", re.MULTILINE)
    assert [p.name for p in app.rglob("*.py") if importing.search(p.read_text())] == []


# A page's queries must not grow with its rows: the same ceiling with the reference data and
# with 40 more organizations, each with an activity, two partners and a lesson. The printable
# inventory prefetches bodies, their activities and lessons, hence its higher fixed ceiling.
# Each page counts one query for its print stamp's "data as of" (core.printing), and the
# activities table one for the user's choice of columns.
CEILINGS = {
    "organizations:inventory": 19,  # with the considerations (para 1) and findings (IV)
    "organizations:organization_detail": 10,
    "organizations:instrument_list": 9,
    "organizations:activity_list": 9,
}


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_queries_do_not_grow_with_rows(
    viewer_client, build_rows, django_assert_max_num_queries, name, kwargs
):
    url = reverse(name, kwargs=kwargs)
    ceiling = CEILINGS.get(name, 8)
    with django_assert_max_num_queries(ceiling):
        viewer_client.get(url)
    build_rows(40)
    with django_assert_max_num_queries(ceiling):
        assert viewer_client.get(url).status_code == 200


def rows_of(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


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


@pytest.mark.parametrize(
    "params",
    [
        {"group": "B", "sort": "title"},
        {"kind": "meeting", "sort": "-when"},
        {"q": "migration", "sort": "-title"},
        {"year": "abc"},  # an invalid filter: no rows on the page, none in the export
    ],
)
def test_the_export_lists_exactly_the_rows_of_the_filtered_table(viewer_client, params):
    url = reverse("organizations:activity_list")
    shown, number, pages = [], 1, 1
    while number <= pages:  # the rows of every page of the table, as the page shows them
        table = viewer_client.get(url, {**params, "page": number}).context["table"]
        shown += [row.record.title for row in table.page.object_list]
        number, pages = number + 1, table.paginator.num_pages
    export = viewer_client.get(url, {**params, "_export": "csv"})
    assert [row["Title"] for row in rows_of(export)] == shown  # the same rows, in the same order
    assert len(shown) == table.paginator.count


def titles_on_the_page(client, sort: str) -> list[str]:
    response = client.get(reverse("organizations:activity_list"), {"sort": sort})
    return [row.record.title for row in response.context["table"].page.object_list]


def test_sorting_by_title_puts_the_rows_in_order_both_ways(viewer_client):
    every_title = list(Activity.objects.values_list("title", flat=True))
    assert len(every_title) > 25  # so the first page is the first 25 of the whole order
    assert titles_on_the_page(viewer_client, "title") == sorted(every_title)[:25]
    assert titles_on_the_page(viewer_client, "-title") == sorted(every_title, reverse=True)[:25]


def test_sorting_by_title_and_by_date(viewer_client):
    url = reverse("organizations:activity_list")
    by_title = rows_of(viewer_client.get(url, {"sort": "title", "_export": "csv"}))
    assert [r["Title"] for r in by_title] == sorted(r["Title"] for r in by_title)
    by_date = viewer_client.get(url, {"sort": "-when"}).context["table"].page.object_list
    dates = [row.record.start or row.record.end for row in by_date]
    assert dates[0] == max(d for d in dates if d)


class Elements(HTMLParser):
    """Every element of a page that has an id: {id: (tag, attributes)}."""

    def __init__(self, content: str):
        super().__init__()
        self.by_id = {}
        self.feed(content)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.by_id[attrs["id"]] = (tag, attrs)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("year", "abc", "Enter a whole number."), ("kind", "nonsense", "Select a valid choice.")],
)
def test_an_invalid_filter_is_said_next_to_its_field_and_described_by_it(
    viewer_client, field, value, message
):
    response = viewer_client.get(reverse("organizations:activity_list"), {field: value})
    assert response.status_code == 200
    content = response.content.decode()
    elements = Elements(content).by_id
    tag, attrs = elements[f"id_{field}"]
    assert attrs["aria-invalid"] == "true"
    described_by = attrs["aria-describedby"]
    assert described_by == f"id_{field}_error"  # what Django 5.2 points it at
    assert elements[described_by][0] == "p"
    error = re.search(rf'<p class="error" id="{described_by}">(.*?)</p>', content)
    assert error and message in unescape(error.group(1))


def test_the_activities_page_is_the_shared_table_page(viewer_client):
    content = viewer_client.get(reverse("organizations:activity_list")).content.decode()
    assert '<form method="get" class="filter-form"' in content
    assert '<div class="table-page">' in content
    assert '<div class="table-container">' in content
    assert '<table class="data-table">' in content
    assert '<p class="exports">' in content
    assert 'href="?_export=csv"' in content and 'href="?_export=xlsx"' in content
    assert '<p class="intro">' in content
    assert 'class="section-nav"' in content
    assert f'href="{reverse("organizations:organization_list")}">Organizations</a></li>' in content


def test_the_activities_table_and_filters_use_the_shared_pieces(viewer_client):
    assert issubclass(ActivityTable, BaseTable)
    assert ActivityTable._meta.template_name == "includes/table.html"
    form = viewer_client.get(reverse("organizations:activity_list")).context["filter"].form
    for name in ("group", "kind"):
        assert list(form.fields[name].choices)[0][1] == "Any"
    # the organizations grow: a searchable box with suggestions, not a drop-down of them all
    assert form.fields["organization"].widget.input_type == "text"


def test_the_filters_keep_the_sort_and_the_export_keeps_the_filters(viewer_client):
    content = viewer_client.get(
        reverse("organizations:activity_list"), {"sort": "title", "kind": "meeting"}
    ).content.decode()
    assert '<input type="hidden" name="sort" value="title">' in content
    exports = unescape(re.search(r'<p class="exports">.*?</p>', content, re.DOTALL).group())
    for link in re.findall(r'href="([^"]+)"', exports):
        assert "kind=meeting" in link and "sort=title" in link


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


def test_the_printable_inventory_holds_sections_i_and_iv(viewer_client):
    from organizations.models import Consideration, Finding

    content = viewer_client.get(reverse("organizations:inventory")).content.decode()
    for item in Consideration.objects.all():
        assert escape(item.text) in content and escape(item.note) in content
    assert content.count("Not addressed.") == Consideration.objects.filter(
        addressed_in="").count() == 1
    for finding in Finding.objects.all():
        assert escape(finding.text) in content
    assert content.index('id="considerations"') < content.index('id="findings"')


def test_the_activities_table_has_a_caption_and_announces_its_sort(viewer_client):
    content = viewer_client.get(
        reverse("organizations:activity_list"), {"sort": "-title"}
    ).content.decode()
    assert f"<caption>{escape(ActivityTable.caption)}" in content
    assert 'aria-sort="descending"' in content


def test_the_caption_counts_the_filtered_rows(viewer_client):
    response = viewer_client.get(reverse("organizations:activity_list"), {"kind": "meeting"})
    n = Activity.objects.filter(kind="meeting").count()
    assert n > 1
    assert f'<span class="caption-count">({n} rows)</span>' in response.content.decode()


@pytest.mark.parametrize(
    "name", ["organizations:organization_list", "organizations:instrument_list"]
)
def test_the_other_tables_wear_the_shared_table_style(viewer_client, name):
    content = viewer_client.get(reverse(name)).content.decode()
    assert '<div class="table-container">' in content
    assert content.count('<table class="data-table">') >= 1
    assert 'class="table ' not in content


def test_the_organization_filter_suggests_full_names_in_order(viewer_client):
    answer = viewer_client.get(reverse("organizations:organization_choices"), {"q": "or"})
    labels = [choice["label"] for choice in answer.json()["results"]]
    assert labels == sorted(labels)
    assert "International Organization for Migration (IOM)" in labels
    iom = viewer_client.get(reverse("organizations:organization_choices"), {"q": "IOM"})
    assert {"value": "iom", "label": "International Organization for Migration (IOM)"} in (
        iom.json()["results"])


def test_the_printable_inventory_offers_a_way_back_on_screen(viewer_client):
    content = viewer_client.get(reverse("organizations:inventory")).content.decode()
    assert 'class="print-toolbar"' in content
    assert f'href="{reverse("surveys:home")}"' in content
