"""An uploaded sheet, CSV or XLSX, read within limits: no upload holds a worker for more than
a few seconds or takes more than a bounded amount of memory.

The file as sent is at most ``IMPORT_MAX_BYTES`` (the import form checks it). For a CSV that
bounds everything; its rows are counted as they are read, and reading stops at the first
row past ``IMPORT_MAX_ROWS``.

An XLSX is a zip archive of XML, and 60 KB of zip can unpack to gigabytes (a "zip bomb"), so
it is checked before openpyxl opens it (``check_archive``), from the archive's own table of
contents and one pass over what it unpacks to:

- the members' sizes once unpacked, as the archive declares them, add up to at most
  ``XLSX_MAX_UNPACKED``. Python's zipfile never gives more than a member's declared size
  (longer data fail its checksum), so the declared sizes bound what anything reads;
- a large member packed more than ``XLSX_MAX_RATIO`` times is refused: spreadsheet data do
  not pack that well, bombs do. Only stored and deflated members are read (the methods
  spreadsheet programs use; bzip2 and LZMA unpack without a bound on each read);
- no XML member declares a document type (a DTD, whose entities can expand a small file
  into a huge one; spreadsheets never have one), and all of them hold at most
  ``XLSX_MAX_TAGS`` tags together: parsing costs time and memory by the tag. What openpyxl
  builds whole holds at most ``XLSX_MAX_TAGS_WHOLE`` tags in each part: every part but the
  sheets and their shared strings (styles, the list of sheets), and a sheet's content
  outside its rows (merged cells, column widths): an object built from such a tag costs ten
  times a cell (100,000 merged cells: 1 s and 60 MB), while rows and shared strings are
  read, and let go, one at a time.

Then the sheet the file opens on is read one row at a time (openpyxl's read-only mode), at most
``IMPORT_MAX_COLUMNS`` columns wide, counting rows and stopping at the first past the limit.

Measured worst cases within these limits (2 cores): a file of legitimate rows, under a second;
a file crafted to keep what openpyxl holds, elements between the rows that it never lets go,
1.5 s and 190 MB at most (the tag budget bounds it; a reader that let go of every element
would bound it lower).

Settings import this module (through ``core.exports``): it imports no model.
"""
import csv
import io
import re
import zipfile

import tablib
from django.utils.translation import gettext as _

IMPORT_MAX_BYTES = 2 * 1024 * 1024
IMPORT_MAX_ROWS = 5000
IMPORT_MAX_COLUMNS = 100
XLSX_MAX_UNPACKED = 20 * 1024 * 1024
XLSX_MAX_RATIO = 100
XLSX_RATIO_FROM = 1024 * 1024  # small members may pack well (a row of styles), and cost little
XLSX_MAX_MEMBERS = 200
XLSX_MAX_TAGS = 500_000
XLSX_MAX_TAGS_WHOLE = 20_000
STREAMED_PARTS = re.compile(r"xl/(worksheets/[^/]+|sharedStrings)\.xml")
ROWS = (b"<sheetData", b"</sheetData>")
READ_CHUNK = 256 * 1024
DOCTYPES = tuple("<!DOCTYPE".encode(encoding) for encoding in ("ascii", "utf-16-le",
                                                                "utf-16-be"))


class UploadRefused(ValueError):
    """An upload refused before it was read through, the reason in plain words."""


def too_many_rows() -> UploadRefused:
    return UploadRefused(_(
        "The file has more than %(most)s rows; an import takes at most %(most)s. Split it "
        "into smaller files.") % {"most": IMPORT_MAX_ROWS})


def too_much_data() -> UploadRefused:
    return UploadRefused(_(
        "This XLSX file holds more data than an import takes: at most %(mb)s MB once "
        "unpacked, and %(rows)s rows. Split it into smaller files.") % {
        "mb": XLSX_MAX_UNPACKED // 1024 // 1024, "rows": IMPORT_MAX_ROWS})


def not_a_spreadsheet() -> UploadRefused:
    return UploadRefused(_(
        "This XLSX file is not packed as spreadsheet programs pack their files, so it is not "
        "read. Open it in your spreadsheet program and save it again as XLSX."))


def read_csv(text: str) -> tablib.Dataset:
    """The rows of a CSV text as tablib reads them (a header row, blank lines skipped, short
    rows padded), refused at the first row past the limit."""
    dataset = tablib.Dataset()
    rows = csv.reader(io.StringIO(text))
    dataset.headers = next(rows, None)
    for row in rows:
        if not row:
            continue
        if len(dataset) == IMPORT_MAX_ROWS:
            raise too_many_rows()
        dataset.append(row + [""] * (dataset.width - len(row)))
    return dataset


def check_archive(data: bytes) -> None:
    """Refuses, before any XML is parsed, an XLSX that unpacks to too much (see above)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > XLSX_MAX_MEMBERS:
            raise not_a_spreadsheet()
        if sum(member.file_size for member in members) > XLSX_MAX_UNPACKED:
            raise too_much_data()
        for member in members:
            _check_packing(member)
        tags = 0
        for member in members:
            in_member, built_whole = _tags_in(archive, member)
            tags += in_member
            if tags > XLSX_MAX_TAGS or built_whole > XLSX_MAX_TAGS_WHOLE:
                raise too_much_data()


def _check_packing(member: zipfile.ZipInfo) -> None:
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise not_a_spreadsheet()
    if (member.file_size > XLSX_RATIO_FROM
            and member.file_size > XLSX_MAX_RATIO * max(member.compress_size, 1)):
        raise not_a_spreadsheet()


def _tags_in(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[int, int]:
    """The tags a member holds (its "<"s), and how many of them openpyxl builds whole: all of
    a part's, none of a sheet's shared strings, those of a sheet outside its rows. Refuses a
    member that declares a document type, and a sheet with more markup than its XML
    declaration (spreadsheet programs write no comment, CDATA or instruction there)."""
    streamed = STREAMED_PARTS.fullmatch(member.filename)
    rows = ROWS if streamed and "worksheets" in member.filename else None
    tags = whole = markup = 0
    tail, inside = b"", False
    with archive.open(member) as source:
        while chunk := source.read(READ_CHUNK):
            window = tail + chunk  # a tag cut in two by the chunks is still seen
            if any(doctype in window for doctype in DOCTYPES):
                raise not_a_spreadsheet()
            tags += chunk.count(b"<")
            if rows is not None:
                since = max(len(tail) - 1, 0)  # "<" and "!" may be cut apart too
                markup += window.count(b"<!", since) + window.count(b"<?", since)
                counted, inside = _outside(window, len(tail), inside)
                whole += counted
            tail = chunk[-32:]
    if markup > 1:  # a comment or a CDATA section could hide where the rows are
        raise not_a_spreadsheet()
    return tags, (whole if streamed else tags)


def _outside(window: bytes, start: int, inside: bool) -> tuple[int, bool]:
    """The tags of ``window[start:]`` outside ``<sheetData>`` (the sheet's rows), and whether
    the window ends inside it; ``window[:start]`` was counted with the chunk before."""
    counted, position = 0, start
    while True:
        marker = ROWS[1] if inside else ROWS[0]
        found = window.find(marker, max(position - len(marker) + 1, 0))
        end = len(window) if found < 0 else max(found, position)
        if not inside:
            counted += window.count(b"<", position, end)
        if found < 0:
            return counted, inside
        position, inside = max(found + len(marker), position), not inside


def read_xlsx(data: bytes) -> tablib.Dataset:
    """The first sheet's rows, as django-import-export reads them (a header row, formulas'
    values, blank rows kept), within the limits above. Columns after the last one with a
    header are left out: nothing imports them."""
    from openpyxl import load_workbook

    check_archive(data)
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        rows = book.active.iter_rows(max_col=IMPORT_MAX_COLUMNS, values_only=True)
        headers = list(next(rows, ()))
        while headers and headers[-1] is None:
            headers.pop()
        if not headers:
            return tablib.Dataset()  # the import form then asks for the columns' names
        dataset = tablib.Dataset(headers=headers)
        for row in rows:
            if len(dataset) == IMPORT_MAX_ROWS:
                raise too_many_rows()
            dataset.append(row[:len(headers)])
        return dataset
    finally:
        book.close()
