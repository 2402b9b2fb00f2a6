"""manage.py restore PATH --yes: replace the whole database with a backup."""
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.backups import BackupError, restore


class Command(BaseCommand):
    help = ("Replace the whole database with a backup made by `manage.py backup`. Every "
            "change since that backup is lost, and everyone signs in again: stop the app "
            "servers first. An encrypted backup needs the BACKUP_KEY it was made with.")

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file.")
        parser.add_argument("--yes", action="store_true",
                            help="Confirm that the current data are to be replaced.")
        parser.add_argument("--unencrypted", action="store_true",
                            help="Restore a file that is not encrypted although BACKUP_KEY "
                                 "is set.")

    def handle(self, *args, path, yes, unencrypted, **options):
        if not yes:
            raise CommandError(_("Restoring replaces every record with the backup's. Run it "
                                 "again with --yes to go ahead."))
        try:
            encrypted = restore(Path(path), key=settings.BACKUP_KEY, unencrypted=unencrypted)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if encrypted:
            message = _("Restored the database from %(path)s, which BACKUP_KEY decrypted and "
                        "found unchanged.")
        else:
            message = _("Restored the database from %(path)s (not encrypted).")
        self.stdout.write(self.style.SUCCESS(message % {"path": path}))
