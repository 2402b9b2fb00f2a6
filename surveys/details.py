"""What the detail pages of a report, a Government and a letter show, in a fixed number of queries.

Which replies count and whose is latest come from ``surveys.querysets``; the report figures
from ``surveys.summary.background.summary_of`` (computed once per data version).
"""
import calendar
from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from core.dataversion import fragment_context, lazy_context
from surveys import charts, links
from surveys.models import Code, Government, Letter, Report, Response
from surveys.notices import illustrative_kinds
from surveys.summary.background import summary_of
from surveys.summary.reconciliation import reconciliation_of, shows_policy_views, stated_in
from surveys.tiles import tiles_context

# What the report page's figures are drawn from, for its template and who else reads it.
REPORT_DRAWN_FROM = ("summary", "is_illustrative", "illustrative_kinds", "tiles", "checks",
                     "letter_counts", "region_chart", "group_chart", "figures_caption")


def report_page(report: Report) -> dict:
    """What the report page shows besides the report's own facts. surveys/report_detail.html
    keeps the page rendered in the shared cache ({% cache %}) while no record changed, so
    what it is drawn from is worked out only when the fragment is drawn again, or for who
    else reads it (``checks``, the figures beside their rows' links)."""
    fragment = fragment_context()
    return {**fragment, "report": report, **lazy_context(
        lambda: _report_page(report, fragment["figures_version"]), REPORT_DRAWN_FROM)}


def _report_page(report: Report, version: int | None = None) -> dict:
    summary = summary_of(report, version=version)
    reconciled = reconciliation_of(summary).checks
    checks = [(check, links.figure_url(check.figure, report)) for check in reconciled]
    letters = [(count, links.letter_replies_url(count.letter, report.cutoff_on))
               for count in summary.letters]
    kinds = illustrative_kinds(
        replies=summary.is_illustrative,
        policy_views=shows_policy_views(reconciled) and summary.policy_views_are_illustrative)
    return {**tiles_context(summary), "checks": checks, "letter_counts": letters,
            "is_illustrative": bool(kinds), "illustrative_kinds": kinds,
            "figures_caption": figures_caption(report, reconciled)}


def figures_caption(report: Report, checks) -> str:
    """Whose figures the report page lists: the report's own ("Each figure A/56/167
    states"), or those another report gives about it ("Figures A/56/167 gives for
    A/52/314"), so that a figure is never read as stated by a report that does not state it."""
    sources = stated_in(checks)
    if not sources or sources == [report.symbol]:
        return _("Each figure %(symbol)s states, and the figure computed from the "
                 "records") % {"symbol": report.symbol}
    return _("Figures %(sources)s gives for %(symbol)s, and the figure computed from the "
             "records") % {"sources": str(get_text_list(sources, _("and"))),
                           "symbol": report.symbol}


@dataclass(frozen=True)
class LetterRow:
    letter: Letter
    was_member: bool
    response: Response | None


@dataclass(frozen=True)
class ReportStance:
    """The reply of a Government a report counted as its latest, and whether it moved."""

    report: Report
    response: Response | None
    changed: bool


def stance_by_report(government: Government, responses: list[Response]) -> list[ReportStance]:
    """The stance each report counted for the Government, and whether it had changed."""
    by_pk = {response.pk: response for response in responses}
    rows, previous = [], None
    for report in Report.objects.with_latest_response_of(government).order_by("issued_on"):
        latest = by_pk.get(report.latest_response_id)
        stance = latest.stance if latest else None
        rows.append(ReportStance(report, latest, bool(previous and stance and stance != previous)))
        previous = stance or previous
    return rows


def policy_rows(government: Government) -> list[tuple[int, dict]]:
    years: dict[int, dict] = {}
    for view in government.policy_views.order_by("year", "flow"):
        years.setdefault(view.year, {})[view.flow] = view
    return sorted(years.items())


def follow_up_section(government: Government, user) -> dict:
    """The mission, the follow-up log, and the open round's reminder while no reply is in."""
    from surveys.followup.forms import ContactForm, latest_letter

    mission = government.mission if hasattr(government, "mission") else None
    log = list(government.follow_ups.select_related("letter", "officer", "entered_by"))
    letter = latest_letter()
    awaiting = letter is not None and Government.objects.awaiting_reply_to(
        letter, timezone.localdate()).filter(pk=government.pk).exists()
    form = None
    if letter is not None and user.has_perm("surveys.add_followup"):
        form = ContactForm(user=user, initial={"government": government.iso3,
                                                  "letter": letter.number})
        form.fields["government"].widget = form.fields["government"].hidden_widget()
    return {"mission": mission, "follow_ups": log, "open_letter": letter,
            "awaiting_reply": awaiting, "contact_form": form}


# A Government's page shows its latest letters and reports, so that it does not grow with
# them; the page links to the tables of them all.
LATEST_ROWS = 25


def government_page(government: Government) -> dict:
    responses = list(
        government.responses.select_related("letter").order_by("received_on", "pk")
        .prefetch_related(Prefetch("codes", queryset=Code.objects.select_related("topic")))
    )
    by_letter = {r.letter_id: r for r in responses}
    rows = [LetterRow(letter, government.is_member_on(letter.sent_on), by_letter.get(letter.pk))
            for letter in Letter.objects.order_by("sent_on")]
    policies = policy_rows(government)
    kinds = illustrative_kinds(
        replies=any(r.is_illustrative for r in responses),
        policy_views=any(view.is_illustrative for _year, flows in policies
                         for view in flows.values()))
    stances = stance_by_report(government, responses)
    return {"letter_rows": rows[-LATEST_ROWS:], "letter_count": len(rows),
            "stances": stances[-LATEST_ROWS:], "report_count": len(stances),
            "latest_rows": LATEST_ROWS,
            "replies_url": links.table_url("surveys:response_list", government=government.iso3),
            "policy_rows": policies, "is_illustrative": bool(kinds),
            "illustrative_kinds": kinds}


def replies_by_month(letter: Letter) -> charts.BarChart:
    months = (Response.objects.filter(letter=letter).annotate(month=TruncMonth("received_on"))
              .order_by("month").values_list("month").annotate(n=Count("pk")))
    rows = []
    for month, n in months:
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        href = links.table_url("surveys:response_list", letter=letter.number,
                               received_from=month.isoformat(), received_to=last.isoformat())
        rows.append((formats.date_format(month, "F Y"), n, str(n), href))
    return charts.bar_chart(
        slug="replies-by-month", title=_("Replies received, month by month"),
        description=", ".join(charts.labelled(label, n) for label, n, _text, _href in rows)
        or _("No replies."),
        label_heading=_("Month"), value_heading=_("Replies received"), rows=rows,
    )


def late_replies(letter: Letter) -> list[tuple[Report, list[Response]]]:
    """For each report that counted the letter, the replies that came after its cutoff
    (a query a report: a letter is counted by one or two)."""
    return [
        (report, list(Response.objects.after_cutoff_of(report).filter(letter=letter)
                      .select_related("government").order_by("received_on", "government__name")))
        for report in letter.reports.order_by("issued_on")
    ]


def letter_page(letter: Letter) -> dict:
    counts = Letter.objects.filter(pk=letter.pk).with_reply_counts().get()
    return {
        "counts": counts, "is_illustrative": counts.illustrative_replies > 0,
        "recipients_url": links.table_url("surveys:government_list", letter=letter.number),
        "replies_url": links.table_url("surveys:response_list", letter=letter.number),
        "new_url": links.table_url("surveys:response_list", letter=letter.number,
                                   respondent="new"),
        "repeat_url": links.table_url("surveys:response_list", letter=letter.number,
                                      respondent="repeat"),
        "month_chart": replies_by_month(letter), "late": late_replies(letter),
    }
