from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from surveys.models import Report
from surveys.notices import POLICY_VIEWS, illustrative_kinds
from surveys.summary.counts import report_summaries
from surveys.summary.reconciliation import STATUS_LABELS, reconciliations, shows_policy_views

ILLUSTRATIVE = gettext_lazy(
    "NOTE: %(symbols)s: these figures rest on illustrative responses, not on real replies; "
    "which Governments replied, and what each said, is made up.")
# When the figures of paras 3-4 are listed too: the notice names every kind made up.
ILLUSTRATIVE_WITH_POLICIES = gettext_lazy(
    "NOTE: %(symbols)s: these figures rest on illustrative responses and policy views, not on "
    "real replies and policies; which Governments replied, what each said and each "
    "Government's policy are made up.")


class Command(BaseCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "List every number and quantifier statement of the reports beside the one computed "
            "from the records, with its paragraph: match, differs, or quoted (not computed). "
            "Exits with status 1 when any differs or cannot be computed.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--report", help=_("Only this report's figures, e.g. A/56/167"))

    def handle(self, *args, report=None, **options):
        reports = list(Report.objects.all())
        if report:
            reports = [r for r in reports if r.symbol == report]
            if not reports:
                known = ", ".join(Report.objects.values_list("symbol", flat=True))
                raise CommandError(_("No report %(report)s. Known reports: %(known)s.") % {
                    "report": repr(report), "known": known})
        summaries = report_summaries(reports)
        illustrative = [s.report.symbol for s in summaries if s.is_illustrative]
        checks = [check for r in reconciliations(summaries) for check in r.checks]
        kinds = illustrative_kinds(
            replies=bool(illustrative), policy_views=shows_policy_views(checks) and any(
                s.policy_views_are_illustrative for s in summaries))
        notice = ILLUSTRATIVE_WITH_POLICIES if POLICY_VIEWS in kinds else ILLUSTRATIVE
        if illustrative:
            self.stdout.write(notice % {"symbols": ", ".join(illustrative)})
        for check in checks:
            f = check.figure
            self.stdout.write(_(
                "%(symbol)s para %(paragraph)s  %(label)s published %(published)s "
                "computed %(computed)s %(status)s"
            ) % {"symbol": f"{f.report.symbol:<10}", "paragraph": f"{f.paragraph:>2}",
                 "label": f"{f.label[:60]:<60}", "published": f"{f.published:<22}",
                 "computed": f"{check.computed or '—':<30}",
                 "status": STATUS_LABELS[check.status]})
        matches = sum(c.matches for c in checks)
        quoted = sum(c.is_quoted for c in checks)
        bad = [c for c in checks if c.is_problem]
        self.stdout.write(_(
            "%(matches)s of %(total)s statements match; %(quoted)s quoted (not computed); "
            "%(bad)s differ or cannot be computed."
        ) % {"matches": matches, "total": len(checks), "quoted": quoted, "bad": len(bad)})
        if illustrative:
            self.stdout.write(notice % {"symbols": ", ".join(illustrative)})
        if bad:
            raise CommandError(ngettext(
                "%(n)s figure(s) differ or cannot be computed.",
                "%(n)s figure(s) differ or cannot be computed.", len(bad)) % {"n": len(bad)},
                returncode=1)
