"""Where the open round stands on a day: replied, reminded, not yet reminded, overdue, and
how the live count of those without a reply relates to the frozen count of the latest
report that counted the letter.

Each tile links to the rows it counts: the replies to the letter, or the follow-up list
filtered to them, so that the count and the list always agree. The sentences that bridge
the numbers ("149 recipients ... have not answered it: 107 never replied to any letter, 42
answered an earlier letter") are computed from the records, each part a link to its rows.
"""
import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from surveys import links
from surveys.followup import schedule
from surveys.followup.forms import latest_letter
from surveys.models import Government, Letter, Report, Response, ScheduledRun
from surveys.tiles import Tile


@dataclass(frozen=True)
class FrozenCount:
    """The latest report that counted the letter, its never-replied count, and what became
    of those Governments by the day of the live list: still without any reply (and so in the
    list), not recipients of the letter (admitted after it was sent), or replied since."""

    report: Report
    never_replied: int
    still_silent: int
    not_recipients: list[str]
    replied_since: int

    @property
    def url(self) -> str:
        return links.non_respondents_url(self.report)


@dataclass(frozen=True)
class RoundStatus:
    letter: Letter
    on: datetime.date
    recipients: int
    replied: int
    awaiting: int
    never_replied: int
    answered_earlier: int
    answered_later_only: int
    reminded: int
    not_reminded: int
    overdue: int
    frozen: FrozenCount | None = None
    last_chase: ScheduledRun | None = None

    def listed(self, **params) -> str:
        return links.table_url("surveys:followup_list", letter=self.letter.number, **params)

    @property
    def tiles(self) -> list[Tile]:
        return [
            Tile(str(self.replied), _("replied"), links.table_url(
                "surveys:response_list", letter=self.letter.number)),
            Tile(str(self.reminded), _("reminded, no reply yet"), self.listed(reminders="any")),
            Tile(str(self.not_reminded), _("not yet reminded"), self.listed(reminders="none")),
            Tile(str(self.overdue), _("next action overdue"), self.listed(overdue="yes")),
        ]

    @property
    def parts(self) -> list[tuple[str, str]]:
        """The parts of the live count without a reply, as (words with the count, link to
        its rows); a part of none is left out."""
        parts = [
            (self.never_replied, ngettext("%(n)s never replied to any letter",
                                          "%(n)s never replied to any letter",
                                          self.never_replied), "never"),
            (self.answered_earlier, ngettext("%(n)s answered an earlier letter",
                                             "%(n)s answered an earlier letter",
                                             self.answered_earlier), "earlier"),
            (self.answered_later_only, ngettext("%(n)s answered a later letter only",
                                                "%(n)s answered a later letter only",
                                                self.answered_later_only), "later"),
        ]
        return [(words % {"n": n}, self.listed(other_letters=key))
                for n, words, key in parts if n]


def frozen_count(letter: Letter, on: datetime.date) -> FrozenCount | None:
    """The latest report that counted ``letter``, and where its never-replied stand on ``on``."""
    report = Report.objects.filter(letters=letter).order_by("-issued_on").first()
    if report is None:
        return None
    any_reply = Exists(Response.objects.filter(government=OuterRef("pk"), received_on__lte=on))
    recipients = Government.objects.recipients_of(letter).values("pk")
    silent = Government.objects.non_respondents_of(report)
    counts = silent.aggregate(
        never_replied=Count("pk"),
        still_silent=Count("pk", filter=Q(pk__in=recipients) & ~Q(any_reply)),
        replied_since=Count("pk", filter=Q(pk__in=recipients) & Q(any_reply)),
    )
    not_recipients = [str(g) for g in silent.exclude(pk__in=recipients).order_by("name")]
    return FrozenCount(report=report, not_recipients=not_recipients, **counts)


def round_status(letter: Letter | None = None, on: datetime.date | None = None):
    """The open round's status (the latest letter, today) in a few queries, whatever the
    number of Governments; None without any letter."""
    letter = letter or latest_letter()
    if letter is None:
        return None
    on = on or timezone.localdate()
    awaiting = Government.objects.awaiting_reply_to(letter, on).with_follow_up(letter, on)
    counts = awaiting.aggregate(
        awaiting=Count("pk"),
        never_replied=Count("pk", filter=Q(replied_any=False)),
        answered_earlier=Count("pk", filter=Q(replied_earlier=True)),
        answered_later_only=Count("pk", filter=Q(replied_any=True, replied_earlier=False)),
        reminded=Count("pk", filter=Q(reminders_sent__gt=0)),
        not_reminded=Count("pk", filter=Q(reminders_sent=0)),
        overdue=Count("pk", filter=Q(is_overdue=True)),
    )
    return RoundStatus(
        letter=letter, on=on,
        recipients=Government.objects.recipients_of(letter).count(),
        replied=Government.objects.replied_to_letter_by(letter, on).count(),
        frozen=frozen_count(letter, on), last_chase=schedule.last_run(), **counts,
    )
