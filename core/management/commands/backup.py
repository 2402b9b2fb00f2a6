"""manage.py backup [PATH]: the whole database in one file (PostgreSQL or SQLite)."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from core.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back the database up to one file, while the app keeps running."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Where to write it (default: "
                            "backups/tracker-<date and time>.dump).")

    def handle(self, *args, path, **options):
        target = Path(path) if path else Path("backups") / (
            f"tracker-{timezone.now():%Y%m%d-%H%M%S}.dump")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            backup(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(_("Backed up to %(path)s (%(size)s bytes).") % {
            "path": target, "size": f"{target.stat().st_size:,}"}))
