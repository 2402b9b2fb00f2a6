"""Each FilterSet lists exactly the rows the report's figures count."""
import pytest

from surveys.filters import GovernmentFilter, GovernmentFilterBase, LetterFilter, ResponseFilter
from surveys.models import Government, Letter, Report, Response
from surveys.summary.counts import report_summary

pytestmark = pytest.mark.django_db

SYMBOLS = ["E/1995/69", "A/52/314", "A/54/207", "A/56/167"]


def governments(**params):
    filterset = GovernmentFilter(params, queryset=Government.objects.all())
    assert filterset.is_valid(), filterset.errors
    return filterset.qs


def responses(**params):
    filterset = ResponseFilter(params, queryset=Response.objects.all())
    assert filterset.is_valid(), filterset.errors
    return filterset.qs


def report(symbol: str) -> Report:
    return Report.objects.get(symbol=symbol)


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_replied_by_a_report_lists_its_respondents(symbol):
    chosen = report(symbol)
    expected = set(Government.objects.respondents_of(chosen).values_list("pk", flat=True))
    assert set(governments(report=chosen.slug, replied="yes").values_list("pk", flat=True)) \
        == expected
    # "Replied: No" lists the report's non-respondents: Members on its denominator date only.
    assert set(governments(report=chosen.slug, replied="no")) \
        == set(Government.objects.non_respondents_of(chosen))


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_new_respondents_are_those_the_previous_report_did_not_count(symbol):
    summary = report_summary(report=report(symbol))
    listed = governments(report=report(symbol).slug, replied="yes", new="yes")
    assert listed.count() == summary.new_respondents


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_latest_stance_as_of_a_report_matches_its_stance_counts(symbol):
    summary = report_summary(report=report(symbol))
    for stance in summary.stances:
        slug = report(symbol).slug
        assert governments(report=slug, latest_stance=stance.stance).count() == stance.count
        assert responses(report=slug, stance=stance.stance).count() == stance.count


def test_the_report_filter_keeps_one_response_a_government():
    rows = responses(report=report("A/56/167").slug)
    assert rows.count() == len(set(rows.values_list("government", flat=True)))
    assert rows.count() == report_summary(report=report("A/56/167")).respondents


def test_topic_and_code_filters_count_as_the_summary_does():
    chosen = report("A/56/167")
    summary = report_summary(report=chosen)
    for topic in summary.topics:
        stance = topic.topic.counted_within
        listed = responses(report=chosen.slug, stance=stance, topic=topic.topic.slug)
        assert listed.count() == topic.commenting, topic.topic.slug
        for code in topic.codes:
            listed = responses(report=chosen.slug, stance=stance, code=str(code.code.pk))
            assert listed.count() == code.count, code.code.slug


@pytest.mark.parametrize("letter_number", [1, 2, 3])
def test_first_time_and_repeat_respondents_of_a_letter(letter_number):
    letter = Letter.objects.get(number=letter_number)
    latest = report_summary(report=Report.objects.order_by("issued_on").last())
    count = next(c for c in latest.letters if c.letter == letter)
    first_time = responses(letter=str(letter_number), respondent="new").count()
    repeat = responses(letter=str(letter_number), respondent="repeat").count()
    assert first_time + repeat == Response.objects.filter(letter=letter).count()
    if count.after_cutoff == 0:
        assert (first_time, repeat) == (count.first_time, count.repeat)


def test_recipients_of_a_letter_are_the_members_when_it_was_sent():
    letter = Letter.objects.order_by("sent_on").first()
    expected = Government.objects.members_on(letter.sent_on)
    assert set(governments(letter=str(letter.number))) == set(expected)


def test_the_search_finds_words_of_a_summary():
    response = Response.objects.exclude(summary="").order_by("pk").first()
    word = max(response.summary.split(), key=len)
    found = responses(q=word)
    assert response in found
    assert all(word.lower() in (r.summary + r.government.name).lower() for r in found)


def test_region_and_group_filters_match_the_response_rates():
    chosen = report("A/56/167")
    summary = report_summary(report=chosen)
    for rate in summary.by_region:
        assert governments(report=chosen.slug, replied="yes", region=rate.name).count() \
            == rate.respondents
    for rate in summary.by_development_group:
        listed = governments(report=chosen.slug, replied="yes", development_group=rate.name)
        assert listed.count() == rate.respondents


def test_a_report_that_does_not_exist_is_an_error_not_an_empty_filter():
    filterset = GovernmentFilter({"report": "A-0-0"}, queryset=Government.objects.all())
    assert not filterset.is_valid()
    assert "report" in filterset.errors


def test_the_non_respondent_filters_narrow_the_follow_up_list():
    chosen = report("A/56/167")
    base = Government.objects.non_respondents_of(chosen)
    europe = GovernmentFilterBase({"region": "Europe"}, queryset=base).qs
    assert 0 < europe.count() < base.count()
    assert set(europe) == set(base.filter(region="Europe"))


def test_letters_filter_by_year():
    first = Letter.objects.order_by("sent_on").first()
    listed = LetterFilter({"sent_to": first.sent_on.year}, queryset=Letter.objects.all()).qs
    assert list(listed) == list(Letter.objects.filter(sent_on__year__lte=first.sent_on.year))
