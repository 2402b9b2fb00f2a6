"""Fixtures of the survey tests: an empty survey database to build small worlds in."""
import csv
import io
import re

import pytest
from django.apps import apps


def _is_history(model) -> bool:
    return hasattr(model, "instance_type")  # simple-history's historical (and m2m) records


def survey_records() -> list:
    """Every model holding survey records, those that reference others first.

    The surveys app's models and their many-to-many tables, and any model of another app
    with a key to one of them (none today: organizations and accounts have none); not the
    history tables, whose keys carry no constraint.
    """
    surveys = {m for m in apps.get_app_config("surveys").get_models(include_auto_created=True)
               if not _is_history(m)}
    models = surveys | {
        m for m in apps.get_models(include_auto_created=True)
        if not _is_history(m) and any(
            f.is_relation and f.concrete and f.related_model in surveys
            for f in m._meta.get_fields())
    }

    def references(model) -> set:
        return {f.related_model for f in model._meta.get_fields()
                if f.is_relation and f.concrete and f.related_model in models} - {model}

    ordered = []
    while models:
        referenced = set().union(*(references(m) for m in models))
        free = sorted((m for m in models if m not in referenced), key=lambda m: m._meta.label)
        assert free, f"a cycle of keys among {models}"
        ordered += free
        models -= set(free)
    return ordered


@pytest.fixture
def empty_survey(db):
    """No survey record at all, for the length of the test (its transaction is rolled back).

    An unmarked test runs before the demo data are loaded (tests/conftest.py) and finds
    nothing to delete; a test marked ``demo`` that asks for this too has the demo's records
    deleted inside its transaction, without signals or history rows, and undone with it.
    """
    records = survey_records()
    for model in records:
        model.objects.all()._raw_delete(using="default")
    assert not any(model.objects.exists() for model in records)


class Listed:
    """What a table page lists, read as a person would: the caption's count and the export."""

    CAPTION = re.compile(r'<span class="caption-count">\s*\((\d+) rows?\)\s*</span>')

    def __init__(self, client):
        self.client = client

    def count(self, url: str) -> int:
        """The number of rows the page's caption says it lists ("(N rows)")."""
        page = self.client.get(url)
        assert page.status_code == 200, (url, page.status_code)
        found = self.CAPTION.findall(page.content.decode())
        assert len(found) == 1, (url, found)
        return int(found[0])

    def csv(self, url: str) -> list[dict[str, str]]:
        """The rows of the page's CSV export (the header row names the columns)."""
        export = self.client.get(f"{url}{'&' if '?' in url else '?'}_export=csv")
        assert export.status_code == 200, (url, export.status_code)
        assert export["Content-Type"].startswith("text/csv"), export["Content-Type"]
        text = b"".join(export).decode("utf-8-sig") if export.streaming else (
            export.content.decode("utf-8-sig"))
        return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def listed(viewer_client) -> Listed:
    """Read a table page and its CSV export as a signed-in viewer."""
    return Listed(viewer_client)
