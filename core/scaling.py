"""What the apps' scaling commands share: the arguments and the copies' numbering.

``manage.py scaledemo --factor N`` makes N - 1 illustrative copies of the loaded records
(copy 1 to N - 1), so that there are N times as many. A database grown once is not grown
again: each command refuses when copies are already there.
"""
from django.core.management.base import BaseCommand, CommandError

MAX_FACTOR = 100


class ScaleCommand(BaseCommand):
    """A command that grows one app's records N-fold; subclasses define ``grow``."""

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=int, required=True,
                            help=f"how many times the records there will be (2 to {MAX_FACTOR})")
        parser.add_argument("--seed", type=int, default=2001)

    def handle(self, *args, factor, seed, **options):
        if not 2 <= factor <= MAX_FACTOR:
            raise CommandError(f"--factor must be a whole number from 2 to {MAX_FACTOR}.")
        message = self.grow(copies=range(1, factor), seed=seed)
        if options["verbosity"]:
            self.stdout.write(message)

    def grow(self, *, copies: range, seed: int) -> str:
        raise NotImplementedError
