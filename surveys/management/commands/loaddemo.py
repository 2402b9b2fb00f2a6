"""Load the demo data, never over anybody's work.

Into an empty database, every fixture is loaded. Into one that already holds records, the
records that differ from the fixtures (edited since they were loaded) are listed and nothing
is loaded unless --force says to overwrite them; records the fixtures add are loaded.
``--if-empty`` (what ``make run`` uses) loads only into an empty database.
"""
from collections import defaultdict
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.planner import refresh_statistics
from surveys.models import Government

# In order: real facts first, then the illustrative responses that rest on them.
FIXTURES = ("reference.json", "organizations.json", "illustrative.json")


class Command(BaseCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "Load every fixture into a migrated database: the reference data (real facts from "
            "the report and the list of Member States), the organizations inventory, then the "
            "illustrative responses. Records edited since they were loaded are never overwritten "
            "without --force; running it twice changes nothing.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true",
            help=_("Load only into a database that holds no record yet."))
        parser.add_argument(
            "--force", action="store_true",
            help=_("Overwrite records edited since they were loaded."))

    def handle(self, *args, if_empty, force, verbosity, **options):
        folder = Path(settings.BASE_DIR) / "fixtures"
        paths = [folder / name for name in FIXTURES if (folder / name).exists()]
        if Government.objects.exists():
            if if_empty:
                self.stdout.write(_("The database already holds records: the demo data were "
                                    "not loaded, so nothing anybody entered was touched."))
                return
            changed = edited_since_loaded(paths)
            if changed and not force:
                raise CommandError(self.refusal(changed))
            if changed:
                self.stdout.write(self.style.WARNING(
                    ngettext("Overwriting %(n)s edited records with the demo data (--force).",
                             "Overwriting %(n)s edited records with the demo data (--force).",
                             len(changed)) % {"n": len(changed)}))
        with transaction.atomic():
            call_command("loaddata", *paths, verbosity=verbosity)
            created = give_first_history_rows()
        refresh_statistics()
        if verbosity:
            self.stdout.write(self.style.SUCCESS(_(
                "Loaded %(files)s; %(created)s first history rows. The responses, policy views "
                "and Permanent Missions are illustrative, not real replies or missions."
            ) % {"files": ", ".join(p.name for p in paths), "created": created}))

    @staticmethod
    def refusal(changed: list[tuple[str, str, list[str]]]) -> str:
        lines = [ngettext(
            "%(n)s records were edited since the demo data were loaded; loading would "
            "overwrite them, so nothing was loaded:",
            "%(n)s records were edited since the demo data were loaded; loading would "
            "overwrite them, so nothing was loaded:", len(changed)) % {"n": len(changed)}]
        lines += [f"  {model} “{name}”: {', '.join(fields)}" for model, name, fields in
                  changed[:20]]
        if len(changed) > 20:
            lines.append(_("  ... and %(n)s more") % {"n": len(changed) - 20})
        lines.append(_("Run loaddemo --force to overwrite them with the demo data."))
        return "\n".join(lines)


def edited_since_loaded(paths) -> list[tuple[str, str, list[str]]]:
    """(model, record, fields) for each stored record that differs from its fixture."""
    objects = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as fixture:
            for item in serializers.deserialize("json", fixture, ignorenonexistent=True):
                objects[type(item.object)].append(item)
    changed = []
    for model, items in objects.items():
        stored = model._default_manager.in_bulk([item.object.pk for item in items])
        for item in items:
            current = stored.get(item.object.pk)
            if current is None:
                continue
            fields = differing_fields(item, current)
            if fields:
                changed.append((model._meta.verbose_name, str(current), fields))
    return changed


def differing_fields(item, current) -> list[str]:
    fixture = item.object
    fields = [field.name for field in fixture._meta.concrete_fields if not field.primary_key
              and getattr(fixture, field.attname) != getattr(current, field.attname)]
    for name, values in (item.m2m_data or {}).items():
        stored = set(getattr(current, name).values_list("pk", flat=True))
        if stored != {int(value) for value in values}:
            fields.append(name)
    return fields


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
