"""What a worker process loads once, done before it takes its first request.

A fresh worker (gunicorn starts one at boot and again after ``max_requests``) would make its
first reader wait while it loads the URL patterns, the translation catalogs, the templates
and WeasyPrint with its fonts: about a second and a half before the first PDF. gunicorn's
``post_worker_init`` hook (config/gunicorn.py) calls ``warm_up`` before the worker accepts
any request. Nothing here reads the database or the cache: a worker warms up whether or
not they answer yet.
"""
import logging
import time
from pathlib import Path

from django.conf import settings
from django.template import TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)

# A page of the summary's kind, in its stylesheets: WeasyPrint loads the fonts it names.
PDF_SAMPLE = """<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="{static}css/print.css">
<link rel="stylesheet" href="{static}css/summary-print.css"></head>
<body><h1>Summary</h1><p>Text <strong>in bold</strong> and <em>in italics</em>.</p>
<table><caption>Table</caption><tr><th>Region</th><td>1</td></tr></table></body></html>"""


def project_templates() -> list[str]:
    """The names of the project's own templates (templates/), for the template loaders."""
    names = []
    for folder in settings.TEMPLATES[0]["DIRS"]:
        root = Path(folder)
        names += [str(path.relative_to(root)) for path in sorted(root.rglob("*.html"))]
    return names


def warm_up() -> float:
    """Load what the first requests would; the seconds it took."""
    started = time.perf_counter()
    get_resolver().check()  # imports every view module and reads every URL pattern
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Dashboard")  # reads the language's catalogs
    engine = engines["django"]
    for name in project_templates():
        try:
            engine.get_template(name)  # compiled once, kept by the cached loader
        except TemplateSyntaxError:
            logger.exception("template %s does not compile", name)
    from core.pdf import render_pdf

    base = "http://warm-up.invalid/"
    render_pdf(PDF_SAMPLE.format(static=base + settings.STATIC_URL.lstrip("/")), base_url=base)
    return time.perf_counter() - started
