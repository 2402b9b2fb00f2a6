"""What the dashboard shows: the latest report's tiles, each linking to its rows, and the
charts; read from ``surveys.summary.counts.report_summary``, the one place they are
computed."""
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dataversion import fragment_context, lazy_context
from surveys import charts, links
from surveys.followup.status import round_status
from surveys.models import Report
from surveys.summary.background import summary_of
from surveys.tiles import tiles_context

# The growth chart shows the reports up to the latest, at most this many, so that the
# dashboard does not grow with the reports; the reports list has them all.
GROWTH_REPORTS = 12


def growth_chart() -> charts.BarChart:
    latest = list(Report.objects.with_respondent_counts().order_by("-issued_on", "-pk")
                  [:GROWTH_REPORTS + 1])
    counted = latest[:GROWTH_REPORTS][::-1]
    title = _("Governments that had replied, report by report")
    if len(latest) > GROWTH_REPORTS:
        title = _("Governments that had replied, report by report: the latest %(n)s reports "
                  "(the reports list has every one)") % {"n": GROWTH_REPORTS}
    return charts.bar_chart(
        slug="growth", title=title,
        description=", ".join(charts.labelled(r.symbol, r.respondents) for r in counted),
        label_heading=_("Report"), value_heading=_("Governments that had replied"),
        rows=[(f"{r.symbol} ({r.issued_on.year})", r.respondents, str(r.respondents),
               links.replied_url(r)) for r in counted],
    )


# What the dashboard is drawn from, for its template and who else reads it (tests).
DRAWN_FROM = ("report", "summary", "is_illustrative", "illustrative_kinds", "tiles",
              "growth_chart", "region_chart", "group_chart", "open_round")


def dashboard() -> dict:
    """What the dashboard shows. surveys/home.html keeps it rendered in the shared cache
    ({% cache %}) while no record changed, so what it is drawn from (``DRAWN_FROM``) is worked
    out only when the fragment is drawn again, or for who else reads it. The open round's
    "overdue" is as of today: a new day is a new fragment."""
    fragment = fragment_context()
    return {**fragment, "today": timezone.localdate().isoformat(),
            **lazy_context(lambda: _dashboard(fragment["figures_version"]), DRAWN_FROM)}


def _dashboard(version: int | None = None) -> dict:
    report = Report.objects.order_by("-issued_on").first()
    if report is None:
        return {**dict.fromkeys(DRAWN_FROM), "is_illustrative": False, "illustrative_kinds": (),
                "open_round": round_status()}
    context = tiles_context(summary_of(report, version=version))
    return {**context, "growth_chart": growth_chart(), "open_round": round_status()}
