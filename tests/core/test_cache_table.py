"""``migrate`` sets up the shared cache's table (core's migration runs Django's
``createcachetable``): a fresh database serves every page without another command."""
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.migrations.loader import MigrationLoader

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache"),
                       reason="the cache is not the database"),
]
TABLE = settings.CACHES["default"]["LOCATION"]


def migrate_the_cache_table() -> None:
    """What ``migrate`` runs for core's cache-table migration, found as migrate finds it."""
    loader = MigrationLoader(connection)
    [migration] = [m for (label, _name), m in loader.disk_migrations.items()
                   if label == "core" and "cache_table" in m.name]
    [operation] = migration.operations
    operation.code(apps, SimpleNamespace(connection=connection))


def tables() -> set[str]:
    return set(connection.introspection.table_names())


def drop_the_cache_table() -> None:
    with connection.cursor() as cursor:  # inside the test's transaction: rolled back after
        cursor.execute(f"DROP TABLE {connection.ops.quote_name(TABLE)}")
    assert TABLE not in tables()


def test_a_migration_creates_the_cache_table_and_leaves_an_existing_one_alone():
    drop_the_cache_table()
    migrate_the_cache_table()
    assert TABLE in tables()
    cache.set("test", "kept")
    migrate_the_cache_table()  # as a second migrate would find it: nothing to do
    assert cache.get("test") == "kept"


def test_with_another_cache_the_migration_creates_no_table(settings):
    drop_the_cache_table()
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    migrate_the_cache_table()
    assert TABLE not in tables()
