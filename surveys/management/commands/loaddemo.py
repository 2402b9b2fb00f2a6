from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

# In order: real facts first, then the illustrative responses that rest on them.
FIXTURES = ("reference.json", "organizations.json", "illustrative.json")


class Command(BaseCommand):
    help = (
        "Load every fixture into a migrated database: the reference data (real facts from "
        "the report and the list of Member States), the organizations inventory, then the "
        "illustrative responses. Running it twice changes nothing."
    )

    def handle(self, *args, **options):
        folder = Path(settings.BASE_DIR) / "fixtures"
        paths = [folder / name for name in FIXTURES if (folder / name).exists()]
        verbosity = options["verbosity"]
        with transaction.atomic():
            call_command("loaddata", *paths, verbosity=verbosity)
            created = give_first_history_rows()
        if verbosity:
            self.stdout.write(self.style.SUCCESS(
                f"Loaded {', '.join(p.name for p in paths)}; {created} first history rows."
            ))


def give_first_history_rows() -> int:
    """A first history row for every record that has none.

    loaddata saves raw, which simple-history skips, so audit trails and stale-save checks
    would otherwise start without the fixture's values. Records that already have history
    are left alone, so that loading twice changes nothing.
    """
    created = 0
    for model in apps.get_models():
        manager = getattr(model, "history", None)
        if manager is None or not hasattr(manager, "bulk_history_create"):
            continue
        missing = model.objects.exclude(pk__in=manager.values("id"))
        objs = list(missing)
        if objs:
            manager.bulk_history_create(objs, default_change_reason="Loaded from the fixtures")
            created += len(objs)
    return created
