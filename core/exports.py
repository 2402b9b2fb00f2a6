"""Spreadsheet exports that cannot run code and imports that read them back exactly.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet program (OWASP, "CSV Injection"); every export of the project (the tables'
CSV/XLSX and the admin's) prefixes such a cell with an apostrophe, which makes it text. A cell
that already starts with an apostrophe gets one more, so that the import, which removes one
leading apostrophe, gives back exactly what was exported.

Settings import this module (IMPORT_EXPORT_FORMATS): it imports no model.
"""
from django.utils import translation
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
        data.data = records_prefetched_once(data.data)
    yield from table.as_values(exclude_columns=exclude_columns)


def records_prefetched_once(queryset):
    """The records of ``queryset`` read ``CHUNK_ROWS`` at a time, each with its
    ``prefetch_related`` lookups read for the whole set at once (one or two queries a
    lookup), not once a chunk as ``iterator(chunk_size=...)`` would: an export's queries do
    not grow with its rows. What is held is the related records only (a response's codes,
    an activity's participations). A lookup this cannot read so (a nested one, or one with
    ``to_attr``) is read the chunked way."""
    from collections import defaultdict

    from django.db.models import Prefetch

    simple, other = [], []
    for lookup in queryset._prefetch_related_lookups:
        name = lookup.prefetch_to if isinstance(lookup, Prefetch) else lookup
        is_simple = "__" not in name and not getattr(lookup, "to_attr", None)
        (simple if is_simple else other).append(lookup)
    ids = queryset.order_by().values("pk")
    related = {}
    for lookup in simple:
        name = lookup.prefetch_to if isinstance(lookup, Prefetch) else lookup
        field = queryset.model._meta.get_field(name)
        inner = getattr(lookup, "queryset", None)
        if inner is None:
            inner = field.related_model._default_manager.all()
        by_record = defaultdict(list)
        if field.many_to_many and not field.auto_created:  # a forward many-to-many
            through = field.remote_field.through._default_manager
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            links = through.filter(**{f"{source}__in": ids})
            targets = {obj.pk: obj for obj in inner.filter(
                pk__in=links.values(f"{target}_id"))}
            rank = {pk: i for i, pk in enumerate(targets)}
            pairs = sorted((pair for pair in links.values_list(f"{source}_id", f"{target}_id")
                            if pair[1] in rank), key=lambda pair: rank[pair[1]])
            for record_pk, target_pk in pairs:
                by_record[record_pk].append(targets[target_pk])
        elif field.one_to_many:  # a reverse foreign key
            for obj in inner.filter(**{f"{field.field.name}__in": ids}):
                by_record[getattr(obj, field.field.attname)].append(obj)
        else:
            other.append(lookup)
            continue
        related[name] = by_record
    for record in queryset.prefetch_related(None).prefetch_related(*other).iterator(
            chunk_size=CHUNK_ROWS):
        for name, by_record in related.items():
            manager = getattr(record, name)
            cache_name = getattr(manager, "prefetch_cache_name", None) or (
                manager.field.remote_field.cache_name)
            cached = manager.get_queryset()
            cached._result_cache, cached._prefetch_done = by_record.get(record.pk, []), True
            record.__dict__.setdefault("_prefetched_objects_cache", {})[cache_name] = cached
        yield record


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
