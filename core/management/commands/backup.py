"""manage.py backup [PATH]: the whole database in one file (PostgreSQL or SQLite), but for
sign-in sessions and attempts; readable by its owner only, encrypted if BACKUP_KEY is set."""
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from core.backups import BackupError, backup


class Command(BaseCommand):
    help = ("Back the database up to one file, while the app keeps running. The file is "
            "readable by its owner only; sign-in sessions and sign-in attempts are left "
            "out. With BACKUP_KEY or BACKUP_KEY_FILE set, the file is encrypted.")

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Where to write it (default: "
                            "backups/tracker-<date and time>.dump).")
        parser.add_argument("--overwrite", action="store_true",
                            help="Replace the file at PATH if there is one.")

    def handle(self, *args, path, overwrite, **options):
        target = Path(path) if path else Path("backups") / (
            f"tracker-{timezone.now():%Y%m%d-%H%M%S}.dump")
        try:
            made = backup(target, key=settings.BACKUP_KEY, overwrite=overwrite)
        except BackupError as error:
            raise CommandError(str(error)) from error
        values = {"path": made.path, "size": f"{made.size:,}"}
        if made.encrypted:
            message = _("Backed up to %(path)s (%(size)s bytes), encrypted with BACKUP_KEY: "
                        "it cannot be restored without that key.") % values
        else:
            message = _("Backed up to %(path)s (%(size)s bytes), not encrypted: anyone who "
                        "can read the file can read every account's password hash. Set "
                        "BACKUP_KEY or BACKUP_KEY_FILE to encrypt it.") % values
        self.stdout.write(self.style.SUCCESS(message))
