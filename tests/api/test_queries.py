"""The number of queries of every endpoint grows neither with the page size nor with the data.

Each endpoint is measured four times, a page of 5 and of 500, with the fixtures and then with
ten times as many records: the four counts are equal, and within the endpoint's limit. Every
request also reads the token and the user's role, and counts itself in the throttle's history
(the database cache of settings.CACHES).

The world is built, measured and grown tenfold once for the module, every endpoint at 1x and
then every one at 10x (``measured``), rather than once an endpoint: growing it is most of the
work. Each test then judges its endpoint's four answers.
"""
import json
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from api.models import Token
from tests.api.conftest import LISTS, RECORDS, first_contacts, grow_tenfold
from tests.conftest import user_in_role

# One process measures them all (make test's --dist loadgroup), not each its share.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("api_queries")]

THROTTLE = 7  # the role (the user's groups), read, count the cache, savepoint, read the key,
#              write it, release
OWN = {
    # the token, the count, the page, and whether the replies counted are illustrative (which
    # every row without a counted reply rests on)
    "governments": 4,
    "governments by report": 5,  # the report, and whether its counted replies are illustrative
    "governments new": 6,  # the report, the one before it, and the includes
    "letters": 3,
    "reports": 4,  # and the letters
    "responses": 4,  # and the codes
    "responses by report": 6,  # the report and the topic
    "policy views": 3,
    "published figures": 4,  # and the report chosen
    "codebook": 4,
    "organizations": 3,
    "activities": 4,  # and the participations
    "lessons": 3,
    "instruments": 4,  # and the statuses
    "government": 4,
    "letter": 2,
    "report": 3,
    "summary": 30,  # report_summary()'s own fixed number (surveys/summary/counts.py)
    "codebook topic": 3,
    # the token; the letter (the latest without one), read for the round and by the filter
    # form, as on the page; whether a reply to it is illustrative; the count, the page
    "follow-up today": 6,
    "follow-up": 7,  # and the regions, to check the one chosen
    "missions": 3,
    "contacts": 4,  # and the letter chosen
    "mission": 2,
}
LIMITS = {name: limit + THROTTLE for name, limit in OWN.items()}
ENDPOINTS = {**LISTS, **RECORDS}


def sized(url: str, page_size: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}page_size={page_size}"


@dataclass(frozen=True)
class Answer:
    url: str
    status: int
    content: bytes
    queries: int


def ask(api: Client, url: str) -> Answer:
    api.get(url)  # the first request may warm caches (content types, last_used)
    with CaptureQueriesContext(connection) as queries:
        answer = api.get(url)
    return Answer(url, answer.status_code, answer.content, len(queries))


@pytest.fixture(scope="module")
def measured(demo_data, django_db_blocker) -> dict[str, list[Answer]]:
    """Each endpoint's answers to a page of 5 and of 500, at 1x and then at 10x.

    A viewer with a token, and contacts about letter 3, on the demo data; then ten times the
    records of every list. All in a transaction rolled back after the module's tests, each of
    which runs in a transaction of its own nested in it (pytest-django's, a savepoint)."""
    with django_db_blocker.unblock(), transaction.atomic():
        viewer = user_in_role(get_user_model(), "viewer")
        _token, key = Token.objects.issue(user=viewer, description="tests")
        first_contacts(viewer)
        api = Client(headers={"Authorization": f"Token {key}"})
        answers = {name: [] for name in ENDPOINTS}
        for grown in (False, True):
            if grown:
                grow_tenfold()
            for name, url in ENDPOINTS.items():
                cache.clear()  # the throttle's history: each endpoint starts with none
                answers[name] += [ask(api, sized(url, size)) for size in (5, 500)]
        cache.clear()
        yield answers
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", ENDPOINTS)
def test_queries_do_not_grow_with_the_page_or_the_data(measured, name):
    answers = measured[name]  # a page of 5 and of 500 at 1x, then the same at 10x
    for answer in answers:
        assert answer.status == 200, (answer.url, answer.content)
        if name in LISTS:
            body = json.loads(answer.content)
            assert len(body["results"]) == min(int(answer.url.rsplit("=", 1)[1]), body["count"])
    counts = [answer.queries for answer in answers]

    assert len(set(counts)) == 1, counts  # the same with 5 or 500 results, 1x or 10x data
    assert counts[0] <= LIMITS[name], counts
