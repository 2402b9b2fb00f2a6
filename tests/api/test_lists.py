"""Every list: the page's rows, `?fields=`, pages of at most 500, sorting by the table's
columns, and the illustrative flag."""
import pytest

from api.pagination import MAX_PAGE_SIZE, PAGE_SIZE
from surveys.models import Response

pytestmark = pytest.mark.django_db

# (API list, its page, key): the same query lists the same rows, in the same order (each sort
# ends on a unique column: the order of ties is the database's).
PAGES = [
    ("/api/responses/?report=A-56-167&topic=nature", "/responses/?report=A-56-167&topic=nature",
     "id", "pk"),
    ("/api/responses/?stance=reservations&region=Africa&ordering=-received_on,government",
     "/responses/?stance=reservations&region=Africa&sort=-received_on&sort=government", "id", "pk"),
    ("/api/letters/?sent_from=1997", "/letters/?sent_from=1997", "number", "number"),
    ("/api/activities/?year=2000&ordering=-when", "/organizations/activities/?year=2000&sort=-when",
     "id", "pk"),
    ("/api/governments/?region=Europe&ordering=-admitted_on,name",
     "/governments/?region=Europe&sort=-admitted_on&sort=name", "iso3", "iso3"),
    ("/api/follow-up/?letter=3&region=Europe&ordering=-development_group,name",
     "/follow-up/?letter=3&region=Europe&sort=-development_group&sort=name", "iso3", "iso3"),
]


def every_row(api, url: str) -> list[dict]:
    rows, page = [], f"{url}{'&' if '?' in url else '?'}page_size={MAX_PAGE_SIZE}"
    while page:
        body = api.get(page).json()
        rows += body["results"]
        page = body["next"]
    return rows


@pytest.mark.parametrize(("url", "page", "key", "attribute"), PAGES, ids=[p[0] for p in PAGES])
def test_a_list_holds_its_pages_rows_in_its_order(api, viewer_client, url, page, key, attribute):
    listed = viewer_client.get(page).context["table"].data.data

    assert [row[key] for row in every_row(api, url)] == [getattr(r, attribute) for r in listed]


def test_fields_chooses_the_fields_and_keeps_the_illustrative_flag(api):
    body = api.get("/api/responses/?fields=government,stance").json()

    assert {tuple(row) for row in body["results"]} == {("government", "stance", "is_illustrative")}
    assert set(api.get("/api/letters/3/?fields=replies").json()) == {"replies", "is_illustrative"}


def test_fields_does_not_reach_into_nested_records(api):
    row = api.get("/api/responses/?fields=codes&report=A-56-167&topic=nature").json()["results"][0]

    assert set(row["codes"][0]) == {"id", "topic", "slug", "label", "origin", "added_because",
                                    "paragraph", "order"}


def test_an_unknown_field_is_a_400(api):
    answer = api.get("/api/letters/?fields=replies,secret")

    assert answer.status_code == 400
    assert answer.json() == {"fields": ["Unknown fields: secret."]}


@pytest.mark.parametrize(("asked", "given"), [
    (None, PAGE_SIZE), (5, 5), (MAX_PAGE_SIZE, MAX_PAGE_SIZE), (10_000, MAX_PAGE_SIZE),
])
def test_pages_hold_at_most_the_maximum(api, asked, given):
    query = f"?page_size={asked}" if asked else ""
    body = api.get(f"/api/policy-views/{query}").json()

    assert len(body["results"]) == given < body["count"]


def test_pages_do_not_overlap_and_cover_every_row(api):
    rows = every_row(api, "/api/responses/?page_size=7")

    every_response = Response.objects.values_list("pk", flat=True)
    assert sorted(row["id"] for row in rows) == sorted(every_response)


def test_a_page_past_the_last_is_a_404(api):
    assert api.get("/api/letters/?page=9").status_code == 404


@pytest.mark.parametrize("ordering", ["letters_answered", "-letters_answered", "-admitted_on"])
def test_ordering_sorts_by_a_table_column(api, ordering):
    column = ordering.lstrip("-")
    rows = every_row(api, f"/api/governments/?report=A-56-167&ordering={ordering},name")

    values = [row[column] for row in rows]
    assert values == sorted(values, reverse=ordering.startswith("-"))
    assert values[0] != values[-1]


def test_ordering_ignores_a_column_the_table_does_not_sort(api):
    by_name = [row["iso3"] for row in every_row(api, "/api/governments/")]

    assert [row["iso3"] for row in every_row(api, "/api/governments/?ordering=notes")] == by_name


@pytest.mark.parametrize(("url", "illustrative"), [
    ("/api/responses/", True), ("/api/policy-views/", True), ("/api/letters/", True),
    ("/api/reports/", True), ("/api/governments/?report=A-56-167&replied=yes", True),
    ("/api/governments/?report=A-56-167&replied=no", True), ("/api/follow-up/", True),
    ("/api/missions/", True),
    ("/api/published-figures/", False), ("/api/organizations/", False),
    ("/api/activities/", False), ("/api/codebook/", False),
])
def test_every_list_says_whether_it_rests_on_illustrative_records(api, url, illustrative):
    body = api.get(url).json()

    assert body["is_illustrative"] is illustrative
    flagged = [row["is_illustrative"] for row in body["results"] if "is_illustrative" in row]
    assert any(flagged) is illustrative


def test_a_record_says_whether_it_is_illustrative(api):
    response = Response.objects.filter(is_illustrative=True).first()

    assert api.get(f"/api/responses/{response.pk}/").json()["is_illustrative"] is True
    assert api.get("/api/reports/A-56-167/").json()["is_illustrative"] is True


def test_a_record_is_left_out_by_its_lists_filters(api):
    assert api.get("/api/letters/1/?sent_from=1997").status_code == 404
    assert api.get("/api/letters/3/?sent_from=1997").status_code == 200


def test_an_unknown_address_is_a_json_404(api):
    answer = api.get("/api/governments/F.R.A/")

    assert answer.status_code == 404 and answer.json() == {"detail": "Not found."}
    assert api.get("/api/no-such-list/").status_code == 404


def test_the_browser_reads_the_lists_as_pages_with_their_filters(viewer_client):
    page = viewer_client.get("/api/governments/?report=A-56-167", headers={"Accept": "text/html"})

    assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
    assert 'name="replied"' in page.content.decode()
