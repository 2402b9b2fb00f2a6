"""The summary of each report, computed from the fixtures, against the published figures."""
import datetime

import pytest

from surveys.models import Government, Letter, PublishedFigure, Report, Response, Stance
from surveys.reports import (
    non_respondents,
    percent,
    reconcile,
    report_summary,
    respondents_over_reports,
)

pytestmark = pytest.mark.django_db


def summary(symbol):
    return report_summary(report=Report.objects.get(symbol=symbol))


@pytest.mark.parametrize("symbol", ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"])
def test_every_published_figure_of_every_report_is_reproduced(symbol):
    checks = summary(symbol).figures
    assert checks, f"{symbol} has no published figures"
    assert [(c.figure.key, c.computed) for c in checks if not c.matches] == []


def test_every_paragraph_3_to_17_has_a_published_figure():
    cited = set(PublishedFigure.objects.values_list("paragraph", flat=True))
    assert set(range(3, 18)) <= cited


def test_the_2001_report_headline_figures():
    s = summary("A/56/167")
    assert (s.respondents, s.new_respondents, s.non_respondents) == (78, 2, 110)
    assert s.membership_share_percent == 41
    assert {x.stance: x.count for x in s.stances} == {
        "in_favour": 47, "reservations": 26, "partial_support": 5,
    }
    assert [(lc.sent, lc.responses) for lc in s.letters][::2] == [("1995-02", 37), ("1999-03", 36)]
    assert s.migrant_types_commented == 39
    assert s.is_illustrative


@pytest.mark.parametrize("symbol, respondents, letter_counts", [
    ("E/1995/69", 37, [37]),
    ("A/52/314", 65, None),
    ("A/54/207", 76, None),
])
def test_earlier_reports_count_replies_by_their_cutoff(symbol, respondents, letter_counts):
    s = summary(symbol)
    assert s.respondents == respondents
    if letter_counts:
        assert [lc.responses for lc in s.letters] == letter_counts


def test_the_1999_letter_has_34_replies_for_a_54_207_and_2_late_ones():
    s = summary("A/54/207")
    third = s.letters[-1]
    assert (third.responses, third.after_cutoff) == (34, 2)


def test_the_1997_letter_count_is_consistent_with_65():
    first, second = summary("A/52/314").letters
    assert first.responses + second.new == 65
    assert second.new + second.repeat == second.responses


def test_membership_on_each_letter_date_and_at_the_end_of_1999():
    for letter in Letter.objects.all():
        assert letter.recipients().count() == 185
    assert Government.objects.members_on(datetime.date(1999, 12, 31)).count() == 188
    assert Government.objects.members_on(datetime.date(2001, 7, 3)).count() == 189


def test_non_respondents_are_members_at_the_denominator_date_without_a_reply():
    report = Report.objects.get(symbol="A/56/167")
    follow_up = non_respondents(report=report)
    assert follow_up.count() == 110
    assert not follow_up.filter(responses__received_on__lte=report.cutoff_on).exists()
    assert follow_up.filter(iso3__in=["KIR", "NRU", "TON"]).count() == 3  # admitted Sep 1999


def test_a_government_that_replied_to_several_letters_counts_once_with_its_latest_stance():
    report = Report.objects.get(symbol="A/56/167")
    before = report_summary(report=report)
    repeat = (Response.objects.filter(letter__number=3, received_on__lte=report.cutoff_on)
              .filter(government__responses__letter__number=1).first())
    earlier = repeat.government.responses.get(letter__number=1)
    other = next(s for s in Stance.values if s != repeat.stance)
    earlier.stance = other  # the earlier stance must not count
    earlier.save()
    after = report_summary(report=report)
    assert after.respondents == before.respondents
    assert {s.stance: s.count for s in after.stances} == {s.stance: s.count for s in before.stances}
    repeat.stance = other  # the latest stance does
    repeat.save()
    moved = report_summary(report=report)
    old = next(s for s in before.stances if s.stance == other).count
    assert moved.stance(other).count == old + 1
    assert moved.respondents == before.respondents


def test_a_reply_after_the_cutoff_is_not_in_that_report():
    report = Report.objects.get(symbol="A/54/207")
    member = non_respondents(report=Report.objects.get(symbol="A/56/167")).filter(
        admitted_on__lte=datetime.date(1999, 3, 1)).first()
    Response.objects.create(government=member, letter=Letter.objects.get(number=3),
                            received_on=report.cutoff_on + datetime.timedelta(days=1),
                            stance=Stance.IN_FAVOUR)
    s = report_summary(report=report)
    assert s.respondents == 76
    assert s.letters[-1].after_cutoff == 3
    assert summary("A/56/167").respondents == 79


def test_a_changed_figure_is_reported_as_differing():
    report = Report.objects.get(symbol="A/56/167")
    latest_favour = (Response.objects.filter(letter__reports=report)
                     .latest_by_government(report.cutoff_on)
                     .filter(stance=Stance.IN_FAVOUR).first())
    latest_favour.stance = Stance.RESERVATIONS
    latest_favour.save()
    bad = {c.figure.key: c for c in reconcile(report=report) if not c.matches}
    assert {"in-favour", "reservations"} <= set(bad)
    assert bad["in-favour"].computed == "46"


def test_summary_counts_in_a_fixed_number_of_queries(django_assert_max_num_queries):
    report = Report.objects.get(symbol="A/56/167")
    with django_assert_max_num_queries(16) as small:
        report_summary(report=report)
    extra = [Government(iso3=f"X{i:02d}", m49=f"{i:03d}", name=f"Extra {i}",
                        admitted_on=datetime.date(1990, 1, 1), region="Africa",
                        sub_region="Eastern Africa", development_group="less developed")
             for i in range(60)]
    Government.objects.bulk_create(extra)
    letter = Letter.objects.get(number=3)
    Response.objects.bulk_create(
        Response(government=g, letter=letter, received_on=datetime.date(1999, 4, 1),
                 stance=Stance.IN_FAVOUR) for g in Government.objects.filter(iso3__startswith="X")
    )
    with django_assert_max_num_queries(len(small.captured_queries)):
        grown = report_summary(report=report)
    assert grown.respondents == 78 + 60


def test_replies_grow_across_the_four_reports():
    assert [n for _, n in respondents_over_reports()] == [37, 65, 76, 78]


@pytest.mark.parametrize("count, total, expected", [(78, 188, 41), (1, 2, 50), (1, 3, 33),
                                                    (0, 0, 0), (139, 185, 75)])
def test_percent_rounds_half_up(count, total, expected):
    assert percent(count, total) == expected


def test_only_replies_to_the_reports_letters_compete_for_latest():
    """A reply to a letter the report does not cover never replaces the one it counts."""
    report = Report.objects.get(symbol="E/1995/69")
    before = {s.stance: s.count for s in report_summary(report=report).stances}
    counted = Response.objects.filter(letter__number=1, stance=Stance.IN_FAVOUR).first()
    # Stored without validation: a date no real reply to the 1997 letter could have.
    Response.objects.bulk_create([Response(
        government=counted.government, letter=Letter.objects.get(number=2),
        received_on=counted.received_on + datetime.timedelta(days=1),
        stance=Stance.RESERVATIONS)])
    after = {s.stance: s.count for s in report_summary(report=report).stances}
    assert after == before
