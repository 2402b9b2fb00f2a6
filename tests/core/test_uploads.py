"""An uploaded sheet is read within limits: rows counted as they are read, an XLSX checked
before it is parsed, and what passes is read as django-import-export reads it."""
import io
import time
import zipfile

import openpyxl
import pytest
import tablib
from import_export.formats.base_formats import XLSX

from core import uploads
from core.uploads import (
    IMPORT_MAX_ROWS,
    XLSX_MAX_MEMBERS,
    XLSX_MAX_TAGS_WHOLE,
    UploadRefused,
    check_archive,
    read_csv,
    read_xlsx,
)

SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
              b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
ROW = (b'<row><c t="inlineStr"><is><t>France</t></is></c><c><v>3</v></c>'
       b'<c t="inlineStr"><is><t>1999-06-01</t></is></c></row>')


def workbook(*rows, write_only=True) -> bytes:
    """The rows in a workbook's one sheet; written row by row unless write_only is False
    (then the sheet states its size, which django-import-export needs)."""
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet() if write_only else book.active
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    return content.getvalue()


def with_sheet(xlsx: bytes, *parts: bytes, repeat: int = 1, method=zipfile.ZIP_DEFLATED,
               extra: dict | None = None, after: bytes = b"") -> bytes:
    """The workbook with its sheet replaced: the head, ``repeat`` times the rows' parts, what
    comes ``after`` the rows, streamed into the archive (a bomb is never whole in memory),
    and extra members."""
    source, content = zipfile.ZipFile(io.BytesIO(xlsx)), io.BytesIO()
    with zipfile.ZipFile(content, "w", method, compresslevel=9) as archive:
        for member in source.infolist():
            if member.filename != SHEET:
                archive.writestr(member, source.read(member.filename))
        with archive.open(SHEET, "w") as sheet:
            sheet.write(SHEET_HEAD)
            for _ in range(repeat):
                for part in parts:
                    sheet.write(part)
            sheet.write(SHEET_TAIL.replace(b"</sheetData>", b"</sheetData>" + after))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return content.getvalue()


def zip_bomb(megabytes: int, *, empty: bool) -> bytes:
    """An XLSX whose sheet unpacks to ``megabytes`` MB of the same row: empty (which packs
    700 times) or of three cells (300 times)."""
    row = b"<row/>" if empty else ROW
    chunk = row * (1024 * 1024 // len(row))
    return with_sheet(workbook(["government", "letter", "received_on"]), chunk,
                      repeat=megabytes)


# Two bombs of less than 60 KB: 6 million empty rows (35 MB; django-import-export read them
# all, for minutes), and 15 MB of rows with values.
ZIP_BOMBS = {"past the size": (35, True), "packed too well": (15, False)}


def test_a_csv_is_read_as_tablib_reads_it():
    text = "government,letter,summary\nFrance,3,\"Two\nlines\"\n\nBrazil,3\n"

    assert read_csv(text).dict == tablib.Dataset().load(text, format="csv").dict


def test_a_csv_is_refused_at_the_first_row_past_the_limit():
    assert len(read_csv("letter\n" + "3\n" * IMPORT_MAX_ROWS)) == IMPORT_MAX_ROWS
    with pytest.raises(UploadRefused, match=f"more than {IMPORT_MAX_ROWS} rows"):
        read_csv("letter\n" + "3\n" * (IMPORT_MAX_ROWS + 1))


def test_an_xlsx_is_read_as_django_import_export_reads_it():
    xlsx = workbook(["government", "letter", "received_on"], ["France", 3, "1999-06-01"],
                    [None, None, None], ["Brazil", 3.0, None], write_only=False)

    assert read_xlsx(xlsx).dict == XLSX().create_dataset(xlsx).dict


def test_columns_after_the_last_header_are_left_out():
    dataset = read_xlsx(workbook(["government", "letter"], ["France", 3, "stray"]))

    assert dataset.headers == ["government", "letter"] and dataset.dict[0]["letter"] == 3


def test_an_xlsx_is_refused_at_the_first_row_past_the_limit_without_reading_on():
    rows = [["letter"], *[[3]] * (IMPORT_MAX_ROWS + 1)]
    assert len(read_xlsx(workbook(*rows[:-1]))) == IMPORT_MAX_ROWS
    with pytest.raises(UploadRefused, match=f"more than {IMPORT_MAX_ROWS} rows"):
        read_xlsx(workbook(*rows))


def test_a_sheet_that_claims_to_be_a_million_rows_and_columns_is_read_quickly():
    """Rows are numbered in the file: a gap is read as empty rows, and the sheet's declared
    size would widen every row; both stop at the limits."""
    xlsx = with_sheet(workbook(["letter"]), b'<row r="1"><c r="A1" t="inlineStr"><is><t>letter'
                      b'</t></is></c><c r="XFD1"><v>1</v></c></row><row r="1048576"><c '
                      b'r="XFD1048576"><v>1</v></c></row>')
    start = time.monotonic()
    with pytest.raises(UploadRefused, match="rows"):
        read_xlsx(xlsx)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize(("bomb", "words"), [
    ("past the size", "at most 20 MB once unpacked"),
    ("packed too well", "not packed as spreadsheet programs"),
])
def test_a_zip_bomb_is_refused_before_it_is_unpacked(bomb, words):
    megabytes, empty = ZIP_BOMBS[bomb]
    xlsx = zip_bomb(megabytes, empty=empty)
    assert len(xlsx) < 60 * 1024

    with pytest.raises(UploadRefused, match=words):
        check_archive(xlsx)


def test_a_member_packed_in_a_method_spreadsheets_do_not_use_is_refused():
    xlsx = with_sheet(workbook(["letter"]), ROW, method=zipfile.ZIP_BZIP2)

    with pytest.raises(UploadRefused, match="not packed as spreadsheet programs"):
        check_archive(xlsx)


def test_an_archive_of_too_many_members_is_refused():
    extra = {f"xl/media/{n}.txt": b"" for n in range(XLSX_MAX_MEMBERS)}

    with pytest.raises(UploadRefused, match="not packed as spreadsheet programs"):
        check_archive(with_sheet(workbook(["letter"]), ROW, extra=extra))


def test_a_part_read_whole_with_more_tags_than_a_spreadsheet_s_is_refused():
    """openpyxl builds an object of each style (100,000 of them: 2 s)."""
    styles = b"<styleSheet><cellXfs>" + b"<xf/>" * XLSX_MAX_TAGS_WHOLE + b"</cellXfs></styleSheet>"
    xlsx = with_sheet(workbook(["letter"]), ROW, extra={"xl/theme/extra.xml": styles})

    with pytest.raises(UploadRefused, match="holds more data than an import takes"):
        check_archive(xlsx)


@pytest.mark.parametrize("chunk", [7, 256 * 1024])
def test_a_sheet_s_content_outside_its_rows_has_the_cap_of_a_part_read_whole(monkeypatch,
                                                                             chunk):
    """Merged cells are built whole (100,000 of them: a second and 60 MB); as many tags in
    rows are read one row at a time. Read in chunks of 7 bytes, the markers fall across."""
    monkeypatch.setattr(uploads, "READ_CHUNK", chunk)
    cells = b"<c><v>1</v></c>" * (XLSX_MAX_TAGS_WHOLE // 4 + 1)
    merged = b"".join(b'<mergeCell ref="A%d:B%d"/>' % (n, n)
                      for n in range(1, XLSX_MAX_TAGS_WHOLE + 2))
    rows = with_sheet(workbook(["letter"]), b"<row>" + cells + b"</row>")
    check_archive(rows)

    with pytest.raises(UploadRefused, match="holds more data than an import takes"):
        check_archive(with_sheet(workbook(["letter"]), ROW, after=b"<mergeCells>" + merged
                                 + b"</mergeCells>"))


def test_a_sheet_with_a_comment_is_refused():
    """A comment could hide where the rows begin and end."""
    xlsx = with_sheet(workbook(["letter"]), b"<!-- </sheetData> -->", ROW)

    with pytest.raises(UploadRefused, match="not packed as spreadsheet programs"):
        check_archive(xlsx)


@pytest.mark.parametrize("encoding", ["ascii", "utf-16-le"])
def test_xml_that_declares_entities_is_refused(encoding):
    """A document type can define entities that expand a few bytes into gigabytes."""
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'.encode(encoding)
    xlsx = with_sheet(workbook(["letter"]), ROW, extra={"xl/extra.xml": b"x" * 100 + laughs})

    with pytest.raises(UploadRefused, match="not packed as spreadsheet programs"):
        check_archive(xlsx)


def test_an_export_sized_sheet_of_the_same_row_passes_the_checks():
    """The best-packing real file: the most rows, every one alike."""
    row = ["Government of the Bolivarian Republic", 3, "1999-06-01", "in_favour",
           "technical-analytical, dialogue", "Imported reply.", "", "False", "1234"]
    xlsx = workbook(["government", "letter", "received_on", "stance", "codes", "summary",
                     "source", "is_illustrative", "version"], *[row] * IMPORT_MAX_ROWS)

    check_archive(xlsx)
    assert len(read_xlsx(xlsx)) == IMPORT_MAX_ROWS
