"""The follow-up through the API: the follow-up list as its page and its CSV export list it
(the same rows for the same filters, every number by a second route), the missions and the
contacts, and the illustrative flag of every row without a reply as the page's export says
it."""
import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveys.followup.filters import FollowUpFilter
from surveys.models import (
    FollowUp,
    Government,
    Language,
    Letter,
    PermanentMission,
    Report,
    Response,
)
from tests.api.conftest import log_contacts, more_follow_up
from tests.surveys.conftest import Listed
from tests.test_published_figures import NEVER_REPLIED

pytestmark = pytest.mark.django_db
LANGUAGES = {code: str(label) for code, label in Language.choices}

# The same query on the page (/follow-up/?...) and in the API (/api/follow-up/?...).
QUERIES = [
    "",  # the latest letter, as of today
    "letter=3",
    "letter=3&region=Africa",
    "letter=3&as_of=1999-06-12",
    "letter=3&as_of=1999-07-01&reminders=any",
    "letter=3&as_of=2000-01-01&overdue=yes",
    "letter=3&as_of=1999-07-01&overdue=no&reminders=any",
    "letter=3&reminders=none&language=fr",
    "letter=3&development_group=more developed&q=a",
    "letter=2&as_of=1998-01-01&sub_region=Sub-Saharan Africa",
]


def every_row(api, url: str) -> tuple[list[dict], bool]:
    """Every result of a list, following ``next``, and whether any page was illustrative."""
    rows, illustrative = [], False
    page = f"{url}{'&' if '?' in url else '?'}page_size=500"
    while page:
        answer = api.get(page)
        assert answer.status_code == 200, answer.content
        body = answer.json()
        rows += body["results"]
        illustrative |= body["is_illustrative"]
        page = body["next"]
    return rows, illustrative


def shown(value) -> str:
    """A value of the API as the page's export writes it (nothing: empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return str(value)  # dates too: the exports write them as the API does (YYYY-MM-DD)


def cell(text: str) -> str:
    """A cell of the export as the API writes it: empty ("—" or nothing) as nothing, a date
    ("9 July 1999" or 1999-07-09) as YYYY-MM-DD."""
    if text == "—":
        return ""
    try:
        return datetime.datetime.strptime(text, "%d %B %Y").date().isoformat()
    except ValueError:
        return text


COLUMNS = ("Government", "Region", "Language", "Days since the letter", "Reminders sent",
           "Last contact", "Next action", "Next action due", "Overdue", "Illustrative")


def as_exported(row: dict) -> dict:
    """An API row of the follow-up list, in the columns and words of the page's CSV."""
    return {
        "Government": row["name"],
        "Region": row["region"],
        "Language": LANGUAGES.get(row["language"], ""),
        "Days since the letter": str(row["days_since_letter"]),
        "Reminders sent": str(row["reminders_sent"]),
        "Last contact": shown(row["last_contact_on"]),
        "Next action": shown(row["next_action"]),
        "Next action due": shown(row["next_action_on"]),
        "Overdue": shown(row["overdue"]),
        "Illustrative": shown(row["is_illustrative"]),
    }


@pytest.fixture
def world(viewer):
    """Letter 3's follow-up with contacts (ten Governments, two each), real replies, and
    missions real in Africa, made up elsewhere, and none for two Governments."""
    letter = Letter.objects.get(number=3)
    silent = Government.objects.awaiting_reply_to(letter, datetime.date(2001, 1, 1))
    log_contacts(silent.order_by("pk")[:10], viewer)
    Response.objects.update(is_illustrative=False)
    PermanentMission.objects.update(is_illustrative=True)
    PermanentMission.objects.filter(government__region="Africa").update(is_illustrative=False)
    PermanentMission.objects.filter(government__in=silent.order_by("-pk")[:2]).delete()
    return letter


@pytest.mark.parametrize("query", QUERIES)
def test_the_rows_are_the_pages_and_its_exports(api, viewer_client, world, query):
    rows, _ = every_row(api, f"/api/follow-up/?{query}")
    page = viewer_client.get(f"/follow-up/?{query}")
    exported = Listed(viewer_client).csv(f"/follow-up/?{query}")

    listed = page.context["table"].data.data
    assert [row["iso3"] for row in rows] == [g.iso3 for g in listed]
    assert [row["reminders_sent"] for row in rows] == [g.reminders_sent for g in listed]
    assert [as_exported(row) for row in rows] == [
        {column: cell(line[column]) for column in COLUMNS} for line in exported]


# Any query of the page's filters, each with a value it offers.
QUERY = st.fixed_dictionaries({}, optional={
    "letter": st.sampled_from(["2", "3"]),
    "as_of": st.dates(datetime.date(1999, 3, 1), datetime.date(2001, 12, 31)).map(str),
    "region": st.sampled_from(["Africa", "Americas", "Asia", "Europe", "Oceania"]),
    "development_group": st.sampled_from(["less developed", "more developed"]),
    "language": st.sampled_from([code for code, _label in Language.choices]),
    "reminders": st.sampled_from(["none", "one", "any", "several"]),
    "overdue": st.sampled_from(["yes", "no"]),
})


@settings(deadline=None, database=None, max_examples=20,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=QUERY)
def test_any_query_lists_the_exports_rows(api, viewer_client, world, query):
    query = urlencode(query)
    rows, _ = every_row(api, f"/api/follow-up/?{query}")
    exported = Listed(viewer_client).csv(f"/follow-up/?{query}")

    assert [as_exported(row) for row in rows] == [
        {column: cell(line[column]) for column in COLUMNS} for line in exported]


def test_the_filters_choose_some_rows_but_not_all(api, world):
    counts = {query: api.get(f"/api/follow-up/?{query}").json()["count"] for query in QUERIES}

    everyone = Government.objects.awaiting_reply_to(world, datetime.date.today()).count()
    assert counts[""] == counts["letter=3"] == everyone
    assert counts["letter=3&as_of=1999-06-12"] > everyone  # the later replies not yet in
    assert 0 < counts["letter=3&region=Africa"] < everyone
    assert counts["letter=3&as_of=2000-01-01&overdue=yes"] == 10  # the Governments contacted
    assert counts["letter=3&as_of=1999-07-01&overdue=no&reminders=any"] == 10
    assert all(counts.values()), counts


def test_each_row_says_its_letter_and_day(api, world):
    row = api.get("/api/follow-up/?letter=3&as_of=1999-07-01").json()["results"][0]

    assert (row["letter"], row["as_of"]) == (3, "1999-07-01")
    assert row["days_since_letter"] == (datetime.date(1999, 7, 1) - world.sent_on).days
    today = api.get("/api/follow-up/").json()["results"][0]
    assert (today["letter"], today["as_of"]) == (3, datetime.date.today().isoformat())


def test_ordering_sorts_as_the_pages_sort(api, viewer_client, world):
    rows, _ = every_row(api, "/api/follow-up/?letter=3&ordering=-reminders_sent,name")
    page = viewer_client.get("/follow-up/?letter=3&sort=-reminders_sent&sort=name")

    assert [row["iso3"] for row in rows] == [g.iso3 for g in page.context["table"].data.data]
    assert rows[0]["reminders_sent"] > rows[-1]["reminders_sent"]


@pytest.mark.parametrize("replies_illustrative", [False, True])
def test_is_illustrative_is_the_exports_row_by_row(api, viewer_client, world,
                                                   replies_illustrative):
    Response.objects.filter(letter=world).update(is_illustrative=replies_illustrative)
    rows, illustrative = every_row(api, "/api/follow-up/?letter=3")
    exported = Listed(viewer_client).csv("/follow-up/?letter=3")

    flags = [row["is_illustrative"] for row in rows]
    assert [shown(flag) for flag in flags] == [line["Illustrative"] for line in exported]
    assert set(flags) == ({True} if replies_illustrative else {True, False})
    assert illustrative is True


def test_without_a_mission_a_row_has_no_language_and_rests_on_the_replies_only(api, world):
    rows, _ = every_row(api, "/api/follow-up/?letter=3")

    missionless = [row for row in rows if row["language"] is None]
    assert len(missionless) == 2 and not any(row["is_illustrative"] for row in missionless)


# Lists of the Governments page that hold Governments without a reply (the same query on
# the page and in the API).
NON_RESPONDENTS = [
    "report=A-56-167&replied=no",
    "report=A-56-167",
    "replied=no",
    "",
    "letter=3&region=Europe",
]


def every_government(api, viewer_client, query: str) -> tuple[list[dict], list[dict]]:
    rows, _ = every_row(api, f"/api/governments/?{query}")
    return rows, Listed(viewer_client).csv(f"/governments/?{query}")


@pytest.mark.parametrize("query", NON_RESPONDENTS)
@pytest.mark.parametrize("world_of", ["demo", "real replies", "one illustrative reply"])
def test_a_government_without_a_reply_is_illustrative_as_the_export_says(
        api, viewer_client, query, world_of):
    if world_of != "demo":
        Response.objects.update(is_illustrative=False)
    if world_of == "one illustrative reply":  # one that A/56/167 counts
        counted = Response.objects.counted_by(Report.objects.get(slug="A-56-167"))
        Response.objects.filter(pk=counted.order_by("pk").first().pk).update(
            is_illustrative=True)

    rows, exported = every_government(api, viewer_client, query)

    assert [row["name"] for row in rows] == [line["Government"] for line in exported]
    assert [shown(row["is_illustrative"]) for row in rows] == [
        line["Illustrative"] for line in exported]
    silent = [row["is_illustrative"] for row in rows if not row["replied"]]
    if silent:
        assert set(silent) == {world_of != "real replies"}


@pytest.mark.parametrize("real_replies", [False, True])
def test_the_reports_non_respondents_are_flagged_as_their_pages_export(api, viewer_client,
                                                                      real_replies):
    if real_replies:
        Response.objects.update(is_illustrative=False)
    rows, _ = every_row(api, "/api/governments/?report=A-56-167&replied=no")
    exported = Listed(viewer_client).csv("/reports/A-56-167/non-respondents/")

    assert [(row["name"], shown(row["is_illustrative"])) for row in rows] == [
        (line["Government"], line["Illustrative"]) for line in exported]
    assert len(rows) == NEVER_REPLIED


def test_a_non_respondent_is_illustrative_at_its_own_address_too(api):
    rows, _ = every_row(api, "/api/governments/?report=A-56-167&replied=no")
    iso3 = rows[0]["iso3"]

    record = api.get(f"/api/governments/{iso3}/?report=A-56-167").json()

    assert record["replied"] is False and record["is_illustrative"] is True
    Response.objects.update(is_illustrative=False)
    assert api.get(f"/api/governments/{iso3}/?report=A-56-167").json()[
        "is_illustrative"] is False


def test_missions_are_listed_with_their_own_flag(api, world):
    rows, illustrative = every_row(api, "/api/missions/?language=fr")

    french = PermanentMission.objects.filter(language="fr")
    assert sorted(row["government"] for row in rows) == sorted(
        french.values_list("government__iso3", flat=True))
    assert {row["government"]: row["is_illustrative"] for row in rows} == dict(
        french.values_list("government__iso3", "is_illustrative"))
    assert illustrative is True


def test_a_mission_is_addressed_by_its_governments_iso_code(api):
    france = api.get("/api/missions/FRA/").json()

    mission = PermanentMission.objects.get(government__iso3="FRA")
    assert (france["government"], france["name"], france["language"]) == (
        "FRA", mission.name, mission.language)
    assert france["is_illustrative"] is mission.is_illustrative
    assert api.get("/api/missions/XXX/").status_code == 404
    assert api.get("/api/missions/FRA/?language=xx").status_code == 400


def test_contacts_are_listed_filtered_and_flagged_by_their_mission(api, world, viewer):
    rows, _ = every_row(api, "/api/contacts/?letter=3&kind=telephone")

    telephone = FollowUp.objects.filter(letter=world, kind="telephone")
    assert sorted(row["id"] for row in rows) == sorted(telephone.values_list("pk", flat=True))
    for row in rows:
        contact = telephone.get(pk=row["id"])
        mission = PermanentMission.objects.filter(government=contact.government).first()
        assert row["is_illustrative"] is bool(mission and mission.is_illustrative)
        assert row["officer"] == viewer.get_username()
    assert {row["is_illustrative"] for row in rows} == {True, False}
    first = rows[0]
    assert api.get(f"/api/contacts/{first['id']}/").json() == first
    assert every_row(api, f"/api/contacts/?contacted_from={first['contacted_on']}")[0]


def test_a_contacts_reminders_reach_the_follow_up_rows(api, world):
    rows = {row["iso3"]: row for row in every_row(api, "/api/follow-up/?letter=3")[0]}
    logged = every_row(api, "/api/contacts/?letter=3")[0]

    for iso3 in {row["government"] for row in logged}:
        contacts = [row for row in logged if row["government"] == iso3]
        latest = max(contacts, key=lambda row: (row["contacted_on"], row["id"]))
        assert rows[iso3]["last_contact_on"] == latest["contacted_on"]
        assert rows[iso3]["next_action_on"] == latest["next_action_on"]
        assert rows[iso3]["overdue"] is True
        assert 1 <= rows[iso3]["reminders_sent"] <= len(contacts)


# Values the filters cannot take: each is a 400 that names the parameter, never a 500.
BAD = [
    ("follow-up", "letter", "99"), ("follow-up", "letter", "three"),
    ("follow-up", "letter", "\x00"), ("follow-up", "letter", "99999999999999999999"),
    ("follow-up", "as_of", "not-a-date"), ("follow-up", "as_of", "2999-01-01"),
    ("follow-up", "as_of", "1900-01-01"), ("follow-up", "as_of", "\x00"),
    ("follow-up", "region", "Atlantis"), ("follow-up", "region", "\x00"),
    ("follow-up", "sub_region", "\x00"), ("follow-up", "development_group", "\x00"),
    ("follow-up", "language", "xx"), ("follow-up", "reminders", "lots"),
    ("follow-up", "overdue", "maybe"), ("follow-up", "q", "\x00"),
    ("follow-up", "fields", "iso3,secret"),
    ("missions", "government", "XXX"), ("missions", "government", "\x00"),
    ("missions", "language", "\x00"), ("missions", "region", "\x00"),
    ("contacts", "letter", "\x00"), ("contacts", "kind", "fax"),
    ("contacts", "government", "\x00"), ("contacts", "contacted_from", "yesterday"),
    ("contacts", "contacted_to", "\x00"),
]


@pytest.mark.parametrize(("endpoint", "name", "value"), BAD)
def test_a_bad_value_is_a_400_with_a_plain_message(api, endpoint, name, value):
    answer = api.get(f"/api/{endpoint}/", {name: value})

    assert answer.status_code == 400, answer.content
    body = answer.json()
    assert list(body) == [name]
    assert all(isinstance(message, str) and message and "Traceback" not in message
               for message in body[name])


@pytest.mark.parametrize(("value", "message"), [
    ("2999-01-01", "not a day to come"), ("1900-01-01", "before the letter was sent"),
])
def test_a_day_that_cannot_be_used_says_why_as_the_page_does(api, viewer_client, value,
                                                             message):
    answer = api.get("/api/follow-up/", {"letter": 3, "as_of": value}).json()["as_of"][0]
    page = viewer_client.get("/follow-up/", {"letter": 3, "as_of": value})

    assert message in answer
    assert escape(answer) in page.content.decode()


@pytest.mark.parametrize(("query", "status"), [
    ({"ordering": "nowhere"}, 200), ({"page_size": "many"}, 200), ({"page": "none"}, 404),
    ({"fields": "secret"}, 400),
    ({"ordering": "\x00"}, 400), ({"page_size": "\x00"}, 400), ({"page": "\x00"}, 400),
    ({"fields": "\x00"}, 400),
])
def test_the_other_parameters_never_fail_with_a_500(api, query, status):
    assert api.get("/api/follow-up/", query).status_code == status


def test_without_any_letter_the_list_is_a_404_that_says_why(api, monkeypatch):
    monkeypatch.setattr("surveys.followup.forms.latest_letter", lambda: None)

    answer = api.get("/api/follow-up/")

    assert answer.status_code == 404 and "No letter" in answer.json()["detail"]


ENDPOINTS = ["/api/follow-up/?letter=3", "/api/missions/", "/api/missions/FRA/",
             "/api/contacts/", "{contact}"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_a_token_and_a_session_read_it_and_anonymous_is_refused(api, viewer_client, world,
                                                                 url):
    url = url.format(contact=f"/api/contacts/{FollowUp.objects.first().pk}/")

    assert api.get(url).status_code == 200
    assert viewer_client.get(url, headers={"Accept": "application/json"}).status_code == 200
    refused = Client().get(url)
    assert refused.status_code == 401 and refused["WWW-Authenticate"] == "Token"
    assert api.post(url).status_code == 405


def test_the_browser_reads_the_follow_up_list_as_a_page_with_its_filters(viewer_client):
    page = viewer_client.get("/api/follow-up/?letter=3", headers={"Accept": "text/html"})

    assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
    assert 'name="reminders"' in page.content.decode()


def test_a_contacts_queries_do_not_grow_with_the_data(api, world):
    url = f"/api/contacts/{FollowUp.objects.order_by('pk').first().pk}/"
    counts = []
    for grown in (False, True):
        if grown:
            more_follow_up()
        api.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert api.get(url).status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1]


def test_the_follow_up_list_takes_the_pages_filters(api):
    schema = api.get("/api/schema/?format=json").json()
    names = {p["name"] for p in schema["paths"]["/api/follow-up/"]["get"]["parameters"]}

    assert names == set(FollowUpFilter.base_filters) | {"ordering", "page", "page_size",
                                                        "fields"}
