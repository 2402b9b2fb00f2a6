from django.core.management.base import BaseCommand, CommandError

from surveys.models import Report
from surveys.summary.figures import reconcile


class Command(BaseCommand):
    help = (
        "List every published figure beside the one computed from the records, with its "
        "paragraph. Exits with status 1 when any differs or cannot be computed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--report", help="Only this report's figures, e.g. A/56/167")

    def handle(self, *args, report=None, **options):
        report_obj = None
        if report:
            report_obj = Report.objects.filter(symbol=report).first()
            if report_obj is None:
                raise CommandError(f"No report {report!r}.")
        checks = reconcile(report=report_obj)
        for check in checks:
            f = check.figure
            self.stdout.write(
                f"{f.report.symbol:<10} para {f.paragraph:>2}  {f.label[:60]:<60} "
                f"published {f.published:<22} computed {check.computed:<30} {check.status}"
            )
        bad = [c for c in checks if not c.matches]
        self.stdout.write(f"{len(checks) - len(bad)} of {len(checks)} figures match.")
        if bad:
            raise CommandError(f"{len(bad)} figure(s) differ or cannot be computed.", returncode=1)
