import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from surveys.illustrative import build_fixture


class Command(BaseCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "Write the illustrative responses and policy views (fixtures/illustrative.json) from a "
            "fixed seed. Needs the reference fixture loaded; writes nothing to the database.")

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2001)
        default = Path(settings.BASE_DIR) / "fixtures" / "illustrative.json"
        parser.add_argument("--output", type=Path, default=default)

    def handle(self, *args, seed, output, **options):
        objects = build_fixture(seed)
        output.write_text(json.dumps(objects, indent=1) + "\n", encoding="utf-8")
        self.stdout.write(_("Wrote %(n)s illustrative objects to %(output)s.") % {
            "n": len(objects), "output": output})
