"""Figures computed once per data version (core.figures): one computation however many
readers arrive, the previous version's figures shown only while a worker is on it."""
import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings

from core import figures
from core.dataversion import data_version
from surveys.models import Resolution

LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                           "LOCATION": "test-figures"}}


@override_settings(CACHES=LOCAL_CACHE)
def test_eight_readers_arriving_together_compute_a_figure_once():
    cache.clear()
    computed, answers = [], []
    start = threading.Barrier(8)

    def compute():
        computed.append(threading.get_ident())
        time.sleep(0.3)  # long enough for every other reader to arrive meanwhile
        return {"figure": 47}

    def reader():
        start.wait()
        answers.append(figures.computed_once("tracker:v1:en:test-figure", compute))

    readers = [threading.Thread(target=reader) for _ in range(8)]
    for thread in readers:
        thread.start()
    for thread in readers:
        thread.join()
    assert len(computed) == 1
    assert answers == [{"figure": 47}] * 8
    assert cache.get("tracker:v1:en:test-figure:computing") is None  # the lock is freed


@override_settings(CACHES=LOCAL_CACHE)
def test_a_computation_that_fails_frees_its_lock_for_the_next_reader():
    cache.clear()

    def fails():
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        figures.computed_once("tracker:v1:en:test-figure", fails)
    assert figures.computed_once("tracker:v1:en:test-figure", lambda: 3) == 3


def a_change() -> int:
    number = Resolution.objects.count()
    Resolution.objects.create(symbol=f"99/{number}", adopted_on="2000-01-01",
                              title="A change", paragraph=1)
    return data_version()


@pytest.mark.django_db
def test_without_a_worker_the_figures_shown_are_always_current():
    figures.mark_computed(data_version())
    version = a_change()
    shown = figures.freshness()
    assert shown.is_current and shown.version == version and shown.computed_at is None


@pytest.mark.django_db
def test_while_a_worker_computes_the_previous_figures_are_shown_with_their_time():
    computed_at = data_version()
    figures.mark_computed(computed_at)
    version = a_change()
    assert figures.watch()  # a worker sees the change and queues its figures
    shown = figures.freshness()
    assert not shown.is_current
    assert (shown.data_version, shown.version) == (version, computed_at)
    assert shown.computed_at is not None
    figures.mark_computed(version)  # the worker is done
    assert figures.freshness().is_current


@pytest.mark.django_db
def test_a_worker_that_does_not_come_stops_the_previous_figures_being_shown():
    figures.mark_computed(data_version())
    version = a_change()
    cache.set(figures.queued_key(version), time.time() - figures.STALE_SECONDS - 1)
    assert figures.freshness().is_current  # too long: the reader computes them itself


@pytest.mark.django_db
def test_two_workers_watching_queue_one_computation_per_version():
    from django_tasks_db.models import DBTaskResult

    figures.mark_computed(data_version())
    a_change()
    before = DBTaskResult.objects.count()
    assert figures.watch() is True
    assert figures.watch() is False  # the other worker's look: already queued
    a_change()
    assert figures.watch() is False  # a change meanwhile: the refresh queued computes it
    assert DBTaskResult.objects.count() == before + 1
    figures.refresh()
    assert figures.freshness().is_current
    a_change()
    assert figures.watch() is True  # the refresh done, the next change queues the next


@pytest.mark.django_db
def test_the_figures_version_never_goes_back():
    figures.mark_computed(data_version() + 10)
    figures.mark_computed(data_version())
    with connection.cursor() as cursor:
        cursor.execute("SELECT figures_version FROM core_dataversion WHERE id = 1")
        assert cursor.fetchone()[0] == data_version() + 10
