"""Where the open round stands on a day: replied, reminded, not yet contacted, overdue.

Each figure links to the rows it counts: the replies to the letter, or the follow-up list
filtered to them, so that the figure and the list always agree.
"""
import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from surveys import links
from surveys.dashboard import Figure
from surveys.followup.forms import latest_letter
from surveys.models import Government, Letter


@dataclass(frozen=True)
class RoundStatus:
    letter: Letter
    on: datetime.date
    recipients: int
    replied: int
    reminded: int
    not_contacted: int
    overdue: int

    @property
    def figures(self) -> list[Figure]:
        def listed(**params):
            return links.table_url("surveys:followup_list", letter=self.letter.number, **params)

        return [
            Figure(str(self.replied), _("replied"), links.table_url(
                "surveys:response_list", letter=self.letter.number)),
            Figure(str(self.reminded), _("reminded, no reply yet"), listed(reminders="any")),
            Figure(str(self.not_contacted), _("not yet contacted"), listed(reminders="none")),
            Figure(str(self.overdue), _("next action overdue"), listed(overdue="yes")),
        ]


def round_status(letter: Letter | None = None, on: datetime.date | None = None):
    """The open round's status (the latest letter, today) in three queries; None without
    any letter."""
    letter = letter or latest_letter()
    if letter is None:
        return None
    on = on or timezone.localdate()
    awaiting = Government.objects.awaiting_reply_to(letter, on).with_follow_up(letter, on)
    counts = awaiting.aggregate(
        reminded=Count("pk", filter=Q(reminders_sent__gt=0)),
        not_contacted=Count("pk", filter=Q(reminders_sent=0)),
        overdue=Count("pk", filter=Q(is_overdue=True)),
    )
    return RoundStatus(
        letter=letter, on=on,
        recipients=Government.objects.recipients_of(letter).count(),
        replied=Government.objects.replied_to_letter_by(letter, on).count(), **counts,
    )
