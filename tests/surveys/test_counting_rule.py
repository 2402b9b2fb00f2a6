"""The counting rule on small hand-built worlds, with the numbers worked out by hand.

A report counts the replies to its own letters received on or before its cutoff; each
Government once, with its latest counted reply (the later date, then the reply recorded
last); its non-respondents are the Members on its denominator date without a counted reply.
Every world here is about ten rows, built on an empty survey database (``empty_survey``).
"""
import pytest
from django.core.exceptions import ValidationError

from surveys import links
from surveys.models import Government, Letter, Report, Response, Stance
from surveys.summary.counts import report_summary
from surveys.summary.reconciliation import reconciliation_of
from surveys.tiles import tiles_context
from tests.builders import code, government, letter, published_figure, reply, report, topic

pytestmark = pytest.mark.django_db

IN_FAVOUR, RESERVATIONS, PARTIAL = Stance.IN_FAVOUR, Stance.RESERVATIONS, Stance.PARTIAL_SUPPORT


def stance_counts(summary) -> dict[str, int]:
    return {s.stance: s.count for s in summary.stances}


def iso3s(governments) -> set[str]:
    return set(governments.values_list("iso3", flat=True))


def counted_row(report, iso3: str) -> Government:
    return Government.objects.with_counted_replies(report).get(iso3=iso3)


# A Government that replied to several letters ------------------------------------------


def test_a_government_that_replied_to_two_letters_counts_once_with_its_latest_stance(
    empty_survey,
):
    for iso3 in ("AAA", "BBB", "CCC", "DDD"):
        government(iso3, "1990-01-01")
    first, second = letter(1, "1995-01-01"), letter(2, "1996-01-01")
    a, b = Government.objects.get(iso3="AAA"), Government.objects.get(iso3="BBB")
    reply(a, first, "1995-02-01", IN_FAVOUR)
    reply(a, second, "1996-02-01", PARTIAL)
    reply(b, first, "1995-03-01", RESERVATIONS)
    earlier = report("A/50/1", "1996-01-15", [first], cutoff="1995-12-31")
    later = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")

    summary = report_summary(report=later)
    assert (summary.respondents, summary.non_respondents, summary.denominator) == (2, 2, 4)
    assert stance_counts(summary) == {IN_FAVOUR: 0, RESERVATIONS: 1, PARTIAL: 1}
    assert [(lc.responses, lc.first_time, lc.repeat) for lc in summary.letters] == [
        (2, 2, 0), (1, 0, 1)]
    assert summary.new_respondents == 0  # the earlier report counted both already
    assert summary.membership_share_percent == 50
    assert Response.objects.latest_counted_by(later).count() == 2
    row = counted_row(later, "AAA")
    assert (row.letters_answered, row.latest_stance) == (2, PARTIAL)

    summary = report_summary(report=earlier)
    assert (summary.respondents, summary.new_respondents, summary.non_respondents) == (2, 2, 2)
    assert stance_counts(summary) == {IN_FAVOUR: 1, RESERVATIONS: 1, PARTIAL: 0}


def test_the_report_list_counts_a_government_that_replied_to_two_letters_once(empty_survey):
    # Response's default ordering once leaked into the DISTINCT of with_respondent_counts,
    # counting a Government once per letter date (fixed in d22ecf9, SubqueryCount).
    a = government("AAA", "1990-01-01")
    government("BBB", "1990-01-01")
    first, second = letter(1, "1995-01-01"), letter(2, "1996-01-01")
    reply(a, first, "1995-02-01", IN_FAVOUR)
    reply(a, second, "1996-02-01", PARTIAL)
    counting = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")

    assert report_summary(report=counting).respondents == 1
    assert Report.objects.with_respondent_counts().get().respondents == 1


# Ties ----------------------------------------------------------------------------------


def test_two_replies_on_the_same_day_the_one_recorded_last_is_latest(empty_survey):
    a, b, c = (government(iso3, "1990-01-01") for iso3 in ("AAA", "BBB", "CCC"))
    first, second = letter(1, "1995-01-01"), letter(2, "1996-01-01")
    reply(a, first, "1996-03-01", IN_FAVOUR)
    a_last = reply(a, second, "1996-03-01", RESERVATIONS)
    # The same tie the other way round: the reply to the earlier letter is recorded last.
    reply(b, second, "1996-04-01", IN_FAVOUR)
    b_last = reply(b, first, "1996-04-01", PARTIAL)
    counting = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")

    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents) == (2, 1)
    assert stance_counts(summary) == {IN_FAVOUR: 0, RESERVATIONS: 1, PARTIAL: 1}
    assert set(Response.objects.latest_counted_by(counting)) == {a_last, b_last}
    assert counted_row(counting, "AAA").latest_response_id == a_last.pk
    assert counted_row(counting, "BBB").latest_stance == PARTIAL
    assert iso3s(Government.objects.with_latest_stance(counting, IN_FAVOUR)) == set()


def test_the_tables_break_the_tie_as_the_summary_does(empty_survey, listed):
    a = government("AAA", "1990-01-01")
    government("BBB", "1990-01-01")
    first, second = letter(1, "1995-01-01"), letter(2, "1996-01-01")
    reply(a, second, "1996-03-01", IN_FAVOUR)
    reply(a, first, "1996-03-01", RESERVATIONS)  # same day, recorded last: latest
    counting = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")

    assert listed.count(links.stance_url(counting, RESERVATIONS)) == 1
    assert listed.count(links.stance_url(counting, IN_FAVOUR)) == 0
    [row] = listed.csv(links.replied_url(counting))
    assert (row["Government"], row["Letters answered"], row["Latest stance"]) == (
        "Republic of AAA", "2", "Reservations")


# The cutoff ----------------------------------------------------------------------------


def test_a_reply_after_the_cutoff_is_not_counted_but_is_late_for_its_letter(empty_survey):
    a, b, c = (government(iso3, "1990-01-01") for iso3 in ("AAA", "BBB", "CCC"))
    sent = letter(1, "1995-01-01")
    on_the_day = reply(a, sent, "1995-12-31")  # on the cutoff: counted
    late = reply(b, sent, "1996-01-01")  # the day after: too late
    counting = report("A/50/1", "1996-02-01", [sent], cutoff="1995-12-31")

    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents, summary.new_respondents) == (1, 2, 1)
    [per_letter] = summary.letters
    assert (per_letter.responses, per_letter.after_cutoff) == (1, 1)
    assert list(Response.objects.counted_by(counting)) == [on_the_day]
    assert list(Response.objects.after_cutoff_of(counting)) == [late]
    assert iso3s(Government.objects.non_respondents_of(counting)) == {"BBB", "CCC"}
    # A later report with a later cutoff counts the late reply.
    again = report("A/51/1", "1997-01-01", [sent], cutoff="1996-12-31")
    assert iso3s(Government.objects.new_respondents_of(again)) == {"BBB"}
    assert Response.objects.after_cutoff_of(again).count() == 0


# Repeat respondents: what was known ---------------------------------------------------


def test_a_report_with_a_1996_cutoff_does_not_count_as_repeat_a_reply_received_in_1999(
    empty_survey, listed,
):
    a, b = government("AAA", "1990-01-01"), government("BBB", "1990-01-01")
    government("CCC", "1990-01-01")
    first, second = letter(1, "1995-02-01"), letter(2, "1996-02-01")
    reply(a, second, "1996-05-01")  # AAA answers the 1996 letter first...
    reply(a, first, "1999-03-01")  # ...and the 1995 one only in 1999
    reply(b, first, "1995-06-01")
    reply(b, second, "1996-06-01")  # BBB had answered the 1995 letter by then: a repeat
    in_1996 = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")
    in_1999 = report("A/54/1", "2000-01-15", [first, second], cutoff="1999-12-31")

    def per_letter(counting):
        return [(lc.responses, lc.first_time, lc.repeat, lc.cumulative)
                for lc in report_summary(report=counting).letters]

    # 1996: AAA's 1999 reply is after the cutoff, so its 1996 reply is its first.
    assert per_letter(in_1996) == [(1, 1, 0, 1), (2, 1, 1, 2)]
    # 1999: both of AAA's replies are known; it is counted once, at the 1995 letter.
    assert per_letter(in_1999) == [(2, 2, 0, 2), (2, 0, 2, 2)]
    assert report_summary(report=in_1999).respondents == 2

    # The same rule in the responses table, where the 1996 report's latest replies are both
    # to the 1996 letter: AAA's is a first-time reply, BBB's a repeat.
    def replies(respondent):
        return [row["Government"] for row in listed.csv(links.table_url(
            "surveys:response_list", report=in_1996.slug, letter=2, respondent=respondent))]
    assert (replies("new"), replies("repeat")) == (["Republic of AAA"], ["Republic of BBB"])


def test_without_a_report_an_earlier_reply_makes_a_repeat_only_if_received_by_this_one(
    empty_survey, listed,
):
    a, b = government("AAA", "1990-01-01"), government("BBB", "1990-01-01")
    first, second = letter(1, "1995-02-01"), letter(2, "1996-02-01")
    reply(a, second, "1996-05-01")
    reply(a, first, "1999-03-01")  # after AAA's reply to the 1996 letter: no repeat of it
    reply(b, first, "1996-06-01")
    reply(b, second, "1996-06-01")  # the same day: BBB had replied by then, a repeat

    rows = {row.number: row for row in Letter.objects.with_reply_counts()}
    assert (rows[2].replies, rows[2].first_time_respondents, rows[2].repeat_respondents) == (
        2, 1, 1)
    assert (rows[1].first_time_respondents, rows[1].repeat_respondents) == (2, 0)
    # The letter's page links to those rows; the letters export prints the same counts.
    assert [row["Government"] for row in listed.csv(links.table_url(
        "surveys:response_list", letter=2, respondent="repeat"))] == ["Republic of BBB"]
    [_first, exported] = listed.csv(links.table_url("surveys:letter_list"))
    assert (exported["First-time respondents"], exported["Repeat respondents"]) == ("1", "1")


# Membership ----------------------------------------------------------------------------


def test_a_member_admitted_after_the_letter_is_not_a_recipient_but_is_in_the_membership(
    empty_survey,
):
    a = government("AAA", "1990-01-01")
    government("BBB", "1990-01-01")
    newcomer = government("NEW", "1995-09-01")
    government("LTR", "1996-07-01")  # admitted after the denominator date
    sent = letter(1, "1995-06-01")
    reply(a, sent, "1995-07-01")
    counting = report("A/51/1", "1996-08-01", [sent], cutoff="1996-06-30")

    assert iso3s(Government.objects.recipients_of(sent)) == {"AAA", "BBB"}
    assert iso3s(Government.objects.members_at(counting)) == {"AAA", "BBB", "NEW"}
    assert counting.denominator == 3
    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents, summary.denominator) == (1, 2, 3)
    assert summary.membership_share_percent == 33
    assert iso3s(Government.objects.non_respondents_of(counting)) == {"BBB", "NEW"}
    with pytest.raises(ValidationError) as refused:
        reply(newcomer, sent, "1995-10-01")
    assert refused.value.error_dict["government"][0].code == "not_a_recipient"


def test_a_seat_that_stopped_counting_is_not_a_non_respondent(empty_survey, listed):
    government("OLD", "1990-01-01", left="1996-01-01")  # left before the denominator date
    left_after_reply = government("RPL", "1990-01-01", left="1996-03-01")
    government("CCC", "1990-01-01")
    government("SUC", "1996-01-01")  # admitted on the day OLD left
    government("EDG", "1990-01-01", left="1996-06-30")  # left on the denominator date itself
    sent = letter(1, "1995-01-01")
    reply(left_after_reply, sent, "1995-05-01")
    counting = report("A/51/1", "1996-08-01", [sent], cutoff="1996-06-30")

    assert iso3s(Government.objects.recipients_of(sent)) == {"OLD", "RPL", "CCC", "EDG"}
    assert iso3s(Government.objects.members_at(counting)) == {"CCC", "SUC"}
    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents, summary.denominator) == (1, 2, 2)
    assert iso3s(Government.objects.non_respondents_of(counting)) == {"CCC", "SUC"}
    # The report is about its membership and about every Government it counts.
    assert iso3s(Government.objects.surveyed_by(counting)) == {"CCC", "SUC", "RPL"}
    assert listed.count(f"/governments/?report={counting.slug}") == 3
    assert listed.count(f"/governments/?report={counting.slug}&replied=no") == 2
    assert listed.count(links.non_respondents_url(counting)) == 2
    assert sum(rate.members for rate in summary.by_region) == 2
    assert sum(rate.respondents for rate in summary.by_region) == 0  # RPL is no Member then


def test_a_response_rate_bar_links_to_the_respondents_it_counts(empty_survey, listed):
    left_after_reply = government("RPL", "1990-01-01", left="1996-03-01", region="Europe")
    government("CCC", "1990-01-01", region="Europe")
    sent = letter(1, "1995-01-01")
    reply(left_after_reply, sent, "1995-05-01")
    counting = report("A/51/1", "1996-08-01", [sent], cutoff="1996-06-30")

    summary = report_summary(report=counting)
    [rate] = summary.by_region
    assert (rate.name, rate.members, rate.respondents) == ("Europe", 1, 0)  # "0 of 1"
    [bar] = tiles_context(summary)["region_chart"].bars
    # The bar counts respondents among the Members, and so does the table it opens.
    assert listed.count(bar.href) == rate.respondents


# Only the report's own letters ---------------------------------------------------------


def test_a_reply_to_a_letter_the_report_does_not_count_is_ignored_by_it(empty_survey, listed):
    a, b = government("AAA", "1990-01-01"), government("BBB", "1990-01-01")
    government("CCC", "1990-01-01")
    first, second = letter(1, "1995-01-01"), letter(2, "1995-06-01")
    reply(a, first, "1995-03-01", IN_FAVOUR)
    reply(a, second, "1995-09-01", RESERVATIONS)  # later, before the cutoff: not its letter
    reply(b, second, "1995-10-01", RESERVATIONS)
    only_first = report("A/50/1", "1996-02-01", [first], cutoff="1996-01-31")
    both = report("A/51/1", "1997-02-01", [first, second], cutoff="1996-12-31")

    summary = report_summary(report=only_first)
    assert (summary.respondents, summary.non_respondents) == (1, 2)
    assert stance_counts(summary) == {IN_FAVOUR: 1, RESERVATIONS: 0, PARTIAL: 0}
    row = counted_row(only_first, "AAA")
    assert (row.letters_answered, row.latest_stance) == (1, IN_FAVOUR)
    assert listed.count(links.stance_url(only_first, IN_FAVOUR)) == 1
    assert listed.count(links.stance_url(only_first, RESERVATIONS)) == 0
    assert listed.count(f"/governments/?report={only_first.slug}&latest_stance=reservations") == 0

    summary = report_summary(report=both)
    assert (summary.respondents, summary.new_respondents, summary.non_respondents) == (2, 1, 1)
    assert stance_counts(summary) == {IN_FAVOUR: 0, RESERVATIONS: 2, PARTIAL: 0}
    assert listed.count(links.new_respondents_url(both)) == 1


# Records the forms would refuse ----------------------------------------------------------


def test_a_reply_dated_before_its_letter_is_counted_alike_everywhere(empty_survey, listed):
    a, b = government("AAA", "1990-01-01"), government("BBB", "1990-01-01")
    government("CCC", "1990-01-01")
    first, second = letter(1, "1995-06-01"), letter(2, "1996-06-01")
    reply(a, first, "1995-07-01", IN_FAVOUR)
    early = reply(a, second, "1996-01-01", RESERVATIONS, validate=False)  # before it was sent
    reply(b, second, "1995-01-01", PARTIAL, validate=False)  # before either letter
    reply(b, first, "1995-08-01", IN_FAVOUR)
    counting = report("A/51/1", "1997-01-15", [first, second], cutoff="1996-12-31")

    with pytest.raises(ValidationError) as refused:
        early.full_clean()
    assert refused.value.error_dict["received_on"][0].code == "received_before_letter"

    # By date received, AAA's latest is the early reply; BBB's the reply to the first letter.
    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents) == (2, 1)
    assert stance_counts(summary) == {IN_FAVOUR: 1, RESERVATIONS: 1, PARTIAL: 0}
    for stance, count in stance_counts(summary).items():
        assert listed.count(links.stance_url(counting, stance)) == count
        assert len(listed.csv(links.stance_url(counting, stance))) == count
        governments = f"/governments/?report={counting.slug}&latest_stance={stance}"
        assert listed.count(governments) == count
    rows = {row["Government"]: row for row in listed.csv(links.replied_url(counting))}
    assert {name: row["Latest stance"] for name, row in rows.items()} == {
        "Republic of AAA": "Reservations", "Republic of BBB": "In favour"}
    assert {name: row["Letters answered"] for name, row in rows.items()} == {
        "Republic of AAA": "2", "Republic of BBB": "2"}
    [received] = [r["Date received"] for r in listed.csv(links.stance_url(counting, RESERVATIONS))]
    assert received == "1996-01-01"


# Figures that cannot be computed ---------------------------------------------------------


def test_a_stance_share_when_nobody_replied_cannot_be_computed(empty_survey):
    government("AAA", "1990-01-01")
    government("BBB", "1990-01-01")
    sent, not_counted = letter(1, "1995-01-01"), letter(2, "1995-06-01")
    counting = report("A/50/1", "1996-02-01", [sent], cutoff="1995-12-31")
    published_figure(counting, "replies-to-2", "letter_responses", value=0, letter=not_counted)
    published_figure(counting, "majority-in-favour", "stance_share", wording="the majority",
                     stance=IN_FAVOUR)
    published_figure(counting, "in-favour", "stance_count", value=0, stance=IN_FAVOUR)
    published_figure(counting, "respondents", "respondents", value=0)
    published_figure(counting, "never-replied", "non_respondents", value=1)

    summary = report_summary(report=counting)
    assert (summary.respondents, summary.non_respondents, summary.membership_share_percent) == (
        0, 2, 0)
    assert {c.figure.key: c.status for c in reconciliation_of(summary).checks} == {
        "replies-to-2": "cannot_compute",  # a letter the report does not count
        "majority-in-favour": "cannot_compute", "in-favour": "matches",
        "respondents": "matches", "never-replied": "differs",
    }
    assert not reconciliation_of(summary).all_match


def test_the_most_frequent_view_cannot_be_computed_when_two_views_tie(empty_survey):
    nature = topic("nature", IN_FAVOUR)
    technical, political = code(nature, "technical", order=1), code(nature, "political", order=2)
    a, b, c = (government(iso3, "1990-01-01") for iso3 in ("AAA", "BBB", "CCC"))
    sent = letter(1, "1995-01-01")
    reply(a, sent, "1995-02-01", IN_FAVOUR, codes=[technical])
    reply(b, sent, "1995-03-01", IN_FAVOUR, codes=[political])
    # Outside its topic's stance group: not counted, so it does not break the tie.
    reply(c, sent, "1995-04-01", RESERVATIONS, codes=[technical])
    counting = report("A/50/1", "1996-02-01", [sent], cutoff="1995-12-31")
    published_figure(counting, "most-frequent", "most_frequent", topic=nature, code=technical)
    published_figure(counting, "technical-share", "code_share", wording="many",
                     code=technical, among="stance_group")

    summary = report_summary(report=counting)
    assert [(c.code.slug, c.count) for c in summary.topic("nature").codes] == [
        ("technical", 1), ("political", 1)]
    assert summary.topic("nature").commenting == 2
    assert summary.topic("nature").most_frequent is None
    assert {c.figure.key: c.status for c in reconciliation_of(summary).checks} == {
        "most-frequent": "cannot_compute", "technical-share": "matches",  # 1 of 2: "many"
    }

    # One more in-favour Government mentioning the technical nature breaks the tie.
    reply(government("DDD", "1990-01-01"), sent, "1995-05-01", IN_FAVOUR, codes=[technical])
    summary = report_summary(report=counting)
    assert summary.topic("nature").most_frequent.code == technical
    assert {c.figure.key: c.status for c in reconciliation_of(summary).checks} == {
        "most-frequent": "matches", "technical-share": "differs",  # 2 of 3: "most"
    }

