import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from surveys.models import Report
from surveys.summary.counts import report_summary
from surveys.summary.quantifiers import per_cent
from surveys.summary.reconciliation import (
    STATUS_LABELS,
    Reconciliation,
    reconciliation_of,
    shows_policy_views,
    stated_in,
)


class Command(BaseCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "Print a report's figures computed from the records, as JSON or as text for people.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--report", required=True, help=_("Report symbol, e.g. A/56/167"))
        parser.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args, report, format, **options):
        try:
            report_obj = Report.objects.get(symbol=report)
        except Report.DoesNotExist:
            known = ", ".join(Report.objects.values_list("symbol", flat=True))
            raise CommandError(_("No report %(report)s. Known reports: %(known)s.") % {
                "report": repr(report), "known": known}) from None
        reconciled = reconciliation_of(report_summary(report=report_obj))
        if format == "json":
            self.stdout.write(json.dumps(reconciled.as_dict(), indent=2))
        else:
            self.write_text(reconciled)

    def write_text(self, reconciled: Reconciliation):
        summary, w = reconciled.summary, self.stdout.write
        w(_("%(symbol)s: replies received by %(cutoff)s") % {
            "symbol": summary.report.symbol, "cutoff": summary.report.cutoff_label})
        policies = (summary.policy_views_are_illustrative
                    and shows_policy_views(reconciled.checks))
        if summary.is_illustrative and policies:
            w(_("NOTE: these figures rest on illustrative responses and policy views, not on "
                "real replies and policies."))
        elif summary.is_illustrative:
            w(_("NOTE: these figures rest on illustrative responses, not on real replies."))
        w(_("  Governments that replied     %(n)s") % {"n": f"{summary.respondents:>4}"})
        w(_("  new since the previous report %(n)s") % {"n": f"{summary.new_respondents:>3}"})
        w(_("  never replied                %(n)s") % {"n": f"{summary.non_respondents:>4}"})
        w(_("  share of the membership      %(share)s (of %(denominator)s)") % {
            "share": per_cent(summary.membership_share_percent),
            "denominator": summary.denominator})
        for s in summary.stances:
            w(f"  {s.label:<28} {s.count:>4}")
        for lc in summary.letters:
            w(_("  letter of %(sent)s: %(responses)s replies (%(new)s first-time, %(repeat)s "
                "repeat, %(after_cutoff)s after the cutoff)%(illustrative)s") % {
                "sent": lc.sent, "responses": lc.responses, "new": lc.first_time,
                "repeat": lc.repeat, "after_cutoff": lc.after_cutoff,
                "illustrative": _("; the count is illustrative: no report states it")
                if lc.count_is_illustrative else ""})
        sources = stated_in(reconciled.checks)
        if sources == [summary.report.symbol]:
            w(_("Figures %(symbol)s states:") % {"symbol": summary.report.symbol})
        elif sources:
            w(_("Figures %(sources)s gives for %(symbol)s:") % {
                "sources": ", ".join(sources), "symbol": summary.report.symbol})
        for check in reconciled.checks:
            f = check.figure
            w(_("  para %(paragraph)s  %(label)s published %(published)s computed %(computed)s "
                "%(status)s") % {
                "paragraph": f"{f.paragraph:>2}", "label": f"{f.label[:55]:<55}",
                "published": f"{f.published:<20}", "computed": f"{check.computed or '—':<28}",
                "status": STATUS_LABELS[check.status]})
        if summary.is_illustrative and policies:
            w(_("NOTE: which Governments replied, what each said and each Government's policy "
                "are illustrative."))
        elif summary.is_illustrative:
            w(_("NOTE: which Governments replied, and what each said, is illustrative."))
