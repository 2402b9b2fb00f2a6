"""Import and export of responses and policy views: dry run, named errors, all or nothing."""
import io

import openpyxl
import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from import_export.forms import SelectableFieldsExportForm

from surveys.models import PolicyView, Response
from surveys.resources import PolicyViewResource, ResponseResource
from tests.admin.conftest import admin_url

pytestmark = pytest.mark.django_db
HEADERS = ["government", "letter", "received_on", "stance", "codes", "summary"]
CSV, XLSX = "0", "1"


def replies(silent, *overrides) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=HEADERS)
    for government, override in zip(silent, overrides, strict=False):
        row = {"government": government.name, "letter": "3", "received_on": "1999-06-01",
               "stance": "in_favour", "codes": "technical-analytical, dialogue",
               "summary": "Imported reply.", **override}
        dataset.append([row[header] for header in HEADERS])
    return dataset


def invalid(result) -> dict:
    return {row.number: row.field_specific_errors for row in result.invalid_rows}


def test_one_bad_row_among_good_ones_writes_nothing_and_names_the_row_and_field(silent):
    before = Response.objects.count()
    dataset = replies(silent, {}, {"received_on": "1 June"}, {})

    result = ResponseResource().import_data(dataset, dry_run=False)

    assert list(invalid(result)) == [2]
    assert "write it as YYYY-MM-DD" in invalid(result)[2]["received_on"][0]
    assert Response.objects.count() == before


def test_a_government_name_that_does_not_match_is_reported_with_the_closest_names(silent):
    result = ResponseResource().import_data(
        replies(silent, {"government": "Brasil"}), dry_run=True
    )

    message = invalid(result)[1]["government"][0]
    assert message.startswith("No Government is named “Brasil”. Closest names: Brazil")


def test_a_government_may_be_named_in_french_or_by_its_iso_code(silent):
    first, second = silent[:2]
    dataset = replies(silent, {"government": first.name_fr or first.iso3},
                      {"government": second.iso3.lower(), "letter": "1999-03"})

    result = ResponseResource().import_data(dataset, dry_run=False)

    assert not result.has_validation_errors() and not result.has_errors()
    assert Response.objects.filter(government__in=[first, second], letter__number=3).count() == 2


@pytest.mark.parametrize("override, field, words", [
    ({"letter": "4"}, "letter", "The letters are: 1 (1995-02), 2 (1997-04), 3 (1999-03)"),
    ({"stance": "maybe"}, "stance", "“maybe” is not one of: in_favour, reservations"),
    ({"codes": "technical-analytical, nonsense"}, "codes", "Unknown or ambiguous codes: nonsense"),
    ({"codes": "already-discussed"}, "codes", "“Reasons for reservations”"),
    ({"received_on": "1999-01-15"}, "received_on", "before the letter was sent (March 1999)"),
    ({"government": ""}, "government", "Name the Government."),
])
def test_each_bad_value_is_named_with_its_field(silent, override, field, words):
    result = ResponseResource().import_data(replies(silent, override), dry_run=True)

    assert words in " ".join(invalid(result)[1][field])


def test_a_file_that_gives_the_same_reply_twice_names_the_first_row(silent):
    dataset = replies(silent, {}, {"government": silent[0].name})

    result = ResponseResource().import_data(dataset, dry_run=False)

    assert invalid(result)[2]["letter"] == [
        "Row 1 already gives this Government's response to this letter."
    ]
    assert not Response.objects.filter(government=silent[0], letter__number=3).exists()


def upload(client, model, content: bytes, name: str, fmt: str):
    return client.post(admin_url(f"{model}_import"), {
        "resource": "0", "format": fmt,
        "import_file": SimpleUploadedFile(name, content),
    })


def test_the_admin_dry_run_shows_what_would_change_then_the_confirmation_writes_it(
    editor_client, editor, silent
):
    csv = replies(silent, {}, {}).export("csv").encode()

    preview = upload(editor_client, "response", csv, "replies.csv", CSV)

    assert preview.status_code == 200
    assert [row.import_type for row in preview.context["result"].valid_rows()] == ["new", "new"]
    assert "Imported reply." in preview.content.decode()
    assert not Response.objects.filter(government__in=silent[:2], letter__number=3).exists()
    confirm = preview.context["confirm_form"].initial
    done = editor_client.post(admin_url("response_process_import"), confirm)
    assert done.status_code == 302
    imported = Response.objects.filter(government__in=silent[:2], letter__number=3)
    assert imported.count() == 2
    assert {r.history.first().history_user for r in imported} == {editor}


def test_the_admin_import_with_a_bad_row_offers_no_confirmation_and_names_the_row(
    editor_client, silent
):
    csv = replies(silent, {}, {"government": "Brasil"}, {}).export("csv").encode()

    page = upload(editor_client, "response", csv, "replies.csv", CSV)

    html = page.content.decode()
    assert "confirm_form" not in page.context
    assert "Closest names: Brazil" in html
    assert list(invalid(page.context["result"])) == [2]


def test_policy_views_import_from_xlsx(editor_client):
    view = PolicyView.objects.select_related("government").first()
    book = openpyxl.Workbook()
    book.active.append(["government", "year", "flow", "policy"])
    book.active.append([view.government.name, view.year, view.flow, "Raise"])
    content = io.BytesIO()
    book.save(content)

    preview = upload(editor_client, "policyview", content.getvalue(), "views.xlsx", XLSX)
    editor_client.post(admin_url("policyview_process_import"),
                       preview.context["confirm_form"].initial)

    view.refresh_from_db()
    assert view.policy == "raise"


def export_fields(resource) -> dict:
    return {SelectableFieldsExportForm.create_boolean_field_name(resource, name): "on"
            for name in resource().get_export_order()}


@pytest.mark.parametrize("fmt", [CSV, XLSX])
def test_responses_export_in_csv_and_xlsx(editor_client, fmt):
    page = editor_client.post(admin_url("response_export"),
                              {"resource": "0", "format": fmt, **export_fields(ResponseResource)})

    assert page.status_code == 200
    content = page.content.decode("utf-8-sig") if fmt == CSV else page.content
    dataset = tablib.Dataset().load(content, format="csv" if fmt == CSV else "xlsx")
    assert len(dataset) == Response.objects.count()
    assert dataset.headers[:4] == ["government", "letter", "received_on", "stance"]


def test_an_exported_file_imports_again_without_error_or_change():
    dataset = ResponseResource().export()
    before = {r.pk: (r.stance, r.summary) for r in Response.objects.all()}

    result = ResponseResource().import_data(dataset, dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    assert {r.pk: (r.stance, r.summary) for r in Response.objects.all()} == before
    assert len(PolicyViewResource().export()) == PolicyView.objects.count()
