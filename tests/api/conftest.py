"""Fixtures of the API tests: a token and a client that sends it, and ten times the data."""
import datetime
import itertools
import string

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from api.models import Token
from organizations.models import (
    Activity,
    Instrument,
    InstrumentStatus,
    Kind,
    Lesson,
    Organization,
    Participation,
    Theme,
)
from surveys.models import ContactKind, FollowUp, Government, Letter, PermanentMission, PolicyView
from tests.surveys.test_view_queries import more_responses

# Every list of the API, with the parameters that exercise its filters and sort.
LISTS = {
    "governments": "/api/governments/",
    "governments by report": "/api/governments/?report=A-56-167&replied=no",
    "governments new": "/api/governments/?report=A-56-167&new=yes&latest_stance=in_favour",
    "letters": "/api/letters/?ordering=-replies",
    "reports": "/api/reports/",
    "responses": "/api/responses/",
    "responses by report": "/api/responses/?report=A-56-167&topic=nature&ordering=government",
    "policy views": "/api/policy-views/?flow=immigration",
    "published figures": "/api/published-figures/?report=A-56-167",
    "codebook": "/api/codebook/",
    "organizations": "/api/organizations/",
    "activities": "/api/activities/?ordering=-when",
    "lessons": "/api/lessons/",
    "instruments": "/api/instruments/",
    "follow-up": "/api/follow-up/?letter=3&region=Africa&ordering=-reminders_sent",
    "follow-up today": "/api/follow-up/",
    "missions": "/api/missions/?language=fr",
    "contacts": "/api/contacts/?letter=3",
}
RECORDS = {
    "government": "/api/governments/FRA/?report=A-56-167",
    "letter": "/api/letters/3/",
    "report": "/api/reports/A-56-167/",
    "summary": "/api/reports/A-56-167/summary/",
    "codebook topic": "/api/codebook/nature/",
    "mission": "/api/missions/FRA/",
}


@pytest.fixture(autouse=True)
def fresh_throttle():
    """The throttle counts requests in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def token(viewer):
    """A viewer's token and its key."""
    return Token.objects.issue(user=viewer, description="tests")


@pytest.fixture
def api(token) -> Client:
    """A client that signs in with the viewer's token, as a script does."""
    _token, key = token
    return Client(headers={"Authorization": f"Token {key}"})


def more_policy_views(factor: int = 10) -> None:
    """Ten times the policy views: the Governments ``more_responses`` adds state policies in
    made-up years."""
    wanted = PolicyView.objects.count() * (factor - 1)
    governments = list(Government.objects.filter(name__startswith="Testland"))
    years = range(1900, 1900 + -(-wanted // (2 * len(governments))))
    PolicyView.objects.bulk_create([
        PolicyView(government=g, year=year, flow=flow, policy="maintain", is_illustrative=True)
        for g in governments for year in years for flow in ("immigration", "emigration")
    ])


def more_inventory(factor: int = 10) -> None:
    """Ten times the organizations, activities (with partners), lessons and instruments."""
    partners = list(Organization.objects.order_by("pk")[:2])
    n = Organization.objects.count() * (factor - 1)
    organizations = Organization.objects.bulk_create([
        Organization(name=f"Extra organization {i}", slug=f"extra-{i}", group="E",
                     paragraph=53, parent=partners[0])
        for i in range(n)
    ])
    activities = Activity.objects.bulk_create([
        Activity(organization=o, kind=Kind.MEETING, title=f"Extra activity {i}",
                 start=datetime.date(2000, 10, 16), end=datetime.date(2000, 10, 18),
                 place="Geneva", paragraph=53)
        for i, o in enumerate(organizations)
    ])
    Participation.objects.bulk_create([
        Participation(activity=a, organization=p) for a in activities for p in partners
    ])
    Lesson.objects.bulk_create([
        Lesson(organization=o, text=f"Lesson {i}", theme=Theme.POLICY, paragraph=53)
        for i, o in enumerate(organizations)
    ])
    instruments = Instrument.objects.bulk_create([
        Instrument(title=f"Extra instrument {i}", short_title=f"Extra {i}", paragraph=56,
                   parties_required=20, organization=partners[1])
        for i in range(Instrument.objects.count() * (factor - 1))
    ])
    InstrumentStatus.objects.bulk_create([
        InstrumentStatus(instrument=i, as_of=datetime.date(2000 + k, 1, 1), parties=k,
                         paragraph=56)
        for i in instruments for k in range(3)
    ])


def log_contacts(governments, officer, letter_number: int = 3) -> list[FollowUp]:
    """Two contacts about the letter with each of ``governments``, a week apart, the second
    with a next action (due before today: overdue)."""
    letter = Letter.objects.get(number=letter_number)
    first = letter.sent_on + datetime.timedelta(days=100)
    return FollowUp.objects.bulk_create([
        FollowUp(government=g, letter=letter, officer=officer, kind=kind,
                 contacted_on=first + datetime.timedelta(days=7 * k),
                 next_action="Call the mission" if k else "",
                 next_action_on=first + datetime.timedelta(days=30) if k else None)
        for g in governments for k, kind in enumerate((ContactKind.NOTE_VERBALE,
                                                       ContactKind.TELEPHONE))
    ])


def first_contacts(officer) -> list[FollowUp]:
    """Contacts about letter 3 with the first ten Governments that have not answered it."""
    letter = Letter.objects.get(number=3)
    silent = Government.objects.recipients_of(letter).exclude(responses__letter=letter)
    return log_contacts(silent.order_by("pk")[:10], officer)


@pytest.fixture
def contacts(viewer) -> list[FollowUp]:
    return first_contacts(viewer)


def more_follow_up(factor: int = 10) -> None:
    """Ten times the follow-up list of letter 3, its missions and its contacts: new Members
    that never replied, each with a mission and two contacts."""
    letter = Letter.objects.get(number=3)
    silent = Government.objects.awaiting_reply_to(letter, timezone.localdate()).count()
    codes = ("".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3))
    governments = Government.objects.bulk_create([
        Government(iso3=code, m49="998", name=f"Silentland {i}", region="Africa",
                   sub_region="Eastern Africa", development_group="less developed",
                   admitted_on=datetime.date(1950, 1, 1))
        for i, code in zip(range(silent * (factor - 1)), codes, strict=False)
    ])
    PermanentMission.objects.bulk_create([
        PermanentMission(government=g, name=f"Permanent Mission of {g.name}",
                         language="fr" if i % 2 else "en", is_illustrative=True)
        for i, g in enumerate(governments)
    ])
    log_contacts(governments, get_user_model().objects.order_by("pk").first())


def grow_tenfold() -> None:
    """Ten times the records of every list."""
    more_responses()
    more_policy_views()
    more_inventory()
    more_follow_up()
