"""No exported cell can run as a formula, and what is exported imports back exactly."""
import csv
import io

import django_tables2 as tables
import openpyxl
import pytest
import tablib
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from core.exports import FORMULA_STARTS, QUOTE, neutralise, restore
from core.fields import LONG_TEXT_LIMIT
from core.tables import BaseTable, ExportCell
from surveys.models import Response
from surveys.resources import ResponseResource
from surveys.tables import ResponseTable
from tests.admin.conftest import admin_url

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://x.example/","y")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
    "'=already quoted", "=cmd|' /C calc'!A0",
]
CSV_FORMAT, XLSX_FORMAT = "0", "1"


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    assert restore(neutralise(text)) == text


@given(st.text(min_size=1))
def test_a_neutralised_cell_never_starts_a_formula(text):
    assert not str(neutralise(text)).startswith(FORMULA_STARTS)


def test_numbers_and_plain_text_are_left_as_they_are():
    assert neutralise(-5) == -5 and neutralise("Plain words") == "Plain words"


@pytest.fixture
def hostile_replies():
    replies = list(Response.objects.order_by("pk")[:len(HOSTILE)])
    for reply, text in zip(replies, HOSTILE, strict=True):
        Response.objects.filter(pk=reply.pk).update(summary=text)
    return replies


def summaries_in_csv(content: bytes) -> list[str]:
    rows = csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
    return [row["Summary"] for row in rows]


def test_the_table_s_csv_export_cannot_run_a_formula(viewer_client, hostile_replies):
    url = reverse("surveys:response_list") + "?_export=csv"
    exported = summaries_in_csv(b"".join(viewer_client.get(url).streaming_content))
    for text in HOSTILE:
        assert QUOTE + text in exported
    assert not any(cell.startswith(FORMULA_STARTS) for cell in exported)


def test_the_table_s_xlsx_export_holds_text_not_formulas(viewer_client, hostile_replies):
    url = reverse("surveys:response_list") + "?_export=xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(viewer_client.get(url).content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    assert all(not str(cell.value).startswith(FORMULA_STARTS) for cell in cells
               if cell.value is not None)


def admin_export(client, fmt: str) -> tablib.Dataset:
    from import_export.forms import SelectableFieldsExportForm

    fields = {SelectableFieldsExportForm.create_boolean_field_name(ResponseResource, name): "on"
              for name in ResponseResource().get_export_order()}
    page = client.post(admin_url("response_export"), {"resource": "0", "format": fmt, **fields})
    content = page.getvalue().decode("utf-8-sig") if fmt == CSV_FORMAT else page.content
    return tablib.Dataset().load(content, format="csv" if fmt == CSV_FORMAT else "xlsx")


@pytest.mark.parametrize("fmt", [CSV_FORMAT, XLSX_FORMAT])
def test_the_admin_export_cannot_run_a_formula_and_imports_back_exactly(
    editor_client, hostile_replies, fmt
):
    dataset = admin_export(editor_client, fmt)
    summaries = dataset["summary"]
    assert not any(str(cell).startswith(FORMULA_STARTS) for cell in summaries)
    # Both formats keep every character, a carriage return included (openpyxl writes it as
    # _x000D_ through lxml, which python-docx requires).
    before = {r.pk: r.summary for r in Response.objects.all()}
    result = ResponseResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert {r.pk: r.summary for r in Response.objects.all()} == before


def test_text_longer_than_the_limit_is_refused_at_entry_in_plain_words():
    reply = Response.objects.order_by("pk").first()
    reply.summary = "x" * (LONG_TEXT_LIMIT + 1)
    with pytest.raises(ValidationError) as caught:
        reply.full_clean()
    assert "10000 characters at most" in caught.value.message_dict["summary"][0]


def test_text_at_the_limit_round_trips_through_xlsx_whole(editor_client):
    reply = Response.objects.order_by("pk").first()
    text = "=" + "y" * (LONG_TEXT_LIMIT - 1)
    Response.objects.filter(pk=reply.pk).update(summary=text)
    dataset = admin_export(editor_client, XLSX_FORMAT)
    ResponseResource().import_data(dataset, dry_run=False)
    reply.refresh_from_db()
    assert reply.summary == text


def test_the_csv_export_streams_and_holds_exactly_the_table_s_rows(viewer_client):
    """Streamed row by row from chunked reads; the same rows as the table, in its order."""
    url = reverse("surveys:response_list")
    answer = viewer_client.get(url, {"_export": "csv", "sort": "-received_on"})
    assert answer.streaming and answer["Content-Type"].startswith("text/csv")
    assert answer["Content-Disposition"].startswith('attachment; filename="responses-')
    chunks = list(answer.streaming_content)
    assert len(chunks) > 2  # a line at a time, not one body built before the first byte
    exported = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8"))))
    # the page shows every column too (the export holds those the page hides by default)
    every = [column.name for column in ResponseTable([]).columns]
    viewer_client.post(reverse("table_columns"),
                       {"table": "ResponseTable", "offered": every, "show": every})
    page = viewer_client.get(url, {"sort": "-received_on", "per_page": 100})
    table = page.context["table"]
    expected = list(table.as_values())
    assert exported == [["" if cell is None else str(cell) for cell in row] for row in expected]
    assert len(exported) - 1 == table.paginator.count


def test_the_xlsx_export_is_the_same_rows_as_the_csv(viewer_client):
    url = reverse("surveys:response_list")
    as_csv = list(csv.reader(io.StringIO(b"".join(
        viewer_client.get(url, {"_export": "csv"}).streaming_content).decode("utf-8"))))
    sheet = openpyxl.load_workbook(io.BytesIO(
        viewer_client.get(url, {"_export": "xlsx"}).content)).active
    as_xlsx = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(
        values_only=True)]
    assert as_xlsx == as_csv
    assert sheet["A1"].font.bold


# The exports' cells: core.tables.ExportCell against django-tables2's own way, cell by cell --

EXPORTED_TABLES = [
    "/governments/", "/governments/?report=A-56-167&replied=no", "/responses/", "/letters/",
    "/reports/A-56-167/non-respondents/", "/follow-up/",
    "/rounds/compare/?first=letter-3&second=letter-4", "/organizations/activities/",
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("address", EXPORTED_TABLES)
def test_every_export_holds_what_django_tables2_gives_cell_by_cell(
        viewer_client, monkeypatch, address, language):
    """The same bytes when every cell goes django-tables2's way (BoundRow.get_cell_value)."""
    def export() -> bytes:
        answer = viewer_client.get(address, {"_export": "csv"}, HTTP_ACCEPT_LANGUAGE=language)
        assert answer.status_code == 200 and answer.streaming, address
        return b"".join(answer.streaming_content)

    ours = export()
    monkeypatch.setattr(ExportCell, "value", lambda cell, row: row.get_cell_value(cell.name))
    assert ours == export()
    assert ours.count(b"\n") > 1, "rows to compare"


class EdgeCaseTable(BaseTable):
    """Accessors through a relation to a field with choices, to a plain value, to a related
    record, to a method, to nothing at all, and a table's own value_ method."""

    region = tables.Column(accessor="government__region")
    letter = tables.Column()
    number = tables.Column(accessor="letter__number")
    stance = tables.Column()
    government_name = tables.Column(accessor="government__reader_name")
    missing = tables.Column(accessor="government__no_such_field", default="-")
    summary = tables.Column()

    def value_summary(self, value, record):
        return f"{record.pk}: {value[:10]}"


def test_an_export_cell_gives_what_django_tables2_gives_at_the_edges():
    records = list(Response.objects.select_related("government", "letter").order_by("pk"))
    table = EdgeCaseTable(records)
    theirs = [[neutralise(cell) for cell in row] for row in tables.Table.as_values(table)]
    assert list(EdgeCaseTable(records).as_values()) == theirs
    assert "Africa" in {row[0] for row in theirs[1:]}, "the regions' labels, not their codes"
