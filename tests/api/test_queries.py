"""The number of queries of every endpoint grows neither with the page size nor with the data.

Each endpoint is measured four times, a page of 5 and of 500, with the fixtures and then with
ten times as many records: the four counts are equal, and within the endpoint's limit. Every
request also reads the token and the user's role, and counts itself in the throttle's history
(the database cache of settings.CACHES).
"""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import LISTS, RECORDS

pytestmark = pytest.mark.django_db

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


@pytest.mark.parametrize("name", ENDPOINTS)
def test_queries_do_not_grow_with_the_page_or_the_data(request, api, contacts, name):
    urls = [sized(ENDPOINTS[name], size) for size in (5, 500)]
    counts = []
    for grown in (False, True):
        if grown:
            request.getfixturevalue("tenfold")
        for url in urls:
            api.get(url)  # the first request may warm caches (content types, last_used)
            with CaptureQueriesContext(connection) as queries:
                answer = api.get(url)
            assert answer.status_code == 200, (url, answer.content)
            if name in LISTS:
                body = answer.json()
                assert len(body["results"]) == min(int(url.rsplit("=", 1)[1]), body["count"])
            counts.append(len(queries))

    assert len(set(counts)) == 1, counts  # the same with 5 or 500 results, 1x or 10x data
    assert counts[0] <= LIMITS[name], counts
