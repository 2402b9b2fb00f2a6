"""PostgreSQL's planner statistics, brought up to date after a bulk load.

The planner chooses each query's plan from statistics that autovacuum refreshes a while after
a table changes. Just after `loaddemo` or `scaledemo` has filled empty tables, those statistics
still describe the empty tables, and a plan chosen for no rows (nested loops over whole
tables) can take minutes instead of a fraction of a second: the suite saw the round
comparison do so. ``ANALYZE`` makes them describe what was loaded. SQLite plans without such
statistics; nothing to do there.
"""
from django.db import connections


def refresh_statistics(using: str = "default") -> None:
    """ANALYZE the whole database on PostgreSQL (a second or so at 100x); nothing elsewhere."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
