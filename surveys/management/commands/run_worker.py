"""Run a worker: the tasks of the database queue (django-tasks-db's worker), the daily chase
of late replies when its time comes, the figures of each new data version (core.figures: a
look at the data version every second, which queues their computation once a change is seen),
and, first, the recovery of what a stopped worker left.

Several workers, on one machine or several, share the queue in the database: a task is
taken by one of them, and the chase's day is claimed by one. ``make run`` starts one beside
the development server; in production a systemd unit runs it (README, "Production").
"""
import logging
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils import timezone

from core import figures
from surveys.followup import batches, schedule
from surveys.followup.tasks import chase_late_replies

logger = logging.getLogger("surveys.worker")


def watch_the_clock(every: float, stop: threading.Event) -> None:
    """Queue the day's chase once its time has come (the run itself is claimed once)."""
    while not stop.wait(every):
        try:
            close_old_connections()
            if schedule.is_due():
                chase_late_replies.enqueue(timezone.localdate().isoformat())
        except Exception:  # noqa: BLE001 - the clock keeps going; the error is logged
            logger.exception("The daily chase could not be queued")
        finally:
            connection.close()


def watch_the_data(every: float, stop: threading.Event) -> None:
    """Queue the computation of the figures whenever the data version moves (core.figures)."""
    while not stop.wait(every):
        try:
            close_old_connections()
            figures.watch()
        except Exception:  # noqa: BLE001 - the watch keeps going; the error is logged
            logger.exception("The figures could not be queued")
        finally:
            connection.close()


class Command(BaseCommand):
    help = ("Run a worker: queued reminders and exports, and the daily chase of late replies. "
            "Stop it with Ctrl-C or SIGTERM; a task it was running is taken up again by the "
            "next worker.")

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true",
                            help="Run the queued tasks, then stop.")
        parser.add_argument("--interval", type=float, default=1.0,
                            help="Seconds between two looks at an empty queue.")
        parser.add_argument("--clock", type=float, default=60.0,
                            help="Seconds between two looks at the chase's time (0: never).")
        parser.add_argument("--watch", type=float, default=figures.WATCH_SECONDS,
                            help="Seconds between two looks at the data version, to compute "
                                 "the figures of a change (0: never).")

    def handle(self, *args, batch, interval, clock, watch, verbosity, **options):
        recovered = batches.recover()
        logger.info("Worker starting: %(requeued)s messages queued again, %(interrupted)s "
                    "marked interrupted", recovered)
        stop = threading.Event()
        if clock and not batch:
            threading.Thread(target=watch_the_clock, args=(clock, stop), daemon=True).start()
        if watch and not batch:
            threading.Thread(target=watch_the_data, args=(watch, stop), daemon=True).start()
        try:
            call_command("db_worker", batch=batch, interval=interval, verbosity=verbosity,
                         startup_delay=False, reload=False)
        finally:
            stop.set()
