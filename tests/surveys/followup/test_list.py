"""The live follow-up list: who has not replied to a letter as of a day, and what was done."""
import datetime

import pytest
from django.urls import reverse

from surveys.models import Government, Letter, Response
from tests import builders
from tests.surveys.followup.conftest import contact

pytestmark = pytest.mark.django_db


def url(**params) -> str:
    from django.utils.http import urlencode

    return reverse("surveys:followup_list") + "?" + urlencode(params)


def test_the_list_is_the_recipients_without_a_reply(world, listed):
    rows = listed.csv(url(letter=1))

    assert sorted(r["Government"] for r in rows) == ["Republic of BBB", "Republic of CCC",
                                                     "Republic of DDD"]
    assert listed.count(url(letter=1)) == 3


def test_as_of_a_past_day_a_later_reply_still_counts_as_missing(world, listed, today):
    letter = world["letter"]
    before_reply = letter.sent_on + datetime.timedelta(days=2)

    rows = listed.csv(url(letter=1, as_of=before_reply.isoformat()))

    assert "Republic of AAA" in [r["Government"] for r in rows]
    assert rows[0]["Days since the letter"] == "2"


def test_a_reply_entered_today_leaves_the_list_at_once(world, listed, today):
    builders.reply(world["BBB"], world["letter"], today)

    names = [r["Government"] for r in listed.csv(url(letter=1))]

    assert "Republic of BBB" not in names and len(names) == 2


def test_the_count_split_below_the_list_follows_a_reply_at_once(world, viewer_client, today):
    """The paragraph on how the count splits is kept in the shared cache (list.html): a reply
    entered moves the data version, and the next reader sees the new count."""
    def split() -> str:
        page = viewer_client.get(url(letter=1)).content.decode()
        return page[page.index('class="count-explained"'):].split("</p>")[0]

    assert "3 recipients of the" in split()
    assert "3 recipients of the" in split()  # the second reader reads it from the cache
    builders.reply(world["BBB"], world["letter"], today)
    assert "2 recipients of the" in split()


def test_reminders_last_contact_next_action_and_overdue(world, listed, editor, today):
    letter = world["letter"]
    contact(world["BBB"], letter, editor, today - datetime.timedelta(days=20),
            next_on=today - datetime.timedelta(days=5))
    contact(world["BBB"], letter, editor, today - datetime.timedelta(days=30))
    contact(world["CCC"], letter, editor, today - datetime.timedelta(days=3),
            next_on=today + datetime.timedelta(days=7))

    rows = {r["Government"]: r for r in listed.csv(url(letter=1))}

    assert rows["Republic of BBB"]["Reminders sent"] == "2"
    assert rows["Republic of BBB"]["Overdue"] == "Yes"
    assert rows["Republic of CCC"]["Overdue"] == "No"
    assert rows["Republic of DDD"]["Reminders sent"] == "0"
    assert rows["Republic of DDD"]["Last contact"] == "—"
    assert [r["Government"] for r in listed.csv(url(letter=1, overdue="yes"))] == [
        "Republic of BBB"]
    assert [r["Government"] for r in listed.csv(url(letter=1, reminders="none"))] == [
        "Republic of DDD"]
    assert [r["Government"] for r in listed.csv(url(letter=1, reminders="several"))] == [
        "Republic of BBB"]
    assert [r["Government"] for r in listed.csv(url(letter=1, language="fr"))] == [
        "Republic of BBB"]


def test_sorting_by_reminders_sent(world, viewer_client, editor, today):
    contact(world["CCC"], world["letter"], editor, today)

    page = viewer_client.get(url(letter=1, sort="-reminders_sent"))

    names = [row.record.name for row in page.context["table"].paginated_rows]
    assert names[0] == "Republic of CCC"


@pytest.mark.parametrize("as_of, message", [
    ("2999-01-01", "not a day to come"),
    ("1900-01-01", "before the letter was sent"),
    ("not-a-date", "Enter a valid date"),
])
def test_a_day_that_cannot_be_used_says_why(world, viewer_client, as_of, message):
    page = viewer_client.get(url(letter=1, as_of=as_of))

    assert page.status_code == 200
    assert message in page.content.decode()


def test_the_export_is_marked_illustrative(world, listed):
    Response.objects.update(is_illustrative=True)

    rows = listed.csv(url(letter=1))

    assert {r["Illustrative"] for r in rows} == {"Yes"}


def test_record_a_reply_and_log_a_contact_links_for_editors_only(world, editor_client,
                                                                 viewer_client):
    editor_page = editor_client.get(url(letter=1)).content.decode()
    viewer_page = viewer_client.get(url(letter=1)).content.decode()

    add = reverse("admin:surveys_response_add")
    bbb = world["BBB"]
    expected = (f'{add}?government={bbb.pk}&amp;letter={world["letter"].pk}&amp;next='
                "%2Ffollow-up%2F%3Fletter%3D1")
    assert expected in editor_page
    assert "Log a contact" in editor_page
    assert add not in viewer_page and "Log a contact" not in viewer_page


def page_and_queries(client, address: str) -> tuple[str, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        page = client.get(address)
    assert page.status_code == 200
    return page.content.decode(), len(captured)


def results(page: str) -> str:
    """The table's part of a page (its forms' tokens, outside it, differ every time)."""
    return page[page.index('<section class="results"'):page.index('<div class="table-after">')]


def test_the_table_kept_in_the_cache_is_each_reader_s_own(world, editor_client, viewer_client):
    """The list's filters and table are kept in the shared cache (core.views.TablePage.
    cache_rendered_table), varied on what the reader may do in its rows: a Viewer who reads it
    first leaves no table without an Editor's actions, and an Editor none with them for the
    next Viewer. A repeat reader is served from the cache: fewer queries, the same page."""
    first_viewer, drawn = page_and_queries(viewer_client, url(letter=1))
    editor_page, _queries = page_and_queries(editor_client, url(letter=1))
    again, from_cache = page_and_queries(viewer_client, url(letter=1))

    assert "Log a contact" in editor_page and "Record a reply" in editor_page
    assert "Log a contact" not in again and "Record a reply" not in again
    assert from_cache < drawn
    assert results(again) == results(first_viewer)


def test_the_table_kept_in_the_cache_follows_a_reply_at_once(world, viewer_client, today):
    """A reply moves the data version: the next reader's table is drawn again, without it."""
    before, _queries = page_and_queries(viewer_client, url(letter=1))
    builders.reply(world["BBB"], world["letter"], today)
    after, _queries = page_and_queries(viewer_client, url(letter=1))

    assert "Republic of BBB" in before and "Republic of BBB" not in after


def test_the_table_kept_in_the_cache_is_drawn_again_on_a_new_day(world, viewer_client, today,
                                                                monkeypatch):
    """The list is as of today unless the address names a day: the next day's reader is not
    served the day before's table ("Days since the letter" moves on by one)."""
    from django.utils import timezone

    def days_since_the_letter() -> str:
        page = viewer_client.get(url(letter=1))
        row = next(row for row in page.context["table"].paginated_rows
                   if row.record.iso3 == "BBB")
        return str(row.get_cell("days_since_letter"))

    assert days_since_the_letter() == "60"
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    page = viewer_client.get(url(letter=1)).content.decode()

    assert days_since_the_letter() == "61"
    assert ">61<" in page


def test_the_queries_do_not_grow_with_the_rows(world, viewer_client, editor, today,
                                               django_assert_max_num_queries):
    letter = world["letter"]

    def queries() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert viewer_client.get(url(letter=1, per_page=100)).status_code == 200
        return len(captured)

    few = queries()
    for n in range(40):
        seat = builders.government(f"X{n:02d}")
        contact(seat, letter, editor, today - datetime.timedelta(days=1),
                next_on=today + datetime.timedelta(days=1))
    assert queries() == few


@pytest.mark.demo
def test_a_new_letter_in_2003_has_191_recipients_and_its_list_works(db, listed):
    letter = builders.letter(4, "2003-03-01", mandate=Letter.objects.first().mandate)

    assert Government.objects.recipients_of(letter).count() == 191
    assert listed.count(url(letter=4)) == 191
