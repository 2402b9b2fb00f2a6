"""manage.py scalesurveys --factor N --seed S: the surveys' part of ``scaledemo``.

Each copy k (1 to N - 1) replays the loaded survey in a window of its own after 2001: its
own Member seats (admitted the day its window opens, counted until it closes, so no copy is
in another copy's or a real report's membership), its own letters and reports (with their
published figures, so the reconciliation has as many rows), and its seats' replies and
policy views. The real dates are mapped onto the window in order, so the cutoffs keep their
meaning, and every record is valid under the models' rules (no reply from the future, none
before its letter, none from a seat that was not a Member). The seed decides which copy seat
takes which real seat's replies, among seats alike in region, group and dates.

Every record is marked: seats are named "Illustrative ...", reports' symbols start with
"ILL/", replies and policy views are flagged ``is_illustrative``.
"""
from __future__ import annotations

import datetime
import itertools
import random
import string

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from core.scaling import ScaleCommand
from surveys.models import Government, Letter, PolicyView, PublishedFigure, Report, Response

PREFIX = "ILL"
FIRST_WINDOW = datetime.date(2002, 1, 1)
LONGEST_WINDOW = 90  # days
REASON = "manage.py scaledemo: illustrative copy"


def copy_codes(taken: set[str]):
    """Three-character codes with a digit in them (no real ISO code has one), in order."""
    alphabet = string.digits + string.ascii_uppercase
    for letters in itertools.product(alphabet, repeat=3):
        code = "".join(letters)
        if any(c.isdigit() for c in code) and code not in taken:
            yield code


class Window:
    """Maps the dates of the loaded survey onto copy ``k``'s window, in order."""

    def __init__(self, first: datetime.date, last: datetime.date, days: int, k: int):
        self.first, self.span = first, max((last - first).days, 1)
        self.days = days
        self.opens = FIRST_WINDOW + datetime.timedelta(days=(k - 1) * days)
        self.closes = self.opens + datetime.timedelta(days=days - 1)

    def __call__(self, day: datetime.date | None) -> datetime.date | None:
        if day is None:
            return None
        if day <= self.first:
            return self.opens
        offset = (day - self.first).days * (self.days - 10) // self.span
        return self.opens + datetime.timedelta(days=1 + min(offset, self.days - 10))


class Command(ScaleCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "The surveys' part of scaledemo: illustrative seats, letters, reports, replies.")

    @transaction.atomic
    def grow(self, *, copies: range, seed: int) -> str:
        if Report.objects.filter(symbol__startswith=f"{PREFIX}/").exists():
            return _("The survey was grown already: nothing added.")
        seats = list(Government.objects.order_by("pk"))
        letters = list(Letter.objects.order_by("sent_on"))
        reports = list(Report.objects.prefetch_related("letters").order_by("issued_on"))
        replies = list(Response.objects.prefetch_related("codes").order_by("pk"))
        policies = list(PolicyView.objects.order_by("pk"))
        figures = list(PublishedFigure.objects.order_by("pk"))
        dates = ([lt.sent_on for lt in letters] + [r.issued_on for r in reports]
                 + [r.received_on for r in replies] + [r.cutoff_on for r in reports])
        if not letters or not reports:
            return _("No survey is loaded (run loaddemo first): nothing added.")
        first, last = min(lt.sent_on for lt in letters), max(dates)
        room = (timezone.localdate() - datetime.timedelta(days=30) - FIRST_WINDOW).days
        days = min(LONGEST_WINDOW, room // max(len(copies), 1))
        codes = copy_codes(set(Government.objects.values_list("iso3", flat=True)))
        rng = random.Random(seed)
        top_number = max(lt.number for lt in letters)
        made = {"seats": 0, "replies": 0}
        for k in copies:
            window = Window(first, last, days, k)
            new_seats = {seat.pk: Government(
                iso3=next(codes), m49="999", name=f"Illustrative {seat.name} {k}"[:100],
                admitted_on=window.opens - datetime.timedelta(days=1) if seat.admitted_on
                <= first else window(seat.admitted_on),
                left_on=min(window(seat.left_on), window.closes) if seat.left_on
                else window.closes,
                region=seat.region, sub_region=seat.sub_region,
                intermediate_region=seat.intermediate_region,
                development_group=seat.development_group,
                least_developed_today=seat.least_developed_today,
                notes=f"Illustrative seat of copy {k}, made by manage.py scaledemo.",
            ) for seat in seats}
            bulk_create_with_history(list(new_seats.values()), Government, batch_size=1000,
                                     default_change_reason=REASON)
            # Which copy seat takes which real seat's replies: shuffled among alike seats.
            alike: dict[tuple, list[int]] = {}
            for seat in seats:
                key = (seat.region, seat.development_group, seat.admitted_on, seat.left_on)
                alike.setdefault(key, []).append(seat.pk)
            takes = {}
            for group in alike.values():
                shuffled = group[:]
                rng.shuffle(shuffled)
                takes.update(zip(group, shuffled, strict=True))
            new_letters = {letter.pk: Letter(
                number=top_number * k + i + 1,
                sent_on=window(letter.sent_on), sent_precision=letter.sent_precision,
                mandate_id=letter.mandate_id, paragraph=letter.paragraph,
                purpose=f"(Illustrative copy {k}) {letter.purpose}",
            ) for i, letter in enumerate(letters)}
            bulk_create_with_history(list(new_letters.values()), Letter,
                                     default_change_reason=REASON)
            new_reports = {report.pk: Report(
                symbol=f"{PREFIX}/{k}/{report.symbol}"[:20],
                slug=Report.slug_for(f"{PREFIX}/{k}/{report.symbol}"[:20]),
                title=f"Illustrative copy {k} of {report.title}"[:300],
                issued_on=window(report.issued_on), issued_precision=report.issued_precision,
                mandate_id=report.mandate_id, cutoff_on=window(report.cutoff_on),
                cutoff_note="Illustrative: made by manage.py scaledemo.",
                denominator=report.denominator, denominator_on=window(report.denominator_on),
                denominator_note="Illustrative: made by manage.py scaledemo.",
                paragraph=report.paragraph,
            ) for report in reports}
            bulk_create_with_history(list(new_reports.values()), Report,
                                     default_change_reason=REASON)
            Report.letters.through.objects.bulk_create([
                Report.letters.through(report_id=new_reports[report.pk].pk,
                                       letter_id=new_letters[letter.pk].pk)
                for report in reports for letter in report.letters.all()])
            new_replies = [(reply, Response(
                government_id=new_seats[takes[reply.government_id]].pk,
                letter_id=new_letters[reply.letter_id].pk,
                received_on=window(reply.received_on), stance=reply.stance,
                summary=reply.summary, source="Illustrative copy made by manage.py scaledemo",
                is_illustrative=True,
            )) for reply in replies]
            bulk_create_with_history([new for _old, new in new_replies], Response,
                                     batch_size=1000, default_change_reason=REASON)
            Response.codes.through.objects.bulk_create([
                Response.codes.through(response_id=new.pk, code_id=code.pk)
                for old, new in new_replies for code in old.codes.all()], batch_size=2000)
            bulk_create_with_history([PolicyView(
                government_id=new_seats[view.government_id].pk, year=view.year,
                flow=view.flow, policy=view.policy, is_illustrative=True,
                source="Illustrative copy made by manage.py scaledemo",
            ) for view in policies], PolicyView, batch_size=1000, default_change_reason=REASON)
            bulk_create_with_history([PublishedFigure(**{
                **{f.attname: getattr(figure, f.attname) for f in PublishedFigure._meta.fields
                   if not f.primary_key},
                "report_id": new_reports[figure.report_id].pk,
                "stated_in_id": new_reports[figure.stated_in_id].pk,
                "letter_id": new_letters[figure.letter_id].pk if figure.letter_id else None,
            }) for figure in figures], PublishedFigure, default_change_reason=REASON)
            made["seats"] += len(new_seats)
            made["replies"] += len(new_replies)
        return _("Added %(copies)s illustrative copies of the survey: %(seats)s seats, "
                 "%(letters)s letters, %(reports)s reports, %(replies)s replies, all marked "
                 "illustrative.") % {
            "copies": len(copies), "seats": made["seats"], "letters": len(copies) * len(letters),
            "reports": len(copies) * len(reports), "replies": made["replies"]}
