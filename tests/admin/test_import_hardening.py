"""The admin's imports refuse what they cannot take, in plain words, and confirm honestly."""
import time
import tracemalloc

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.messages import get_messages

from core.imports import UploadStorage
from core.uploads import IMPORT_MAX_BYTES, IMPORT_MAX_ROWS
from surveys.models import Response
from tests.admin.conftest import admin_url
from tests.admin.test_import_export import CSV, XLSX, replies, upload
from tests.core.test_uploads import ZIP_BOMBS, zip_bomb

pytestmark = pytest.mark.django_db
# What a refused upload may take: a bound, not a benchmark (the finding: 60 s and a killed
# worker for a 60 KB file).
REFUSED_WITHIN_SECONDS = 5
REFUSED_WITHIN_BYTES = 50 * 1024 * 1024


def confirm(client, preview):
    return client.post(admin_url("response_process_import"),
                       preview.context["confirm_form"].initial)


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_a_file_too_large_is_refused_with_the_limit(editor_client):
    page = upload(editor_client, "response", b"government,letter\n" + b"x" * IMPORT_MAX_BYTES,
                  "big.csv", CSV)
    assert "an import takes at most 2 MB" in page.content.decode()
    assert "confirm_form" not in page.context


def refused_upload(client, content: bytes, name: str, fmt: str):
    """The upload's page, with the seconds it took and the most memory it held at once."""
    before = Response.objects.count()
    tracemalloc.start()
    start = time.monotonic()
    try:
        page = upload(client, "response", content, name, fmt)
        seconds = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "confirm_form" not in page.context and Response.objects.count() == before
    assert seconds < REFUSED_WITHIN_SECONDS, f"{seconds:.1f} s"
    assert peak < REFUSED_WITHIN_BYTES, f"{peak / 1024 / 1024:.0f} MB"
    return page.content.decode()


@pytest.mark.parametrize(("bomb", "words"), [
    ("past the size", "This XLSX file holds more data than an import takes: at most 20 MB "
                      "once unpacked, and 5000 rows."),
    ("packed too well", "This XLSX file is not packed as spreadsheet programs pack their "
                        "files, so it is not read."),
])
def test_a_zip_bomb_of_60_kb_is_refused_in_seconds_in_plain_words(editor_client, bomb, words):
    megabytes, empty = ZIP_BOMBS[bomb]
    xlsx = zip_bomb(megabytes, empty=empty)
    assert len(xlsx) < 60 * 1024

    assert words in refused_upload(editor_client, xlsx, "bomb.xlsx", XLSX)


@pytest.mark.parametrize("rows", [IMPORT_MAX_ROWS + 1, 6000])
def test_a_csv_with_too_many_rows_is_refused_in_seconds(editor_client, rows):
    csv = "government,letter,received_on,stance\n" + "France,3,1999-06-01,in_favour\n" * rows

    text = refused_upload(editor_client, csv.encode(), "many.csv", CSV)

    assert f"The file has more than {IMPORT_MAX_ROWS} rows; an import takes at most " in text


def test_a_wrong_header_names_the_expected_columns_without_a_traceback(editor_client):
    page = upload(editor_client, "response", b"country,when\nFrance,1999\n", "odd.csv", CSV)
    text = page.content.decode()
    assert "It needs government, letter" in text and "Not known: country, when" in text
    assert "Traceback" not in text and "confirm_form" not in page.context


def test_the_confirmation_says_exactly_what_it_wrote(editor_client, silent):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    done = confirm(editor_client, preview)
    assert done.status_code == 302
    assert "Imported and saved: 2 new records, 0 changed." in messages_of(done)


def test_a_double_click_on_confirm_writes_once_and_says_so(editor_client, silent):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    before = Response.objects.count()
    confirm(editor_client, preview)
    again = confirm(editor_client, preview)
    assert again.status_code == 302
    assert Response.objects.count() == before + 2
    assert any("confirmed already" in m for m in messages_of(again))


def test_data_that_changed_since_the_preview_writes_nothing_and_logs_nothing(
        editor_client, silent, third_letter):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    # Meanwhile a colleague records the first Government's reply to the same letter.
    Response.objects.create(government=silent[0], letter=third_letter,
                            received_on=third_letter.sent_on, stance="in_favour")
    logged = LogEntry.objects.count()
    done = confirm(editor_client, preview)
    assert Response.objects.filter(government=silent[1], letter=third_letter).count() == 0
    kept = Response.objects.get(government=silent[0], letter=third_letter)
    assert kept.summary == "" and kept.received_on == third_letter.sent_on  # not overwritten
    assert LogEntry.objects.count() == logged
    text = " ".join(messages_of(done))
    assert "Nothing was imported" in text and "Import finished" not in text


def test_a_row_that_became_invalid_since_the_preview_writes_nothing(editor_client, silent):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    silent[1].admitted_on = silent[1].admitted_on.replace(year=2000)  # no longer a recipient
    silent[1].save()
    done = confirm(editor_client, preview)
    assert not Response.objects.filter(government__in=silent[:2], letter__number=3).exists()
    assert "Nothing was imported" in " ".join(messages_of(done))


def test_the_confirmation_reads_only_an_upload_this_app_stored(editor_client, silent):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    forged = {**preview.context["confirm_form"].initial, "import_file_name": "../../etc/passwd"}
    done = editor_client.post(admin_url("response_process_import"), forged)
    assert done.status_code == 302 and any("confirmed already" in m for m in messages_of(done))
    assert UploadStorage(name="../../etc/passwd").read() is None


def test_an_upload_is_removed_once_confirmed(editor_client, silent):
    preview = upload(editor_client, "response", replies(silent, {}, {}).export("csv").encode(),
                     "replies.csv", CSV)
    name = preview.context["confirm_form"].initial["import_file_name"]
    assert UploadStorage(name=name).read() is not None
    confirm(editor_client, preview)
    assert UploadStorage(name=name).read() is None
