"""Every survey admin page renders with all its columns in a fixed number of queries."""
import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db
SURVEY_MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label == "surveys"),
    key=lambda model: model._meta.model_name,
)


@pytest.mark.parametrize("model", SURVEY_MODELS, ids=lambda model: model._meta.model_name)
def test_each_list_shows_its_columns_in_a_fixed_number_of_queries(
    editor_client, model, django_assert_max_num_queries
):
    model_admin = admin.site._registry[model]
    with django_assert_max_num_queries(14):
        page = editor_client.get(reverse(f"admin:surveys_{model._meta.model_name}_changelist"))

    assert page.status_code == 200
    headers = page.context["cl"].list_display
    assert list(headers)[1:] == list(model_admin.list_display)  # after the action checkbox
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
