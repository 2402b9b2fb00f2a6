"""Printable pages as PDF, drawn by WeasyPrint from the page's own template.

WeasyPrint reads the document's metadata from the HTML: ``<title>`` becomes the PDF title,
``<meta name="dcterms.created">`` its creation date, ``<meta name="description">`` its
subject and ``<html lang>`` its language. Stylesheets are read from the static files on disk
(the finders, or STATIC_ROOT after collectstatic), never over HTTP: the app needs no
network and tests have no server.
"""
import mimetypes
import threading
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

_thread = threading.local()


class StaticFilesFetcher(URLFetcher):
    """Serves the app's static files to WeasyPrint from disk, and refuses everything else."""

    def __init__(self, base_url: str):
        super().__init__(allowed_protocols={"http", "https", "data"})
        static = urlsplit(urljoin(base_url, settings.STATIC_URL))
        self.host, self.prefix = static.netloc, static.path

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parts = urlsplit(url)
        path = parts.path
        if parts.netloc != self.host or not path.startswith(self.prefix):
            raise ValueError(f"Only the app's static files are read, not {url}")
        found = static_path(unquote(path.removeprefix(self.prefix)))
        if found is None:
            raise ValueError(f"No static file {url}")
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": content_type})


def static_path(name: str) -> Path | None:
    """The file of a static name: from the finders, else from STATIC_ROOT (hashed names)."""
    try:
        found = finders.find(name)
        if found:
            return Path(found)
        if settings.STATIC_ROOT:
            # The storage's own path(): a name that leaves STATIC_ROOT is refused.
            candidate = Path(staticfiles_storage.path(name))
            return candidate if candidate.is_file() else None
    except SuspiciousFileOperation:
        return None
    return None


def font_configuration() -> FontConfiguration:
    """WeasyPrint's fonts, set up once a thread and kept for its next PDFs. Without one,
    WeasyPrint sets up a new configuration for every document and finds and loads its fonts
    again (about 0.07 s of the summary's PDF). One a thread, since the worker's threads may
    draw PDFs at the same time; the stylesheets declare no ``@font-face``, so nothing one
    document loads changes the next."""
    if not hasattr(_thread, "fonts"):
        _thread.fonts = FontConfiguration()
    return _thread.fonts


def render_pdf(html: str, *, base_url: str) -> bytes:
    """The PDF of an HTML document whose relative URLs resolve against ``base_url``."""
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher(base_url))
    return document.write_pdf(font_config=font_configuration())

