"""Spreadsheet exports that cannot run code, and imports that read them back exactly and
within limits (``core.uploads``).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet program (OWASP, "CSV Injection"); every export of the project (the tables'
CSV/XLSX and the admin's) prefixes such a cell with an apostrophe, which makes it text. A cell
that already starts with an apostrophe gets one more, so that the import, which removes one
leading apostrophe, gives back exactly what was exported.

Settings import this module (IMPORT_EXPORT_FORMATS): it imports no model.
"""
from django.utils import translation
from import_export.formats.base_formats import CSV, XLSX

from core.uploads import read_csv, read_xlsx

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(value):
    """The cell as exported: text that a spreadsheet would run is made plain text."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def restore(value):
    """The cell as imported: the apostrophe ``neutralise`` added is taken off again."""
    if isinstance(value, str) and value.startswith(QUOTE):
        return value[1:]
    return value


def neutralise_dataset(dataset) -> None:
    """Neutralise every cell of a tablib Dataset, in place."""
    rows = [[neutralise(cell) for cell in row] for row in dataset]
    del dataset[:]
    for row in rows:
        dataset.append(row)


class SafeCSV(CSV):
    def export_data(self, dataset, **kwargs):
        neutralise_dataset(dataset)
        return super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = in_stream.decode(self.encoding or "utf-8-sig")
        return read_csv(in_stream)


class SafeXLSX(XLSX):
    def export_data(self, dataset, **kwargs):
        neutralise_dataset(dataset)
        return super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream):
        return read_xlsx(in_stream)


# The tables' exports (core.views.TablePage, their rows from core.tables.BaseTable.as_values) --

# The records an export reads from the database at a time, each chunk with its related
# records (QuerySet.iterator): the memory an export takes does not grow with its rows.
CHUNK_ROWS = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Line:
    """A file-like object whose write() hands back what the csv writer wrote."""

    def write(self, text):
        return text


def csv_lines(rows):
    """Each row as one line of CSV text, for a StreamingHttpResponse: written in the language
    active when the export was asked for (its headers, its Yes/No), even though the server
    sends the lines after the view, and its middleware, have returned."""
    import csv

    language = translation.get_language()

    def lines():
        with translation.override(language):
            writer = csv.writer(_Line())
            for row in rows:
                yield writer.writerow(["" if cell is None else cell for cell in row])

    return lines()


def xlsx_bytes(rows, *, title: str) -> bytes:
    """The rows as an XLSX workbook, written in openpyxl's write-only mode (row by row, to a
    temporary file that stays in memory only while small)."""
    import tempfile

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=(title or "Rows")[:31].translate(
        str.maketrans({c: " " for c in "[]:*?/\\"})))
    for number, row in enumerate(rows):
        if number == 0:
            header = []
            for cell in row:
                styled = WriteOnlyCell(sheet, value=cell)
                styled.font = Font(bold=True)
                header.append(styled)
            sheet.append(header)
        else:
            sheet.append(row)
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as file:
        workbook.save(file)
        file.seek(0)
        return file.read()
