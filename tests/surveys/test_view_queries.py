"""The number of queries of every list and detail page does not grow with the responses.

Each page is measured twice with the same limit: with the fixtures, and with ten times as
many responses (new Governments replying to every letter, with codes).
"""
import datetime

import pytest
from django.urls import reverse

from surveys.models import Code, Government, Letter, Response, Stance

pytestmark = pytest.mark.django_db

LATEST = "A-56-167"


def more_responses(factor: int = 10) -> None:
    """Make the responses ``factor`` times as many: new Governments reply to every letter."""
    existing = Response.objects.count()
    letters = list(Letter.objects.all())
    codes = list(Code.objects.all()[:3])
    count = -(-existing * (factor - 1) // len(letters))
    governments = Government.objects.bulk_create([
        Government(iso3=f"{i:03d}", m49="999", name=f"Testland {i}", region="Africa",
                   sub_region="Eastern Africa", development_group="less developed",
                   admitted_on=datetime.date(1950, 1, 1))
        for i in range(count)
    ])
    stances = [s for s, _label in Stance.choices]
    responses = Response.objects.bulk_create([
        Response(government=g, letter=letter, stance=stances[i % 3], summary="More views.",
                 received_on=letter.sent_on + datetime.timedelta(days=20), is_illustrative=True)
        for i, g in enumerate(governments) for letter in letters
    ])
    Response.codes.through.objects.bulk_create([
        Response.codes.through(response=r, code=code) for r in responses for code in codes
    ])
    assert Response.objects.count() >= existing * factor


def respondent() -> Government:
    return Government.objects.filter(responses__isnull=False).order_by("name").first()


def a_response() -> Response:
    return Response.objects.order_by("pk").first()


RESPONSES, GOVERNMENTS = "surveys:response_list", "surveys:government_list"
# (page, its address, most queries): the same limit with the fixtures and with ten times
# as many responses. Two of each are the session and the user; every HTML page adds one for
# its print stamp's "data as of" (core.printing), a table page one for the user's columns.
QUERY_LIMITS = [
    # the report's figures, and four for the open round's follow-up
    ("dashboard", lambda: reverse("surveys:home"), 25),
    ("governments", lambda: reverse(GOVERNMENTS), 13),
    ("governments new", lambda: reverse(GOVERNMENTS) + f"?report={LATEST}&new=yes&replied=yes", 15),
    ("governments xlsx", lambda: reverse(GOVERNMENTS) + "?_export=xlsx", 9),
    ("responses", lambda: reverse(RESPONSES), 14),
    ("responses topic", lambda: reverse(RESPONSES) + f"?report={LATEST}&topic=nature", 16),
    ("responses csv", lambda: reverse(RESPONSES) + "?_export=csv", 7),
    ("letters", lambda: reverse("surveys:letter_list"), 8),
    ("letters csv", lambda: reverse("surveys:letter_list") + "?_export=csv", 6),
    ("reports", lambda: reverse("surveys:report_list"), 4),
    ("summary", lambda: reverse("surveys:summary_detail", args=[LATEST]), 69),
    ("reconciliation", lambda: reverse("surveys:reconciliation"), 71),
    ("report", lambda: reverse("surveys:report_detail", args=[LATEST]), 21),
    ("non-respondents", lambda: reverse("surveys:non_respondents", args=[LATEST]), 11),
    ("government", lambda: respondent().get_absolute_url(), 14),
    ("follow-up", lambda: reverse("surveys:followup_list") + "?per_page=100", 14),
    ("follow-up csv", lambda: reverse("surveys:followup_list") + "?_export=csv", 12),
    # one query a report that counted the letter, for its late replies
    ("letter", lambda: Letter.objects.order_by("sent_on").last().get_absolute_url(), 9),
    ("response", lambda: a_response().get_absolute_url(), 5),
]


@pytest.mark.parametrize("grown", [False, True], ids=["fixtures", "tenfold"])
@pytest.mark.parametrize(
    ("page", "address", "limit"), QUERY_LIMITS, ids=[q[0] for q in QUERY_LIMITS]
)
def test_queries_do_not_grow_with_the_responses(
    viewer_client, django_assert_max_num_queries, grown, page, address, limit
):
    if grown:
        more_responses()
    url = address()
    viewer_client.get(url)  # the first request of a test may warm caches (content types)
    with django_assert_max_num_queries(limit):
        assert viewer_client.get(url).status_code == 200, url
