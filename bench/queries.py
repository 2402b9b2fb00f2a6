"""One pass of the test client over every benchmarked address, on the database of
DATABASE_URL: the queries with nothing cached and again, the bytes, the status. Prints JSON
with the pages, the queries and a signed-in session cookie for the load generator.

Run by bench/run.py (python bench/queries.py), never by the test suite.
"""
import csv
import io
import json
import os
import sys
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.pages import after_a_change, pages  # noqa: E402
from tests.second_factor import verified  # noqa: E402

USER = "bench"


def rows_of(path: str, body: bytes) -> int | None:
    """The rows an export holds, its header left out (None for a page)."""
    if "_export=csv" in path:
        return sum(1 for _row in csv.reader(io.StringIO(body.decode("utf-8")))) - 1
    if "_export=xlsx" in path:
        sheet = openpyxl.load_workbook(io.BytesIO(body), read_only=True).active
        return sum(1 for _row in sheet.iter_rows()) - 1
    return None


def measure(client, path: str) -> dict:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        answer = client.get(path)
        body = b"".join(answer.streaming_content) if answer.streaming else answer.content
        seconds = time.perf_counter() - started
    return {"status": answer.status_code, "queries": len(queries), "bytes": len(body),
            "seconds": round(seconds, 4), "rows": rows_of(path, body)}


def main() -> None:
    user, _ = get_user_model().objects.get_or_create(
        username=USER, defaults={"is_staff": True, "is_superuser": True})
    client = Client()
    client.force_login(user)
    verified(client, user)  # a superuser signs in with a second factor (accounts.twofactor)
    results = []
    for name, kind, path, cached in pages():
        client.get(path)  # warm what every first request warms (content types, templates)
        cache.clear()
        cold = measure(client, path)
        warm = measure(client, path)
        results.append({"name": name, "kind": kind, "path": path, "cached": cached,
                        "queries": cold["queries"], "queries_cached": warm["queries"],
                        "bytes": cold["bytes"], "rows": cold["rows"], "status": cold["status"],
                        "test_client_seconds": cold["seconds"]})
    print(json.dumps({"pages": results, "session": client.cookies["sessionid"].value,
                      "after_a_change": after_a_change()}))


if __name__ == "__main__":
    main()
