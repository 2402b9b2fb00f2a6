"""Fixtures of the API tests: a token and a client that sends it, and ten times the data."""
import datetime

import pytest
from django.core.cache import cache
from django.test import Client

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
from surveys.models import Government, PolicyView
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
}
RECORDS = {
    "government": "/api/governments/FRA/?report=A-56-167",
    "letter": "/api/letters/3/",
    "report": "/api/reports/A-56-167/",
    "summary": "/api/reports/A-56-167/summary/",
    "codebook topic": "/api/codebook/nature/",
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


@pytest.fixture
def tenfold(db):
    """Ten times the records of every list."""
    more_responses()
    more_policy_views()
    more_inventory()
