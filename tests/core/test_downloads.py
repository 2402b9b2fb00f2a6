"""Slow downloads made by a worker (core.downloads): an export of more rows than
EXPORT_IN_REQUEST_ROWS answers with a page that follows it; the worker's step makes the
same file the request would have made, for its user only, in their language."""
import csv
import io

import pytest
from django.urls import reverse

from core import downloads
from core.models import Download

pytestmark = pytest.mark.django_db
GOVERNMENTS = reverse("surveys:government_list")


def rows(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_a_large_export_is_made_by_a_worker_and_is_the_same_file(viewer_client, viewer,
                                                                 settings):
    direct = rows(b"".join(viewer_client.get(GOVERNMENTS + "?region=Africa&_export=csv")
                           .streaming_content))
    settings.EXPORT_IN_REQUEST_ROWS = 10

    queued = viewer_client.get(GOVERNMENTS + "?region=Africa&_export=csv")

    download = Download.objects.get(requested_by=viewer)
    assert queued.status_code == 302 and queued["Location"] == reverse(
        "core:download", args=[download.pk])
    page = viewer_client.get(queued["Location"])
    assert "A worker is making the file" in page.content.decode()
    assert viewer_client.get(reverse("core:download_status", args=[download.pk])).json() == {
        "status": "queued"}

    assert downloads.make(download.pk) == "done"

    made = viewer_client.get(reverse("core:download_file", args=[download.pk]))
    assert made["Content-Disposition"].startswith('attachment; filename="')
    assert rows(made.content) == direct and len(direct) == 54
    assert "Download the file" in viewer_client.get(queued["Location"]).content.decode()


def test_the_export_is_in_the_requesters_language(viewer_client, viewer, settings):
    settings.EXPORT_IN_REQUEST_ROWS = 10
    viewer_client.get(GOVERNMENTS + "?_export=csv", HTTP_ACCEPT_LANGUAGE="fr")
    download = Download.objects.get(requested_by=viewer)

    downloads.make(download.pk)

    made = viewer_client.get(reverse("core:download_file", args=[download.pk]))
    assert "Algérie" in made.content.decode("utf-8-sig")


def test_nobody_else_fetches_a_download(viewer_client, viewer, editor_client, settings):
    settings.EXPORT_IN_REQUEST_ROWS = 10
    viewer_client.get(GOVERNMENTS + "?_export=csv")
    download = Download.objects.get(requested_by=viewer)
    downloads.make(download.pk)

    for name in ("core:download", "core:download_status", "core:download_file"):
        assert editor_client.get(reverse(name, args=[download.pk])).status_code == 404


def test_a_download_whose_view_refuses_says_why(editor):
    """Drawn later by the worker, the view may refuse (here a reply-by date that has passed):
    the download fails with what the view said, and no file is kept."""
    download = Download.objects.create(
        path=reverse("surveys:followup_batch_pdf") + "?letter=3&reply_by=1990-01-01",
        requested_by=editor, language="en")

    assert downloads.make(download.pk) == "failed"

    download.refresh_from_db()
    assert "reply-by date" in download.error and download.content is None
