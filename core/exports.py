"""Spreadsheet exports that cannot run code and imports that read them back exactly.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet program (OWASP, "CSV Injection"); every export of the project (the tables'
CSV/XLSX and the admin's) prefixes such a cell with an apostrophe, which makes it text. A cell
that already starts with an apostrophe gets one more, so that the import, which removes one
leading apostrophe, gives back exactly what was exported.

Settings import this module (IMPORT_EXPORT_FORMATS): it imports no model.
"""
from import_export.formats.base_formats import CSV, XLSX

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


class SafeXLSX(XLSX):
    def export_data(self, dataset, **kwargs):
        neutralise_dataset(dataset)
        return super().export_data(dataset, **kwargs)


# The tables' exports (core.views.TablePage) ----------------------------------------------

CHUNK_ROWS = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_rows(table, *, exclude_columns=()):
    """The header and every row of a BaseTable as its exports hold them (cells that cannot
    run as formulas: ``BaseTable.as_values``), the records read from the
    database ``CHUNK_ROWS`` at a time rather than all at once."""
    data = table.data
    if hasattr(data.data, "iterator"):  # a QuerySet, already filtered and sorted
        data.data = data.data.iterator(chunk_size=CHUNK_ROWS)
    yield from table.as_values(exclude_columns=exclude_columns)


class _Line:
    """A file-like object whose write() hands back what the csv writer wrote."""

    def write(self, text):
        return text


def csv_lines(rows):
    """Each row as one line of CSV text, for a StreamingHttpResponse."""
    import csv

    writer = csv.writer(_Line())
    for row in rows:
        yield writer.writerow(["" if cell is None else cell for cell in row])


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
