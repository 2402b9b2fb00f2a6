"""The rules of a valid response (surveys/validation.py) give the same error, with the same code,
through the model, the admin form and the import."""
import datetime

import pytest
import tablib
from django.core.exceptions import ValidationError

from surveys import validation
from surveys.forms import ResponseForm
from surveys.models import Code, Government, Letter, Response, Stance
from surveys.resources import ResponseResource

pytestmark = pytest.mark.django_db

HEADERS = ["government", "letter", "received_on", "stance", "codes"]


@pytest.fixture
def letter():
    return Letter.objects.get(number=3)


@pytest.fixture
def silent(letter):
    """A Member when the letter was sent that never replied to it."""
    return (Government.objects.recipients_of(letter).exclude(responses__letter=letter)
            .order_by("name").first())


def late_member(letter) -> Government:
    return Government.objects.filter(admitted_on__gt=letter.sent_on).order_by("name").first()


# (what is wrong, the field it is reported against, the code) -> the values that break it
CASES = {
    "received_before_letter": ("received_on", lambda g, letter: {
        "received_on": letter.sent_on - datetime.timedelta(days=1)}),
    "received_in_future": ("received_on", lambda g, letter: {
        "received_on": datetime.date.today() + datetime.timedelta(days=1)}),
    "not_a_recipient": ("government", lambda g, letter: {"government": late_member(letter)}),
    "code_outside_stance": ("codes", lambda g, letter: {"stance": Stance.RESERVATIONS}),
    "duplicate_response": ("letter", lambda g, letter: {
        "government": Response.objects.filter(letter=letter).first().government}),
}


def values(silent, letter, code: str) -> dict:
    base = {"government": silent, "letter": letter,
            "received_on": letter.sent_on + datetime.timedelta(days=30),
            "stance": Stance.IN_FAVOUR,
            "codes": list(Code.objects.filter(topic__slug="nature"))}
    return {**base, **CASES[code][1](silent, letter)}


def model_errors(fields: dict) -> list[ValidationError]:
    response = Response(**{k: v for k, v in fields.items() if k != "codes"})
    errors = []
    for rule in (lambda: validation.validate_response(response),
                 lambda: validation.validate_codes(fields["stance"], fields["codes"]),
                 lambda: validation.validate_not_duplicate(fields["government"],
                                                           fields["letter"])):
        try:
            rule()
        except ValidationError as error:
            errors += error.error_list if not hasattr(error, "error_dict") else [
                e for field_errors in error.error_dict.values() for e in field_errors]
    return errors


@pytest.mark.parametrize("code", CASES)
def test_each_rule_raises_its_own_code(silent, letter, code):
    assert [e.code for e in model_errors(values(silent, letter, code))] == [code]


@pytest.mark.parametrize("code", CASES)
def test_the_admin_form_reports_the_rule_next_to_its_field(silent, letter, code):
    fields = values(silent, letter, code)
    form = ResponseForm(data={
        "government": fields["government"].pk, "letter": fields["letter"].pk,
        "received_on": fields["received_on"].isoformat(), "stance": fields["stance"],
        "codes": [c.pk for c in fields["codes"]],
    })
    assert not form.is_valid()
    field = CASES[code][0]
    assert [e.code for e in form.errors.as_data()[field]] == [code]
    expected = model_errors(fields)[0]
    assert form.errors[field] == expected.messages


@pytest.mark.parametrize("code", ["received_before_letter", "not_a_recipient",
                                  "code_outside_stance"])
def test_the_import_reports_the_same_message_and_writes_nothing(silent, letter, code):
    fields = values(silent, letter, code)
    dataset = tablib.Dataset(headers=HEADERS)
    dataset.append([fields["government"].name, str(letter.number),
                    fields["received_on"].isoformat(), fields["stance"],
                    ", ".join(c.slug for c in fields["codes"])])
    before = Response.objects.count()
    result = ResponseResource().import_data(dataset, dry_run=False)
    assert Response.objects.count() == before
    errors = {field: messages for row in result.invalid_rows
              for field, messages in row.field_specific_errors.items()}
    assert errors[CASES[code][0]] == model_errors(fields)[0].messages


def test_a_valid_reply_passes_every_rule(silent, letter):
    fields = values(silent, letter, "received_in_future")
    fields["received_on"] = letter.sent_on + datetime.timedelta(days=30)
    assert model_errors(fields) == []
