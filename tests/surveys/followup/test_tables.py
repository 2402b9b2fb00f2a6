"""The follow-up list's columns (surveys.followup.tables): the mission's language in the
reader's language, on the page and in the export; the dates short on the page, spelled out
in the export, and the next action as plain text there."""
import datetime

import pytest
from django.utils import translation

from surveys.followup.tables import FollowUpTable
from surveys.followup.views import follow_up_rows
from tests.surveys.followup.conftest import contact

pytestmark = pytest.mark.django_db

URL = "/follow-up/?letter=1"


def test_the_language_column_is_the_missions_language_of_correspondence(world, listed):
    rows = {r["Government"]: r for r in listed.csv(URL)}

    assert rows["Republic of BBB"]["Language"] == "French"
    assert rows["Republic of CCC"]["Language"] == "English"
    assert rows["Republic of DDD"]["Language"] == ""  # no mission recorded


def test_the_language_is_named_in_the_readers_language(world, viewer_client, today):
    with translation.override("fr"):
        table = FollowUpTable(follow_up_rows(world["letter"], today).order_by("name"))
        cells = [str(row.get_cell("language")) for row in table.rows]
        exported = [row[1] for row in table.as_values(exclude_columns=(
            "region", "development_group"))][1:]
    page = viewer_client.get(URL, HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert cells[:2] == exported[:2] == ["Français", "Anglais"]
    assert 'data-label="Langue" class="short"><div class="cell">Français</div>' in page


def test_dates_are_short_on_the_page_and_whole_in_the_export_with_the_next_action(
        world, listed, editor, today):
    on = datetime.date(today.year - 1, 9, 28) if today.month < 9 or (
        today.month == 9 and today.day < 28) else datetime.date(today.year, 9, 28)
    world["letter"].sent_on = on - datetime.timedelta(days=60)
    world["letter"].save()
    contact(world["BBB"], world["letter"], editor, on, next_on=on + datetime.timedelta(days=7))

    table = FollowUpTable(follow_up_rows(world["letter"], today).order_by("name"))
    row = next(row for row in table.rows if row.record.iso3 == "BBB")
    export = {r["Government"]: r for r in listed.csv(URL)}

    assert str(row.get_cell("last_contact_on")).strip() == f"28 Sept. {on.year}"
    assert export["Republic of BBB"]["Last contact"] == f"28 September {on.year}"
    assert export["Republic of BBB"]["Next action"] == "Call the mission"  # no markup
    assert 'title="Call the mission"' in str(row.get_cell("next_action"))
