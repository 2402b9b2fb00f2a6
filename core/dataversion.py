"""The data version: one number that changes whenever a record a cached page reads changes.

Cached summaries, reconciliations, rendered fragments and PDFs are stored under a key that
holds this number (``cached``, and the ``{% cache %}`` fragments that vary on
``data_version``), so a change to any tracked record makes every cached copy unreachable at
once, on every app server, without deleting anything: the old entries simply expire or are
culled.

Why database triggers rather than Django signals: signals see only ``save()`` and
``delete()`` of single objects, and miss ``QuerySet.update()``, ``bulk_create()``,
``_raw_delete()``, raw SQL, ``loaddata`` with raw saves, the admin's imports' bulk paths,
data migrations and a restored backup. A trigger on each tracked table (PostgreSQL: one a
statement, for INSERT, UPDATE, DELETE and TRUNCATE; SQLite: one a row) moves the counter in
the same transaction as the change, so a reader sees either the old data and the old
version or the new data and the new version, never new data under an old version. The cost
is one single-row update a write statement, and writers to tracked tables take turns on that
row until they commit, which suits an application that is read far more than written.

The counter starts from the clock (microseconds since 1970) when its row is (re)created, for
example after ``flush``, so a version number is never reused for other data while old cache
entries are still stored. The triggers are (re)installed after every ``migrate`` (the
``post_migrate`` signal), so a table added by a later migration is tracked too.

Tracked: every concrete model of the apps in ``settings.DATA_VERSION_APPS`` and their
many-to-many tables, not their history tables (written together with the record anyway).
"""
from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import connections
from django.utils import translation
from django.utils.functional import SimpleLazyObject

TABLE = "core_dataversion"
FUNCTION = "core_bump_data_version"

_START = {
    "postgresql": "(extract(epoch from clock_timestamp()) * 1000000)::bigint",
    "sqlite": "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)",
}


_LARGER = {"postgresql": "GREATEST", "sqlite": "MAX"}


def _bump_sql(vendor: str) -> str:
    # One more, or the clock if it is ahead: a bump rolled back with its transaction leaves
    # the row at the old number, and the next bump must not hand out that rolled-back number
    # again (a cache entry may have been stored under it, outside the transaction).
    return (f"INSERT INTO {TABLE} (id, value) VALUES (1, {_START[vendor]}) "
            f"ON CONFLICT (id) DO UPDATE SET value = "
            f"{_LARGER[vendor]}({TABLE}.value + 1, {_START[vendor]})")


def tracked_tables() -> list[str]:
    """The tables whose changes move the data version."""
    tables = set()
    for label in getattr(settings, "DATA_VERSION_APPS", ()):
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            opts = model._meta
            if opts.managed and not opts.proxy and not hasattr(model, "instance_type"):
                tables.add(opts.db_table)
    return sorted(tables)


def install_triggers(using: str = "default") -> None:
    """Create (or replace) the triggers on every tracked table, and the counter's row."""
    connection = connections[using]
    vendor = connection.vendor
    if vendor not in _START:
        return
    existing = set(connection.introspection.table_names())
    if TABLE not in existing:
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {_bump_sql(vendor)}; RETURN NULL; END $$")
        for table in tracked_tables():
            if table not in existing:
                continue
            if vendor == "postgresql":
                cursor.execute(
                    f"CREATE OR REPLACE TRIGGER core_data_version AFTER INSERT OR UPDATE OR "
                    f"DELETE OR TRUNCATE ON {quote(table)} FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION {FUNCTION}()")
            else:
                for event in ("INSERT", "UPDATE", "DELETE"):
                    cursor.execute(
                        f"CREATE TRIGGER IF NOT EXISTS "
                        f"{quote(f'core_data_version_{table}_{event.lower()}')} AFTER {event} "
                        f"ON {quote(table)} BEGIN {_bump_sql(vendor)}; END")
        cursor.execute(_bump_sql(vendor))  # a migration may have changed data: a new version


def data_version(using: str = "default") -> int:
    """The current data version: one query of one row."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT value FROM {TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def cache_key(*parts, version: int | None = None) -> str:
    """A cache key for ``parts`` under the data version ``version`` (the current one by
    default), in the reader's language (a page rendered in French is not served to an
    English reader)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    version = data_version() if version is None else version
    return ":".join(["tracker", f"v{version}", language, *map(str, parts)])


def cached(compute, *parts, timeout=DEFAULT_TIMEOUT):
    """The value stored for ``parts`` under the current data version, computed and stored
    by ``compute()`` when there is none (for ``timeout`` seconds, by default the cache's)."""
    return cache.get_or_set(cache_key(*parts), compute, timeout)


def fragment_context() -> dict:
    """What a template needs for a ``{% cache %}`` fragment drawn from records: the data
    version, and the version of the figures to vary on (with the language and the record):
    the data's, or while a worker computes them after a change the previous one's, which
    ``figures_as_of`` then gives with the time it was computed (core.figures; read with the
    data version in one query); and how long to keep it, the cache's default timeout as for
    ``cached`` (the tag wants the number)."""
    from core.figures import freshness

    shown = freshness()
    return {"data_version": shown.data_version, "figures_version": shown.version,
            "figures_as_of": None if shown.is_current else shown.computed_at,
            "cache_timeout": cache.default_timeout}


def lazy_context(compute, keys) -> dict:
    """The context ``compute()`` returns, each of ``keys`` a value computed on first use
    (all from one call): a page that keeps its fragment in the cache passes it, so that a
    hit computes nothing and only a miss, whose fragment reads them, pays."""
    computed = SimpleLazyObject(compute)
    return {key: SimpleLazyObject(lambda key=key: computed[key]) for key in keys}
