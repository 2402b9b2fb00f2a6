"""Builders shared by the tests of the printable summary (prose, page, PDF)."""
from surveys.models import Report, Response, Stance
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconciliation_of

SYMBOL = "A/56/167"


def the_2001_report() -> Report:
    return Report.objects.get(symbol=SYMBOL)


def summaries_up_to(report: Report):
    """(summary, earlier summaries), as the summary page computes them."""
    earlier = Report.objects.filter(issued_on__lt=report.issued_on).order_by("issued_on")
    return report_summary(report=report), [report_summary(report=r) for r in earlier]


def reconciled_up_to(report: Report):
    """(reconciled summary, earlier reconciled summaries), as the summary page reads them."""
    summary, earlier = summaries_up_to(report)
    return reconciliation_of(summary), [reconciliation_of(s) for s in earlier]


def move_one_vote(report: Report, to: str = Stance.RESERVATIONS) -> Response:
    """Turn one counted, latest in-favour response into ``to``: 47/26 becomes 46/27."""
    response = Response.objects.latest_counted_by(report).filter(stance=Stance.IN_FAVOUR).first()
    Response.objects.filter(pk=response.pk).update(stance=to)
    return response
