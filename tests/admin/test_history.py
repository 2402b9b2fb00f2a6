"""Audit history: who changed what and when, field by field, with revert; bulk changes too."""
import pytest
import tablib

from surveys.models import PolicyView, Response
from surveys.resources import PolicyViewResource
from tests.admin.conftest import admin_url, change_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def reply():
    return Response.objects.filter(stance="in_favour").first()


def save_through_admin(client, response, **changes):
    page = client.get(admin_url("response_change", response.pk))
    seen = page.context["adminform"].form["seen_version"].value()
    return client.post(admin_url("response_change", response.pk),
                       change_data(response, seen_version=seen, **changes))


def test_each_change_is_recorded_with_its_author_and_shown_field_by_field(editor_client, editor,
                                                                          reply):
    before = reply.history.count()
    save_through_admin(editor_client, reply, summary="Changed words", source="Mission letter")

    latest = reply.history.first()
    assert reply.history.count() > before
    assert latest.history_user == editor
    page = editor_client.get(admin_url("response_history", reply.pk))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<strong>Summary:</strong>" in html and "Changed words" in html
    assert "<strong>Source:</strong>" in html and "Mission letter" in html


def test_a_revert_restores_the_earlier_values(editor_client, reply):
    original = reply.history.first()
    save_through_admin(editor_client, reply, stance="reservations", codes=[], summary="Wrong")
    reply.refresh_from_db()
    assert reply.stance == "reservations"

    url = admin_url("response_simple_history", reply.pk, original.pk)
    page = editor_client.get(url)
    assert page.status_code == 200
    seen = page.context["adminform"].form["seen_version"].value()
    codes = [row.code_id for row in original.codes.all()]
    restored = editor_client.post(url, change_data(original.instance, seen_version=seen,
                                                   codes=codes))

    assert restored.status_code == 302
    reply.refresh_from_db()
    assert (reply.stance, reply.summary) == (original.stance, original.summary)
    assert codes and set(reply.codes.values_list("pk", flat=True)) == set(codes)


def test_a_bulk_delete_records_a_history_row_for_each_record(editor_client, editor):
    views = list(PolicyView.objects.order_by("pk")[:3])
    page = editor_client.post(admin_url("policyview_changelist"), {
        "action": "delete_selected", "post": "yes",
        "_selected_action": [view.pk for view in views],
    })

    assert page.status_code == 302
    deleted = PolicyView.history.filter(id__in=[v.pk for v in views], history_type="-")
    assert deleted.count() == 3
    assert {row.history_user for row in deleted} == {editor}


def test_an_import_records_who_imported_and_from_which_file(editor):
    view = PolicyView.objects.select_related("government").first()
    dataset = tablib.Dataset(headers=["government", "year", "flow", "policy"])
    dataset.append([view.government.name, view.year, view.flow, "no_intervention"])

    PolicyViewResource().import_data(dataset, user=editor, file_name="views.csv")

    latest = view.history.first()
    assert (latest.policy, latest.history_user) == ("no_intervention", editor)
    assert latest.history_change_reason == "Imported from views.csv"


def test_a_deleted_record_can_be_brought_back_from_its_history(editor_client):
    view = PolicyView.objects.order_by("pk").first()
    pk, policy = view.pk, view.policy
    view.delete()
    version = PolicyView.history.filter(id=pk).exclude(history_type="-").first()
    url = admin_url("policyview_simple_history", pk, version.pk)
    form = editor_client.get(url).context["adminform"].form

    page = editor_client.post(url, {
        "government": version.government_id, "year": version.year, "flow": version.flow,
        "policy": version.policy, "source": version.source,
        "seen_version": form["seen_version"].value(),
    })

    assert page.status_code == 302
    assert PolicyView.objects.get(pk=pk).policy == policy
