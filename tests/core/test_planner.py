"""After `loaddemo`, PostgreSQL's planner knows how many rows there are (core.planner): the
statistics describe the loaded tables, not the empty ones a fresh migrate left."""
import pytest
from django.db import connection

from surveys.models import Government, Response

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite keeps no such statistics")
@pytest.mark.parametrize("model", [Government, Response], ids=["governments", "responses"])
def test_the_planner_knows_the_loaded_rows(model):
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s",
                       [model._meta.db_table])
        estimated = cursor.fetchone()[0]
    assert estimated == model.objects.count() > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no JIT compiler")
def test_the_app_s_connections_do_not_compile_queries():
    """JIT off (config/settings.py): the summary's counts at 100x the demo data crossed the
    JIT's cost threshold and spent 50-70 ms compiling queries that run in 100 ms."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
