from django.core.management.base import BaseCommand, CommandError

from surveys.models import Report
from surveys.summary.figures import report_summary
from surveys.summary.reconciliation import STATUS_LABELS

ILLUSTRATIVE = ("NOTE: {symbols}: these figures rest on illustrative responses, not on real "
                "replies; which Governments replied, and what each said, is made up.")


class Command(BaseCommand):
    help = (
        "List every number and quantifier statement of the reports beside the one computed "
        "from the records, with its paragraph: match, differs, or quoted (not computed). "
        "Exits with status 1 when any differs or cannot be computed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--report", help="Only this report's figures, e.g. A/56/167")

    def handle(self, *args, report=None, **options):
        reports = list(Report.objects.all())
        if report:
            reports = [r for r in reports if r.symbol == report]
            if not reports:
                known = ", ".join(Report.objects.values_list("symbol", flat=True))
                raise CommandError(f"No report {report!r}. Known reports: {known}.")
        summaries = [report_summary(report=r) for r in reports]
        illustrative = [s.report.symbol for s in summaries if s.is_illustrative]
        if illustrative:
            self.stdout.write(ILLUSTRATIVE.format(symbols=", ".join(illustrative)))
        checks = [check for s in summaries for check in s.figures]
        for check in checks:
            f = check.figure
            self.stdout.write(
                f"{f.report.symbol:<10} para {f.paragraph:>2}  {f.label[:60]:<60} "
                f"published {f.published:<22} computed {check.computed or '—':<30} "
                f"{STATUS_LABELS[check.status]}"
            )
        matches = sum(c.matches for c in checks)
        quoted = sum(c.is_quoted for c in checks)
        bad = [c for c in checks if c.is_problem]
        self.stdout.write(
            f"{matches} of {len(checks)} statements match; {quoted} quoted (not computed); "
            f"{len(bad)} differ or cannot be computed."
        )
        if illustrative:
            self.stdout.write(ILLUSTRATIVE.format(symbols=", ".join(illustrative)))
        if bad:
            raise CommandError(f"{len(bad)} figure(s) differ or cannot be computed.", returncode=1)
