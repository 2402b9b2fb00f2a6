"""Every table renders all its columns, sorts by each sortable one, and exports them all."""
import csv
import io

import pytest
from django.test import RequestFactory
from django.urls import reverse

from core.tables import YesNoColumn
from surveys import tables
from surveys.models import Government, Letter, Report, Response
from surveys.summary.counts import report_summary

pytestmark = pytest.mark.django_db

LATEST = "A-56-167"
PAGES = [
    (tables.GovernmentTable, reverse("surveys:government_list")),
    (tables.ResponseTable, reverse("surveys:response_list")),
    (tables.LetterTable, reverse("surveys:letter_list")),
    (tables.NonRespondentTable, reverse("surveys:non_respondents", args=[LATEST])),
]


def data_for(table_class):
    if table_class is tables.GovernmentTable:
        return Government.objects.with_counted_replies(None)
    if table_class is tables.LetterTable:
        return Letter.objects.with_reply_counts()
    if table_class is tables.ResponseTable:
        return Response.objects.select_related("government", "letter")
    return Government.objects.all()


@pytest.mark.parametrize(("table_class", "url"), PAGES)
def test_every_table_renders_every_column(table_class, url):
    table = table_class(data_for(table_class))
    html = table.as_html(RequestFactory().get(url))
    for column in table.columns:
        assert str(column.header) in html, column.name
    assert 'class="data-table"' in html


@pytest.mark.parametrize(("table_class", "url"), PAGES)
def test_every_sortable_column_sorts_the_page(viewer_client, table_class, url):
    table = table_class(data_for(table_class))
    for column in table.columns:
        if not column.orderable:
            continue
        for sort in (column.name, f"-{column.name}"):
            response = viewer_client.get(url, {"sort": sort})
            assert response.status_code == 200, sort
            assert f'aria-sort="{"descending" if sort[0] == "-" else "ascending"}"' in \
                response.content.decode(), sort


@pytest.mark.parametrize(("table_class", "url"), PAGES)
def test_every_export_has_every_column_including_the_illustrative_flag(viewer_client,
                                                                     table_class, url):
    table = table_class(data_for(table_class))
    content = b"".join(viewer_client.get(url, {"_export": "csv"}).streaming_content).decode(
        "utf-8-sig")
    header = next(csv.reader(io.StringIO(content)))
    # Every column of data; a column of links to act on a row (Record a reply) is not data.
    assert header == [str(column.header) for column in table.columns.iterall()
                      if not column.column.exclude_from_export]
    assert "Illustrative" in header


def sort_key(value):
    """How the database orders a column's values: numbers and dates as such, text by letters,
    an empty value first (ascending), as both SQLite and PostgreSQL put NULLs for these."""
    if value is None or value == "":
        return (0, "")
    if hasattr(value, "_meta"):  # a record, ordered by its name (a Government)
        value = str(value)
    if isinstance(value, str):
        return (1, "".join(ch for ch in value.casefold() if ch.isalnum()))
    return (1, value)


@pytest.mark.parametrize(("table_class", "url"), PAGES)
def test_every_sortable_column_puts_the_rows_in_its_order(viewer_client, table_class, url):
    """The rows themselves come in the column's order, both ways, not only the header's mark."""
    table = table_class(data_for(table_class))
    checked = 0
    for column in table.columns:
        if not column.orderable or column.name in {"codes", "mandate", "letter", "sent"}:
            continue  # ordered by another field than the one shown (a date behind a label)
        pages = {}
        for sort in (column.name, f"-{column.name}"):
            page = viewer_client.get(url, {"sort": sort}).context["table"].page
            pages[sort] = [column.accessor.resolve(row.record, quiet=True)
                           for row in page.object_list]
        ascending, descending = pages[column.name], pages[f"-{column.name}"]
        keys = [sort_key(v) for v in ascending if v not in (None, "")]
        assert keys == sorted(keys), (column.name, ascending)
        keys = [sort_key(v) for v in descending if v not in (None, "")]
        assert keys == sorted(keys, reverse=True), (column.name, descending)
        checked += 1
    assert checked >= 2


def test_the_government_table_sorts_by_letters_answered(viewer_client):
    response = viewer_client.get(reverse("surveys:government_list"), {"sort": "-letters_answered"})
    answered = [g.letters_answered for g in response.context["table"].page.object_list.data]
    assert answered == sorted(answered, reverse=True) and answered[0] > 0


def test_the_letter_table_counts_as_the_latest_report(viewer_client):
    latest = report_summary(report=Report.objects.order_by("issued_on").last())
    rows = {letter.pk: letter for letter in Letter.objects.with_reply_counts()}
    for count in latest.letters:
        row = rows[count.letter.pk]
        assert row.replies == Response.objects.filter(letter=count.letter).count()
        assert row.recipients == Government.objects.members_on(count.letter.sent_on).count()
        assert row.response_rate == pytest.approx(100 * row.replies / row.recipients)
        if count.after_cutoff == 0:
            assert (row.first_time_respondents, row.repeat_respondents) == (
                count.first_time, count.repeat)


def test_yes_no_columns_say_yes_or_no_in_words():
    column = YesNoColumn()
    assert (column.value(3), column.value(0), column.value(True)) == ("Yes", "No", "Yes")
