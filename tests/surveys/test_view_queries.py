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
# as many responses. Two of each are the session and the user. A page that summarises
# A/56/167 reads the views of para 10's "a few other objectives" figure in one query more.
QUERY_LIMITS = [
    ("dashboard", lambda: reverse("surveys:home"), 20),
    ("governments", lambda: reverse(GOVERNMENTS), 9),
    ("governments new", lambda: reverse(GOVERNMENTS) + f"?report={LATEST}&new=yes&replied=yes", 12),
    ("governments xlsx", lambda: reverse(GOVERNMENTS) + "?_export=xlsx", 6),
    ("responses", lambda: reverse(RESPONSES), 12),
    ("responses topic", lambda: reverse(RESPONSES) + f"?report={LATEST}&topic=nature", 14),
    ("responses csv", lambda: reverse(RESPONSES) + "?_export=csv", 7),
    ("letters", lambda: reverse("surveys:letter_list"), 6),
    ("letters csv", lambda: reverse("surveys:letter_list") + "?_export=csv", 6),
    ("reports", lambda: reverse("surveys:report_list"), 3),
    ("summary", lambda: reverse("surveys:summary_detail", args=[LATEST]), 68),
    ("reconciliation", lambda: reverse("surveys:reconciliation"), 70),
    ("report", lambda: reverse("surveys:report_detail", args=[LATEST]), 20),
    ("non-respondents", lambda: reverse("surveys:non_respondents", args=[LATEST]), 8),
    ("government", lambda: respondent().get_absolute_url(), 9),
    # one query a report that counted the letter, for its late replies
    ("letter", lambda: Letter.objects.order_by("sent_on").last().get_absolute_url(), 8),
    ("response", lambda: a_response().get_absolute_url(), 4),
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
