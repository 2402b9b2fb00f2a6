"""Comparing rounds: each Government's stance in two letters or reports, and who moved."""
import pytest
from django.urls import reverse
from django.utils.http import urlencode

from surveys.models import Government, Letter, Response
from surveys.rounds import Movement, compared, side_of
from tests import builders

pytestmark = pytest.mark.django_db


def url(**params) -> str:
    return reverse("surveys:round_comparison") + "?" + urlencode(params)


def reply_stances(letter: Letter) -> dict[str, str]:
    """Each Government's stance in its reply to ``letter``, read row by row."""
    return {r.government.name: r.stance
            for r in Response.objects.filter(letter=letter).select_related("government")}


def test_the_1997_and_1999_rounds_list_every_government_whose_stance_changed(listed):
    before, after = reply_stances(Letter.objects.get(number=2)), reply_stances(
        Letter.objects.get(number=3))
    changed = sorted(name for name in before.keys() & after.keys()
                     if before[name] != after[name])
    new = sorted(after.keys() - before.keys())

    assert changed, "the demo data change some stances between 1997 and 1999"
    shown = listed.csv(url(first="letter-2", second="letter-3", movement="changed"))
    assert sorted(r["Government"] for r in shown) == changed
    shown_new = listed.csv(url(first="letter-2", second="letter-3", movement="new_reply"))
    assert sorted(r["Government"] for r in shown_new) == new
    assert {r["Illustrative"] for r in shown} == {"Yes"}


def test_the_default_is_the_last_two_letters(viewer_client):
    page = viewer_client.get(reverse("surveys:round_comparison"))

    assert page.status_code == 200
    assert "From the Letter of April 1997 to the Letter of March 1999" in page.content.decode()


def test_each_flow_of_the_chart_lists_its_rows(viewer_client, listed):
    page = viewer_client.get(url(first="report-A-52-314", second="report-A-56-167"))

    bars = page.context["flow_chart"].bars
    assert sum(bar.value for bar in bars) == page.context["table"].paginator.count
    for bar in bars:
        assert listed.count(bar.href.replace("&amp;", "&")) == bar.value


def test_a_report_side_uses_the_latest_reply_it_counted(empty_survey):
    seat = builders.government("AAA")
    first, second = builders.letter(1, "1995-02-01"), builders.letter(2, "1997-04-01")
    builders.reply(seat, first, "1995-03-01", "reservations")
    builders.reply(seat, second, "1997-05-01", "in_favour")
    early = builders.report("A/1", "1995-06-01", [first], "1995-05-31")
    late = builders.report("A/2", "1997-08-01", [first, second], "1997-07-31")

    [row] = compared(side_of("report-A-1"), side_of("report-A-2"))

    assert (row.stance_first, row.stance_second, row.movement) == (
        "reservations", "in_favour", Movement.CHANGED)
    assert early and late


def test_the_same_round_twice_says_so(viewer_client):
    page = viewer_client.get(url(first="letter-3", second="letter-3"))

    assert "Choose two different letters or reports" in page.content.decode()


def test_a_new_round_compares_with_the_last(listed):
    builders.letter(4, "2003-03-01", mandate=Letter.objects.first().mandate)

    rows = listed.csv(url(first="letter-3", second="letter-4", movement="stopped"))

    assert len(rows) == Response.objects.filter(letter__number=3).count()
    assert Government.objects.recipients_of(Letter.objects.get(number=4)).count() == 191
