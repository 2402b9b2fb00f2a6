import json

from django.core.management.base import BaseCommand, CommandError

from surveys.models import Report
from surveys.summary.figures import report_summary
from surveys.summary.quantifiers import per_cent
from surveys.summary.reconciliation import STATUS_LABELS


class Command(BaseCommand):
    help = "Print a report's figures computed from the records, as JSON or as text for people."

    def add_arguments(self, parser):
        parser.add_argument("--report", required=True, help="Report symbol, e.g. A/56/167")
        parser.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args, report, format, **options):
        try:
            report_obj = Report.objects.get(symbol=report)
        except Report.DoesNotExist:
            known = ", ".join(Report.objects.values_list("symbol", flat=True))
            raise CommandError(f"No report {report!r}. Known reports: {known}.") from None
        summary = report_summary(report=report_obj)
        if format == "json":
            self.stdout.write(json.dumps(summary.as_dict(), indent=2))
        else:
            self.write_text(summary)

    def write_text(self, summary):
        w = self.stdout.write
        w(f"{summary.report.symbol}: replies received by {summary.cutoff:%d %B %Y}")
        if summary.is_illustrative:
            w("NOTE: these figures rest on illustrative responses, not on real replies.")
        w(f"  Governments that replied     {summary.respondents:>4}")
        w(f"  new since the previous report {summary.new_respondents:>3}")
        w(f"  never replied                {summary.non_respondents:>4}")
        w(f"  share of the membership      {per_cent(summary.membership_share_percent)} "
          f"(of {summary.denominator})")
        for s in summary.stances:
            w(f"  {s.label:<28} {s.count:>4}")
        for lc in summary.letters:
            w(f"  letter of {lc.sent}: {lc.responses} replies ({lc.new} new, {lc.repeat} "
              f"repeat, {lc.after_cutoff} after the cutoff)")
        if summary.figures:
            w("Published figures:")
        for check in summary.figures:
            f = check.figure
            w(f"  para {f.paragraph:>2}  {f.label[:55]:<55} published {f.published:<20} "
              f"computed {check.computed or '—':<28} {STATUS_LABELS[check.status]}")
        if summary.is_illustrative:
            w("NOTE: which Governments replied, and what each said, is illustrative.")
