"""manage.py restore PATH --yes: replace the whole database with a backup."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.backups import BackupError, restore


class Command(BaseCommand):
    help = ("Replace the whole database with a backup made by `manage.py backup`. Every "
            "change since that backup is lost: stop the app servers first.")

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file.")
        parser.add_argument("--yes", action="store_true",
                            help="Confirm that the current data are to be replaced.")

    def handle(self, *args, path, yes, **options):
        if not yes:
            raise CommandError(_("Restoring replaces every record with the backup's. Run it "
                                 "again with --yes to go ahead."))
        try:
            restore(Path(path))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(
            _("Restored the database from %(path)s.") % {"path": path}))
