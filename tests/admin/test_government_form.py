"""Changing a Government's membership dates: an error that the replies contradict is shown
next to the date, not as a bare "Please correct the errors below"."""
import re

import pytest
from django.urls import reverse

from surveys.models import Government

pytestmark = pytest.mark.django_db


def change_form_data(page) -> dict:
    data = {}
    for bound in page.context["adminform"].form:
        value = bound.value()
        data[bound.html_name] = "" if value is None else value
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for form in formset.forms:
            for bound in form:
                value = bound.value()
                data[bound.html_name] = "" if value is None else value
    return data


def test_an_admission_date_after_a_reply_s_letter_is_refused_next_to_the_date(editor_client):
    government = Government.objects.filter(responses__letter__number=1).first()
    url = reverse("admin:surveys_government_change", args=[government.pk])
    data = {**change_form_data(editor_client.get(url)), "admitted_on": "2000-06-01"}
    page = editor_client.post(url, data)
    assert page.status_code == 200
    errors = page.context["adminform"].form.errors
    assert "admitted_on" in errors, errors
    assert "replied to the letter of February 1995" in errors["admitted_on"][0]
    html = page.content.decode()
    assert re.search(r'errorlist[^>]*id="id_admitted_on_error"', html)
    government.refresh_from_db()
    assert str(government.admitted_on) != "2000-06-01"
