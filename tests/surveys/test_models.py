"""Validation rules of the survey records, each with its plain message."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from core.dates import DatePrecision, format_date
from surveys.models import Government, Letter, Report, Response, Stance

pytestmark = pytest.mark.django_db


def reply(**fields):
    defaults = {"government": Government.objects.get(iso3="KIR"),
                "letter": Letter.objects.get(number=3),
                "received_on": datetime.date(1999, 5, 1), "stance": Stance.IN_FAVOUR}
    return Response(**{**defaults, **fields})


def errors_of(response):
    with pytest.raises(ValidationError) as caught:
        response.full_clean()
    return caught.value.message_dict


def test_a_reply_received_before_the_letter_was_sent_is_rejected():
    errors = errors_of(reply(government=Government.objects.get(iso3="FRA"),
                             received_on=datetime.date(1999, 2, 1)))
    assert errors["received_on"] == [
        "The reply cannot have been received before the letter was sent (March 1999)."]


def test_a_reply_in_the_future_is_rejected():
    errors = errors_of(reply(government=Government.objects.get(iso3="FRA"),
                             received_on=datetime.date.today() + datetime.timedelta(days=1)))
    assert errors["received_on"] == ["The date received cannot be in the future."]


def test_a_government_that_was_not_a_member_did_not_receive_the_letter():
    errors = errors_of(reply())  # Kiribati: admitted 14 September 1999
    assert "Kiribati was not a Member of the United Nations when the letter was sent" in (
        errors["government"][0])


def test_one_response_per_government_per_letter():
    existing = Response.objects.first()
    errors = errors_of(reply(government=existing.government, letter=existing.letter,
                             received_on=existing.received_on))
    assert errors["__all__"] == ["This Government already has a response to this letter."]


def test_a_valid_reply_passes():
    member = (Government.objects.members_on(datetime.date(1999, 3, 1))
              .exclude(responses__letter__number=3).first())
    reply(government=member).full_clean()


@pytest.mark.parametrize("precision, text", [
    (DatePrecision.DAY, "3 July 2001"), (DatePrecision.MONTH, "July 2001"),
    (DatePrecision.YEAR, "2001"),
])
def test_dates_print_at_their_precision(precision, text):
    assert format_date(datetime.date(2001, 7, 3), precision) == text


def test_the_former_yugoslavia_seat_stops_counting():
    yugoslavia = Government.objects.get(iso3="YUG")
    assert yugoslavia.is_member_on(datetime.date(1999, 12, 31))
    assert not yugoslavia.is_member_on(datetime.date(2000, 11, 1))


def test_a_report_s_address_is_filled_from_its_symbol_and_stored():
    existing = Report.objects.get(symbol="A/56/167")
    report = Report(symbol="A/58/98", title="A later report", issued_on=datetime.date(2003, 6, 1),
                    mandate=existing.mandate, cutoff_on=datetime.date(2003, 3, 31),
                    denominator=191, denominator_on=datetime.date(2003, 3, 31), paragraph=1)
    report.save()
    assert Report.objects.get(pk=report.pk).slug == "A-58-98"
    assert report.get_absolute_url() == "/reports/A-58-98/"


def test_two_reports_cannot_share_an_address():
    existing = Report.objects.get(symbol="A/56/167")
    twin = Report(symbol="A-56-167", slug="A-56-167", title="t", issued_on=existing.issued_on,
                  mandate=existing.mandate, cutoff_on=existing.cutoff_on, denominator=1,
                  denominator_on=existing.denominator_on, paragraph=1)
    with pytest.raises(ValidationError) as caught:
        twin.full_clean()
    assert "slug" in caught.value.message_dict
