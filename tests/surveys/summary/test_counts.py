"""The summary of a report, computed from the records: how it responds to changes in them.

The published numbers themselves (78, 47, ...) are asserted once, in
tests/test_published_figures.py; the counting rule on small constructed worlds in
tests/surveys/test_counting_rule.py.
"""
import datetime

import pytest

from surveys.models import Government, Letter, PublishedFigure, Report, Response, Stance
from surveys.summary.counts import report_summary
from surveys.summary.quantifiers import percent
from surveys.summary.reconciliation import reconcile

pytestmark = pytest.mark.django_db


def summary(symbol):
    return report_summary(report=Report.objects.get(symbol=symbol))


def test_every_paragraph_3_to_17_has_a_published_figure():
    cited = set(PublishedFigure.objects.values_list("paragraph", flat=True))
    assert set(range(3, 18)) <= cited


def test_a_report_counts_each_letter_s_first_time_respondents_once():
    s = summary("A/52/314")
    first, second = s.letters
    assert first.responses + second.first_time == s.respondents
    assert second.first_time + second.repeat == second.responses


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
    before, later_before = report_summary(report=report), summary("A/56/167")
    member = Government.objects.non_respondents_of(Report.objects.get(symbol="A/56/167")).filter(
        admitted_on__lte=datetime.date(1999, 3, 1)).first()
    Response.objects.create(government=member, letter=Letter.objects.get(number=3),
                            received_on=report.cutoff_on + datetime.timedelta(days=1),
                            stance=Stance.IN_FAVOUR)
    s = report_summary(report=report)
    assert s.respondents == before.respondents
    assert s.letters[-1].after_cutoff == before.letters[-1].after_cutoff + 1
    assert summary("A/56/167").respondents == later_before.respondents + 1


def test_a_changed_figure_is_reported_as_differing():
    report = Report.objects.get(symbol="A/56/167")
    in_favour = report_summary(report=report).stance(Stance.IN_FAVOUR).count
    latest_favour = (Response.objects.latest_counted_by(report)
                     .filter(stance=Stance.IN_FAVOUR).first())
    latest_favour.stance = Stance.RESERVATIONS
    latest_favour.save()
    bad = {c.figure.key: c for c in reconcile(report=report) if not c.matches}
    assert {"in-favour", "reservations"} <= set(bad)
    assert bad["in-favour"].computed == str(in_favour - 1)


def test_summary_counts_in_a_fixed_number_of_queries(django_assert_max_num_queries):
    report = Report.objects.get(symbol="A/56/167")
    with django_assert_max_num_queries(16) as small:
        before = report_summary(report=report)
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
    assert grown.respondents == before.respondents + 60


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
