"""Every survey admin page renders with all its columns in a fixed number of queries."""
import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from surveys.models import FollowUp, Government, Letter

pytestmark = pytest.mark.django_db
SURVEY_MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label == "surveys"),
    key=lambda model: model._meta.model_name,
)


@pytest.fixture(autouse=True)
def a_contact(editor):
    """The demo data log no contact (who made it would be made up): one, to list and open."""
    letter = Letter.objects.get(number=3)
    FollowUp.objects.create(
        government=Government.objects.recipients_of(letter).first(), letter=letter,
        contacted_on=letter.sent_on + datetime.timedelta(days=60), kind="telephone",
        officer=editor, outcome="Promised a reply.", next_action="Call again")


@pytest.mark.parametrize("model", SURVEY_MODELS, ids=lambda model: model._meta.model_name)
def test_each_list_shows_its_columns_in_a_fixed_number_of_queries(
    editor_client, model, django_assert_max_num_queries
):
    model_admin = admin.site._registry[model]
    with django_assert_max_num_queries(14):
        page = editor_client.get(reverse(f"admin:surveys_{model._meta.model_name}_changelist"))

    assert page.status_code == 200
    # after the action checkbox, which records an Editor only reads have not
    headers = [h for h in page.context["cl"].list_display if h != "action_checkbox"]
    assert headers == list(model_admin.list_display)
    assert page.context["cl"].result_count == model.objects.count() > 0


@pytest.mark.parametrize("model", SURVEY_MODELS, ids=lambda model: model._meta.model_name)
def test_each_record_opens_with_its_inlines_in_a_fixed_number_of_queries(
    editor_client, model, django_assert_max_num_queries
):
    record = model.objects.order_by("pk").last()
    with django_assert_max_num_queries(18):
        page = editor_client.get(
            reverse(f"admin:surveys_{model._meta.model_name}_change", args=[record.pk])
        )

    assert page.status_code == 200
    assert page.context["original"] == record
