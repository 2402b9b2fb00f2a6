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
