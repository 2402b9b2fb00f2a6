"""Property: in small worlds, the follow-up list holds exactly whom the rule says, with the
reminders, last contact and overdue it says, and each figure of the open round's status
equals the rows its link lists."""
import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveys.followup.status import round_status
from surveys.models import FollowUp
from tests import builders

QUICK = settings(deadline=None, database=None, max_examples=25,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
SENT_AGO = 100


@dataclass(frozen=True)
class Seat:
    admitted_after: bool  # joined after the letter: not a recipient
    reply_day: int | None  # days after the letter
    contacts: tuple[tuple[int, int | None], ...]  # (day, next action days after it)


seats = st.builds(
    Seat, admitted_after=st.booleans(),
    reply_day=st.none() | st.integers(0, SENT_AGO),
    contacts=st.lists(st.tuples(st.integers(0, SENT_AGO), st.none() | st.integers(0, 60)),
                      max_size=3).map(tuple),
)
worlds = st.tuples(st.lists(seats, min_size=1, max_size=6), st.integers(0, SENT_AGO))


# A seat's contacts are, in turn, a note verbale, a call and an email: only the first and
# the last are reminders (the list counts reminders apart from other contacts).
KINDS = ("note_verbale", "telephone", "email")


def kind_of(number: int) -> str:
    return KINDS[number % len(KINDS)]


def build(world, officer):
    today = timezone.localdate()
    sent = today - datetime.timedelta(days=SENT_AGO)
    letter = builders.letter(1, sent)
    made = []
    for i, seat in enumerate(world):
        admitted = sent + datetime.timedelta(days=1) if seat.admitted_after else "1945-10-24"
        government = builders.government(f"G{i:02d}", admitted=admitted)
        if seat.admitted_after:
            made.append((government, seat))
            continue
        if seat.reply_day is not None:
            builders.reply(government, letter, sent + datetime.timedelta(days=seat.reply_day))
        for number, (day, after) in enumerate(seat.contacts):
            on = sent + datetime.timedelta(days=day)
            FollowUp.objects.create(
                government=government, letter=letter, contacted_on=on, kind=kind_of(number),
                officer=officer, next_action="Call" if after is not None else "",
                next_action_on=on + datetime.timedelta(days=after) if after is not None else None)
        made.append((government, seat))
    return letter, made


def expected(made, letter, as_of):
    """Whom to follow up as of ``as_of``, with what, read seat by seat."""
    rows = {}
    for government, seat in made:
        replied = seat.reply_day is not None and (
            letter.sent_on + datetime.timedelta(days=seat.reply_day) <= as_of)
        if seat.admitted_after or replied:
            continue
        contacts = [(letter.sent_on + datetime.timedelta(days=d), i, after)
                    for i, (d, after) in enumerate(seat.contacts)
                    if letter.sent_on + datetime.timedelta(days=d) <= as_of]
        latest = max(contacts, default=None)
        overdue = bool(latest and latest[2] is not None
                       and latest[0] + datetime.timedelta(days=latest[2]) < as_of)
        reminders = [c for c in contacts if kind_of(c[1]) in ("note_verbale", "email")]
        rows[government.name] = {"Reminders sent": str(len(reminders)),
                                 "Overdue": "Yes" if overdue else "No"}
    return rows


@QUICK
@given(world=worlds)
def test_the_list_and_the_status_agree_with_the_rule(empty_survey, listed, editor, world):
    seats_drawn, as_of_day = world
    with transaction.atomic():
        letter, made = build(seats_drawn, editor)
        as_of = letter.sent_on + datetime.timedelta(days=as_of_day)
        address = f"/follow-up/?letter=1&as_of={as_of.isoformat()}"
        shown = {r["Government"]: {k: r[k] for k in ("Reminders sent", "Overdue")}
                 for r in listed.csv(address)}
        assert shown == expected(made, letter, as_of)

        status = round_status(letter)
        for figure in status.tiles:
            assert listed.count(figure.href) == int(figure.value), figure
        assert status.replied + status.reminded + status.not_reminded == status.recipients
        # each part of the explained count lists as many rows as it says
        for words, href in status.parts:
            assert listed.count(href) == int(words.split()[0]), words
        assert sum(int(words.split()[0]) for words, _href in status.parts) == (
            status.recipients - status.replied)
        transaction.set_rollback(True)
