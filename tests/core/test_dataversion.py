"""The data version moves with every kind of write to a tracked table, and only then."""
import datetime

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template

from core.dataversion import (
    cache_key,
    cached,
    data_version,
    fragment_context,
    lazy_context,
    tracked_tables,
)
from surveys.models import Government, Resolution, Response

pytestmark = pytest.mark.django_db


def test_every_surveys_table_is_tracked_and_no_history_or_other_app_table():
    tables = tracked_tables()
    assert {"surveys_response", "surveys_response_codes", "surveys_government",
            "surveys_report_letters", "surveys_publishedfigure"} <= set(tables)
    assert not [t for t in tables if "historical" in t or not t.startswith("surveys_")]


@pytest.mark.parametrize("write", [
    "create", "save", "update", "bulk_create", "delete", "raw_sql", "m2m", "loaddata_like",
])
def test_each_kind_of_write_moves_the_version(write):
    response = Response.objects.order_by("pk").first()
    spare = Resolution.objects.create(symbol="9/9", adopted_on=datetime.date(2000, 1, 1),
                                      title="A spare", paragraph=1)
    before = data_version()
    if write == "create":
        Resolution.objects.create(symbol="1/1", adopted_on=datetime.date(2000, 1, 1),
                                  title="A test", paragraph=1)
    elif write == "save":
        response.save()
    elif write == "update":
        Response.objects.filter(pk=response.pk).update(summary="Changed.")
    elif write == "bulk_create":
        Resolution.objects.bulk_create([Resolution(symbol=f"{i}/2", adopted_on=datetime.date(
            2000, 1, 1), title="A test", paragraph=1) for i in range(3)])
    elif write == "delete":
        Resolution.objects.filter(pk=spare.pk).delete()
    elif write == "raw_sql":
        with connection.cursor() as cursor:
            cursor.execute("UPDATE surveys_government SET notes = notes WHERE id = %s",
                           [Government.objects.order_by("pk").first().pk])
    elif write == "m2m":
        response.codes.clear()
    elif write == "loaddata_like":  # a raw save, as loaddata does it: no signal is sent
        government = Government.objects.order_by("pk").first()
        government.save_base(raw=True)
    assert data_version() > before, write


def test_writes_to_untracked_tables_leave_the_version_alone():
    before = data_version()
    User.objects.create_user("someone")
    assert data_version() == before


def test_cached_computes_once_for_each_version():
    calls = []

    def compute():
        calls.append(1)
        return {"n": len(calls)}

    assert cached(compute, "test") == {"n": 1}
    assert cached(compute, "test") == {"n": 1}
    key = cache_key("test")
    Response.objects.filter(pk=Response.objects.order_by("pk").first().pk).update(summary="x")
    assert cache_key("test") != key
    assert cached(compute, "test") == {"n": 2}


def test_a_cached_fragment_is_drawn_again_after_a_write_and_computes_nothing_on_a_hit():
    """What the cached pages do: a {% cache %} fragment varied on the data version, drawn
    from a lazy context that only a miss evaluates."""
    template = Template('{% load cache %}{% cache cache_timeout "test" data_version %}'
                        '{{ n }}{% endcache %}')
    calls = []

    def draw() -> str:
        context = lazy_context(lambda: calls.append(1) or {"n": len(calls)}, ["n"])
        return template.render(Context({**fragment_context(), **context}))

    assert (draw(), draw()) == ("1", "1")
    assert len(calls) == 1
    Response.objects.filter(pk=Response.objects.order_by("pk").first().pk).update(summary="x")
    assert draw() == "2"


def test_migrate_installs_the_triggers_and_moves_the_version():
    before = data_version()
    call_command("migrate", verbosity=0)
    assert data_version() > before
