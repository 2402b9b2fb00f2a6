"""No lost updates through an import: a row whose record was saved after the file was exported,
or after the import's preview, is refused, naming the row, the record, who changed it and
when, and the whole import writes nothing (the admin's stale-save rule, core.versions)."""
import pytest
import tablib
from django.contrib.messages import get_messages
from import_export.forms import SelectableFieldsExportForm

from core.versions import version_of
from organizations.resources import ActivityResource, OrganizationResource
from surveys.models import Response
from surveys.resources import PermanentMissionResource, PolicyViewResource, ResponseResource
from tests.admin.conftest import admin_url
from tests.admin.test_history import save_through_admin
from tests.admin.test_import_export import CSV, invalid, upload

pytestmark = pytest.mark.django_db
RESOURCES = [ResponseResource, PolicyViewResource, PermanentMissionResource,
             OrganizationResource, ActivityResource]


@pytest.fixture
def two_replies():
    return list(Response.objects.select_related("government", "letter").order_by("pk")[:2])


def exported(client, replies, *row_changes, **changes) -> tablib.Dataset:
    """The admin's CSV export, cut to these replies (in this order), with these changes to
    every row and to each row in turn."""
    fields = {SelectableFieldsExportForm.create_boolean_field_name(ResponseResource, name): "on"
              for name in ResponseResource().get_export_order()}
    page = client.post(admin_url("response_export"), {"resource": "0", "format": CSV, **fields})
    everything = tablib.Dataset().load(page.content.decode("utf-8-sig"), format="csv")
    by_key = {(row["government"], row["letter"]): row for row in everything.dict}
    dataset = tablib.Dataset(headers=everything.headers)
    for reply, row_change in zip(replies, row_changes or [{}] * len(replies), strict=True):
        key = (reply.government.name, str(reply.letter.number))
        row = {**by_key[key], **changes, **row_change}
        dataset.append([row[header] for header in dataset.headers])
    return dataset


def preview(client, dataset):
    return upload(client, "response", dataset.export("csv").encode(), "replies.csv", CSV)


def confirm(client, page) -> str:
    done = client.post(admin_url("response_process_import"), page.context["confirm_form"].initial)
    assert done.status_code == 302
    return " ".join(str(m) for m in get_messages(done.wsgi_request))


def summaries(replies) -> list[str]:
    return [Response.objects.get(pk=reply.pk).summary for reply in replies]


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_import_s_export_gives_each_record_its_version(resource):
    dataset = resource().export()

    assert dataset.headers[-1] == "version"
    records = resource._meta.model.objects.all()
    assert sorted(dataset["version"]) == sorted(version_of(record) for record in records)


def test_an_export_older_than_a_colleague_s_edit_writes_nothing_and_names_the_row(
        editor_client, second_editor_client, two_replies):
    first, second = two_replies
    old = exported(editor_client, two_replies, summary="Written over an old export")
    save_through_admin(second_editor_client, second, summary="The colleague's words")

    page = preview(editor_client, old)

    assert "confirm_form" not in page.context
    errors = invalid(page.context["result"])
    assert list(errors) == [2]  # the second row of the file; the first is still current
    message = page.context["result"].invalid_rows[0].non_field_specific_errors[0]
    assert message.startswith(f"“{second}” was changed by second_editor on ")
    assert message.endswith(", after this file was exported. Export again and make your "
                            "changes in the new file.")
    assert summaries(two_replies) == [first.summary, "The colleague's words"]


def test_a_current_export_imports_its_changes(editor_client, two_replies):
    page = preview(editor_client, exported(editor_client, two_replies, summary="New words"))

    assert "Imported and saved: 0 new records, 2 changed." in confirm(editor_client, page)
    assert summaries(two_replies) == ["New words", "New words"]


@pytest.mark.parametrize("with_versions", [True, False], ids=["export", "hand-made file"])
def test_a_change_saved_between_preview_and_confirmation_writes_nothing_and_names_the_row(
        editor_client, second_editor_client, two_replies, with_versions):
    """A file without the version column (written by hand) is taken as its preview showed
    it: the preview is what the editor checked."""
    first, second = two_replies
    dataset = exported(editor_client, two_replies, summary="Checked in the preview")
    if not with_versions:
        del dataset["version"]
    page = preview(editor_client, dataset)
    assert "confirm_form" in page.context
    save_through_admin(second_editor_client, second, summary="The colleague's words")

    text = confirm(editor_client, page)

    assert text.startswith("Nothing was imported")
    assert f"Row 2: “{second}” was changed by second_editor on " in text
    assert "after the preview of this import" in text
    assert summaries(two_replies) == [first.summary, "The colleague's words"]


def test_a_row_without_a_version_for_an_existing_record_is_refused(editor_client, two_replies):
    """In a file with versions, a row without one cannot tell whether it is current."""
    dataset = exported(editor_client, two_replies, {}, {"version": ""}, summary="Which is newer?")

    page = preview(editor_client, dataset)

    assert "confirm_form" not in page.context
    assert list(invalid(page.context["result"])) == [2]
    assert "This row gives no version, but “" in page.content.decode()
    assert summaries(two_replies) == [reply.summary for reply in two_replies]
