import datetime

import pytest
from django.core.exceptions import ValidationError

from organizations.models import Activity, Kind, Organization, Qualifier, format_span

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.mark.parametrize(
    ("start", "sp", "end", "ep", "qualifier", "expected"),
    [
        (D(2000, 10, 16), "day", D(2000, 10, 18), "day", "exact", "16 to 18 October 2000"),
        (D(2000, 10, 30), "day", D(2000, 11, 2), "day", "exact", "30 October to 2 November 2000"),
        (D(2000, 12, 30), "day", D(2001, 1, 2), "day", "exact",
         "30 December 2000 to 2 January 2001"),
        (D(2000, 6, 1), "month", D(2000, 7, 1), "month", "exact", "June to July 2000"),
        (D(2000, 3, 1), "month", None, "day", "exact", "March 2000"),
        (D(2000, 11, 15), "day", None, "day", "exact", "15 November 2000"),
        (D(2001, 1, 1), "year", None, "day", "exact", "2001"),
        (D(1996, 1, 1), "year", D(1998, 1, 1), "year", "exact", "1996 to 1998"),
        (None, "day", D(2001, 7, 1), "year", "by_mid_year", "by mid-2001"),
        (None, "day", D(2001, 5, 1), "month", "by", "by May 2001"),
        (D(1998, 1, 1), "year", None, "day", "since", "since 1998"),
        (D(1990, 12, 18), "day", None, "day", "since", "since 18 December 1990"),
        (D(1997, 1, 1), "year", D(2001, 1, 1), "year", "between", "between 1997 and 2001"),
        (None, "day", None, "day", "exact", ""),
    ],
)
def test_dates_print_at_their_precision(start, sp, end, ep, qualifier, expected):
    assert format_span(start, sp, end, ep, qualifier) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Expert Group Meeting on Policy Responses to Population Ageing and Population Decline",
         "16 to 18 October 2000"),
        ("Replacement Migration: Is it a Solution to Declining and Ageing Populations?",
         "March 2000"),
        ("Eight IMP regional meetings for migration capacity-building, practice-oriented "
         "training and cooperation", "by mid-2001"),
        ("International Migration Policy Programme (IMP)", "since 1998"),
        ("Return programmes of migrants with microcredits for small entrepreneurs",
         "between 1997 and 2001"),
    ],
)
def test_the_fixture_words_dates_as_the_report_does(title, expected):
    assert Activity.objects.get(title=title).when == expected


def activity(**fields):
    defaults = dict(
        organization=Organization.objects.get(slug="iom"), kind=Kind.MEETING, title="A meeting",
        paragraph=45,
    )
    return Activity(**{**defaults, **fields})


def errors_of(record) -> dict:
    with pytest.raises(ValidationError) as caught:
        record.full_clean()
    return caught.value.message_dict


def test_an_end_before_its_start_is_refused_on_the_end():
    errors = errors_of(activity(start=D(2000, 10, 18), end=D(2000, 10, 16)))
    assert errors == {"end": ["The end cannot be before the start."]}


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"start": D(2000, 3, 15), "start_precision": "month"}, "start", "1st of the month"),
        ({"start": D(2000, 3, 1), "start_precision": "year"}, "start", "1 January"),
        ({"start": D(2000, 1, 1), "start_precision": "year", "end": D(2001, 2, 1),
          "end_precision": "year"}, "end", "1 January"),
        ({"start": D(1998, 1, 1), "start_precision": "year", "end": D(2001, 1, 1),
          "end_precision": "year", "qualifier": Qualifier.SINCE}, "qualifier", "no end"),
        ({"qualifier": Qualifier.BY}, "end", "needs an end"),
        ({"end": D(2001, 1, 1), "end_precision": "year", "qualifier": Qualifier.BY_MID_YEAR},
         "end", "1 July"),
        ({"start": D(1997, 1, 1), "start_precision": "year", "qualifier": Qualifier.BETWEEN},
         "qualifier", "both"),
        ({"end": D(2001, 1, 1), "end_precision": "year"}, "start", "'by'"),
    ],
)
def test_precision_and_wording_are_checked_next_to_the_field(fields, field, words):
    errors = errors_of(activity(**fields))
    assert list(errors) == [field]
    assert words in errors[field][0]


def test_a_consistent_activity_passes():
    activity(start=D(2000, 3, 1), start_precision="month").full_clean()
    activity(end=D(2001, 7, 1), end_precision="year", qualifier=Qualifier.BY_MID_YEAR).full_clean()


def test_an_organization_cannot_belong_to_itself():
    iom = Organization.objects.get(slug="iom")
    iom.parent = iom
    assert "parent" in errors_of(iom)
