"""Figures computed once per data version, in the background, so that no reader pays for a
change.

The summaries, the reconciliations and the pages drawn from them are kept in the shared cache
under the data version (``core.dataversion``), which every write moves. Before this module
the first reader after each change computed them again (4 to 6 seconds at 100 times the demo
data), and eight readers arriving together each computed them. Now:

- **One computation per figure and data version** (``computed_once``): the first to miss a
  figure takes a lock in the shared cache (``cache.add``, which only one caller of all the
  app servers wins, with a timeout so that a computation that died frees it); the others wait
  for its result (``WAIT_SECONDS`` at most, then compute it themselves).
- **The workers compute it first.** Each worker (``manage.py run_worker``) looks at the data
  version every ``WATCH_SECONDS`` (``watch``); when it has moved past the figures'
  (``DataVersion.figures_version``, in the database, shared by every server), it queues one
  ``core.tasks.refresh_figures`` task for it (``cache.add`` again: one task however many
  workers watch, and one at a time: changes made while it waits or runs are computed by
  it, or by the next, which computes the latest version). The task runs each app's
  refresh (``register``): the surveys app computes every report's summaries in each
  language and draws the three heaviest pages, then marks the version computed.
- **Meanwhile, readers are shown the previous figures, marked as such.** While a worker is
  on it (its task queued less than ``STALE_SECONDS`` ago, or a worker watching), a page
  drawn from the figures is served as it was for the figures' version, the one before the
  change, with a notice that says when they were computed and that they are being updated
  (``Freshness``; templates/includes/figures_notice.html). They are never passed off as
  current: the notice is outside the cached part, and a page is marked whenever the version
  it shows is not the data's. We chose this over making readers wait: a worker takes about
  a second at 100x, a reader who waits a second is the cost the issue is about, and the
  notice tells them what they read.
- **Without a worker** (a test, a development server started alone, a worker that stopped
  for longer than ``STALE_SECONDS``), the first reader computes the figures it needs, under
  the same lock, as before: figures are never left stale for want of a worker.

The pages vary their cached fragments on ``figures_version`` rather than the data version,
so that the previous version's fragment is found again while the new one is computed.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime
import logging
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import connection
from django.utils import timezone

from core.dataversion import TABLE, data_version

logger = logging.getLogger(__name__)

LOCK_SECONDS = 300  # the longest a computation may hold its lock (then another may start)
WAIT_SECONDS = 30.0  # the longest a reader waits for another's computation
POLL_SECONDS = 0.05  # how often a waiting reader looks again
STALE_SECONDS = 30  # how long after a change readers may be shown the previous figures
WATCH_SECONDS = 1.0  # how often a worker looks at the data version

WATCHING = "tracker:figures:watching"  # a worker looked at the data version lately
# A refresh is queued or running: no other is queued meanwhile, so that a run of changes
# (a batch of emailed reminders logs one contact a message) costs one refresh at a time,
# each of the latest version, not one a second queued behind the emails.
PENDING = "tracker:figures:pending"


def queued_key(version: int) -> str:
    return f"tracker:figures:queued:v{version}"


_refreshes = []
_as_current = contextvars.ContextVar("figures_as_current", default=False)
# During a worker's refresh, what it has computed or read so far, by key: drawing the heaviest
# pages reads the summaries it has just stored, and each page reconciles every report; kept
# here they are neither unpickled again (0.3 s a read at 100x the demo data) nor recomputed.
_remembered: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "figures_remembered", default=None)


def register(refresh) -> None:
    """Add ``refresh(version)``: what an app computes in the background after a change (each
    app registers its own in ``AppConfig.ready()``, so that core imports none of them)."""
    if refresh not in _refreshes:
        _refreshes.append(refresh)


@dataclass(frozen=True)
class Freshness:
    """Which data version's figures a page shows: ``version`` is the data version
    (``data_version``) unless the figures are being recomputed after a change, when it is the
    version they were computed at, ``computed_at``."""

    data_version: int
    version: int
    computed_at: datetime.datetime | None = None

    @property
    def is_current(self) -> bool:
        return self.version == self.data_version


def freshness() -> Freshness:
    """The figures to show now, read with the data version in one query (and, only after a
    change, one cache read to see whether a worker is on it)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value, figures_version, figures_computed_at FROM {TABLE} "
                       f"WHERE id = 1")
        row = cursor.fetchone()
    if row is None:
        return Freshness(0, 0)
    current, computed, computed_at = row
    if computed is None or computed >= current or _as_current.get():
        return Freshness(current, current)
    if not being_refreshed(current):
        return Freshness(current, current)  # no worker: this reader computes what it needs
    return Freshness(current, computed, computed_at)


def being_refreshed(version: int) -> bool:
    """Whether a worker is computing the figures of ``version``, or will within a moment:
    queued less than STALE_SECONDS ago, or not yet queued but a worker is watching."""
    seen = cache.get_many([queued_key(version), WATCHING])
    queued_at = seen.get(queued_key(version))
    if queued_at is not None:
        return time.time() - queued_at < STALE_SECONDS
    return WATCHING in seen


def remembered(key, compute):
    """``compute()``, or during a worker's refresh the value it gave earlier in the same
    refresh for ``key`` (a hashable naming what it computes, in which language)."""
    memo = _remembered.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def get_many(keys: list[str]) -> dict:
    """``cache.get_many(keys)``; during a worker's refresh, what it stored or read already
    is not read again."""
    memo = _remembered.get()
    if memo is None:
        return cache.get_many(keys)
    found = {key: memo[key] for key in keys if key in memo}
    missing = [key for key in keys if key not in found]
    if missing:
        read = cache.get_many(missing)
        memo.update(read)
        found.update(read)
    return found


def computed_once(key: str, compute, *, timeout=DEFAULT_TIMEOUT):
    """The value stored at ``key``, computed by ``compute()`` and stored when there is none,
    by one caller at a time across every app server: the others wait for its result."""
    return remembered(key, lambda: _computed_once(key, compute, timeout))


def _computed_once(key: str, compute, timeout):
    value = cache.get(key)
    if value is not None:
        return value
    lock = f"{key}:computing"
    deadline = time.monotonic() + WAIT_SECONDS
    while not cache.add(lock, True, LOCK_SECONDS):
        time.sleep(POLL_SECONDS)
        value = cache.get(key)
        if value is not None:
            return value
        if time.monotonic() > deadline:  # the computation is stuck: do it here
            logger.warning("Waited %s s for %s; computing it here", WAIT_SECONDS, key)
            return compute()
    try:
        value = cache.get(key)  # stored between our last look and the lock
        if value is None:
            value = compute()
            cache.set(key, value, timeout)
        return value
    finally:
        cache.delete(lock)


def mark_computed(version: int) -> None:
    """Record that the figures of ``version`` are in the cache (never going back to an
    older version): readers stop being shown the previous ones."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} SET figures_version = %s, figures_computed_at = %s WHERE id = 1 "
            f"AND (figures_version IS NULL OR figures_version < %s)",
            [version, timezone.now(), version])


def is_refreshing() -> bool:
    """Whether this is a worker's refresh (``as_current``), which marks the version computed
    once every app's figures are."""
    return _as_current.get()


@contextlib.contextmanager
def as_current():
    """Within it, pages draw the figures of the data version even before they are marked
    computed: a worker drawing the pages of the version it has just computed."""
    token, memo = _as_current.set(True), _remembered.set({})
    try:
        yield
    finally:
        _as_current.reset(token)
        _remembered.reset(memo)


def refresh(version: int | None = None) -> str:
    """Compute every registered app's figures for the current data version, then mark it
    computed; nothing when it is marked already. ``version`` is the one the task was queued
    for: a task queued for a version that later changes moved past computes the latest, and
    the tasks queued meanwhile then find it done (changes in a row cost one computation)."""
    try:
        version = max(version or 0, data_version())
        if computed_version() >= version:
            return "already computed"
        started = time.perf_counter()
        with as_current():
            for app_refresh in _refreshes:
                app_refresh(version)
        mark_computed(version)
        return f"version {version} computed in {time.perf_counter() - started:.2f} s"
    finally:
        cache.delete(PENDING)  # the next change may queue the next refresh


def computed_version() -> int:
    """The data version the figures were last computed at (0 for never)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT figures_version FROM {TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return (row and row[0]) or 0


def watch() -> bool:
    """A worker's look at the data version: say it is watching, and queue one refresh of the
    figures when the data moved past them (one, however many workers look). True when it
    queued one."""
    from core.tasks import refresh_figures

    cache.set(WATCHING, time.time(), int(WATCH_SECONDS * 5) + 1)
    version = data_version()
    if computed_version() >= version:
        return False
    if not cache.add(PENDING, time.time(), LOCK_SECONDS):
        return False  # one is queued or running; it computes the latest version
    cache.set(queued_key(version), time.time(), LOCK_SECONDS)
    refresh_figures.enqueue(version)
    return True
