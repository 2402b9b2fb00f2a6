"""manage.py scaledemo --factor N --seed S: grow a loaded database N-fold, for benchmarks.

Each feature app grows its own records (``scalesurveys``, ``scaleorganizations``): this
command only calls them by name, so that core imports no feature app. Everything it adds is
illustrative and says so in its names; the real records are left as they are.
"""
from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.planner import refresh_statistics

PARTS = ("scalesurveys", "scaleorganizations")


class Command(BaseCommand):
    help = ("Grow the loaded database N-fold with synthetic, illustrative records "
            "(deterministic for a seed), for benchmarks. Never on a production database.")

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=int, required=True,
                            help="how many times the records there will be (2 to 100)")
        parser.add_argument("--seed", type=int, default=2001)

    def handle(self, *args, factor, seed, **options):
        for part in PARTS:
            call_command(part, factor=factor, seed=seed, stdout=self.stdout,
                         stderr=self.stderr, verbosity=options["verbosity"])
        refresh_statistics()
