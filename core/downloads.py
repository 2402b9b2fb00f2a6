"""Slow downloads made by a worker instead of inside the request: the request queues a
``Download`` of its own address and answers at once with a page that follows it; a worker
(core.tasks.make_download) then calls the same view, as the same user, in the same language,
and keeps its response; the page offers the file when it is ready.

One mechanism for every slow download, so that a view decides only *whether* its response
is too slow to make inside a request (``in_background``), never *how* to make it elsewhere:
the worker's request carries ``IN_WORKER``, and the view answers it in place.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.base import BaseStorage
from django.db import transaction
from django.http import HttpResponseRedirect
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone, translation

from core.models import Download

IN_WORKER = "made_in_worker"
logger = logging.getLogger(__name__)
FILENAME = re.compile(r'filename="([^"]+)"')


def in_worker(request) -> bool:
    return getattr(request, IN_WORKER, False)


def in_background(request) -> HttpResponseRedirect:
    """Queue the file of this request's address for a worker, and go to its page."""
    from core.tasks import make_download

    download = Download.objects.create(path=request.get_full_path(),
                                       requested_by=request.user,
                                       language=translation.get_language() or "en")
    transaction.on_commit(lambda: make_download.enqueue(download.pk))
    return HttpResponseRedirect(reverse("core:download", args=[download.pk]))


class KeptMessages(BaseStorage):
    """The messages a view adds in a worker, kept to say why no file was made."""

    def _get(self, *args, **kwargs):
        return [], True

    def _store(self, messages, response, *args, **kwargs):
        return []


def site_request(path: str):
    """A GET of ``path`` as a reader of SITE_URL sends it: an address the view makes absolute
    (the summary PDF's base) is the site's, and passes ALLOWED_HOSTS, where RequestFactory's
    own host ("testserver") would not."""
    site = urlsplit(settings.SITE_URL)
    return RequestFactory().get(path, secure=site.scheme == "https",
                                headers={"host": site.netloc})


def make(download_id: int) -> str:
    """Call the download's view as its user would, and keep the response (a worker's step)."""
    download = Download.objects.select_related("requested_by").get(pk=download_id)
    if download.status not in (Download.Status.QUEUED, Download.Status.RUNNING):
        return download.status
    Download.objects.filter(pk=download.pk).update(status=Download.Status.RUNNING)
    request = site_request(download.path)
    request.user = get_user_model().objects.get(pk=download.requested_by_id)
    request._messages = KeptMessages(request)
    setattr(request, IN_WORKER, True)
    try:
        match = resolve(request.path_info)
        with translation.override(download.language):
            response = match.func(request, *match.args, **match.kwargs)
            if hasattr(response, "render"):
                response.render()
            content = (b"".join(response.streaming_content) if response.streaming
                       else response.content)
    except Exception as error:
        logger.exception("Download %s (%s) failed", download.pk, download.path)
        Download.objects.filter(pk=download.pk).update(
            status=Download.Status.FAILED, finished_at=timezone.now(), error=str(error)[:1000])
        raise
    if response.status_code != 200 or "attachment" not in response.get("Content-Disposition",
                                                                       ""):
        said = " ".join(str(m) for m in messages.get_messages(request))
        Download.objects.filter(pk=download.pk).update(
            status=Download.Status.FAILED, finished_at=timezone.now(),
            error=(said or f"HTTP {response.status_code}")[:1000])
        return Download.Status.FAILED
    name = FILENAME.search(response["Content-Disposition"])
    Download.objects.filter(pk=download.pk).update(
        status=Download.Status.DONE, finished_at=timezone.now(), content=content,
        content_type=response["Content-Type"], filename=name.group(1) if name else "download")
    return Download.Status.DONE
