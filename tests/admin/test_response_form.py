"""Recording a reply in one form: every validation rule, through the admin."""
import datetime
import re

import pytest
from django.utils import timezone

from surveys.models import Code, Government, Response, Topic
from tests.admin.conftest import admin_url, codes_of, reply_data

pytestmark = pytest.mark.django_db
ADD = admin_url("response_add")


def test_an_editor_records_a_reply_with_its_codes(editor_client, editor, silent_government,
                                                  third_letter):
    page = editor_client.post(ADD, reply_data(silent_government, third_letter))

    assert page.status_code == 302
    response = Response.objects.get(government=silent_government, letter=third_letter)
    assert set(response.codes.values_list("slug", flat=True)) == {"technical-analytical",
                                                                  "political"}
    assert response.history.first().history_user == editor


def test_the_form_groups_the_codes_by_topic_in_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        page = editor_client.get(ADD)

    html = page.content.decode()
    assert page.status_code == 200
    for topic in Topic.objects.all():
        assert f"<legend>{topic.name} — counted among Governments " in html
    assert html.count('type="checkbox" name="codes"') == Code.objects.count()
    assert 'class="admin-autocomplete' in html  # the Government is chosen by typing


def errors_of(page) -> dict:
    return page.context["adminform"].form.errors


def test_a_reply_received_before_the_letter_was_sent_is_refused_and_what_was_typed_is_kept(
    editor_client, silent_government, third_letter
):
    early = (third_letter.sent_on - datetime.timedelta(days=1)).isoformat()
    data = reply_data(silent_government, third_letter, received_on=early, summary="Kept text")

    page = editor_client.post(ADD, data)

    assert page.status_code == 200
    assert "before the letter was sent (March 1999)" in errors_of(page)["received_on"][0]
    assert "Kept text" in page.content.decode()
    assert f'value="{early}"' in page.content.decode()
    assert not Response.objects.filter(government=silent_government, letter=third_letter).exists()


def test_a_reply_received_in_the_future_is_refused(editor_client, silent_government,
                                                   third_letter):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    page = editor_client.post(ADD, reply_data(silent_government, third_letter,
                                              received_on=tomorrow))

    assert errors_of(page)["received_on"] == ["The date received cannot be in the future."]


def test_a_government_that_was_not_a_member_when_the_letter_was_sent_is_refused(
    editor_client, third_letter
):
    newcomer = Government.objects.filter(admitted_on__gt=third_letter.sent_on).first()
    page = editor_client.post(ADD, reply_data(newcomer, third_letter))

    assert "was not a Member of the United Nations" in errors_of(page)["government"][0]
    assert not newcomer.responses.exists()


def test_a_second_reply_to_the_same_letter_is_a_form_error_next_to_the_letter(editor_client):
    existing = Response.objects.select_related("government", "letter").first()
    data = reply_data(existing.government, existing.letter)

    page = editor_client.post(ADD, data)

    assert page.status_code == 200
    message = errors_of(page)["letter"][0]
    assert message.startswith("This Government already has a response to this letter.")
    assert not errors_of(page).get("__all__")
    assert Response.objects.filter(government=existing.government,
                                   letter=existing.letter).count() == 1


def test_codes_counted_within_another_stance_are_refused(editor_client, silent_government,
                                                         third_letter):
    reservation_code = codes_of("reservations")[0]
    data = reply_data(silent_government, third_letter,
                      codes=[codes_of("nature")[0].pk, reservation_code.pk])

    page = editor_client.post(ADD, data)

    message = errors_of(page)["codes"][0]
    assert "“Reasons for reservations”" in message and "“In favour”" in message
    assert "Nature of the conference" not in message
    html = page.content.decode()
    assert re.search(rf'value="{reservation_code.pk}" id="[^"]+" checked', html)


def test_a_reply_with_reservations_takes_the_codes_of_its_own_topic(
    editor_client, silent_government, third_letter
):
    data = reply_data(silent_government, third_letter, stance="reservations",
                      codes=[code.pk for code in codes_of("reservations")])

    assert editor_client.post(ADD, data).status_code == 302


@pytest.mark.parametrize("missing", ["government", "letter", "received_on", "stance"])
def test_every_required_field_is_named_when_left_empty(editor_client, silent_government,
                                                       third_letter, missing):
    data = reply_data(silent_government, third_letter)
    del data[missing]

    page = editor_client.post(ADD, data)

    assert errors_of(page)[missing] == ["This field is required."]
