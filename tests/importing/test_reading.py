"""Reading CSV and XLSX files as coordinators have them: encodings, delimiters, forms exports."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.importing.table import read_csv_bytes, read_table

ROWS = [
    ["Full name", "Email", "Department / class"],
    ["José Álvarez", "jose@example.org", "Maths; Physics"],
    ["Zoë Brontë", "zoe@example.org", "Année 7"],
]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (lambda t: t.encode("utf-8"), "UTF-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "UTF-8 with BOM"),
        (lambda t: t.encode("cp1252"), "Windows-1252"),
        (lambda t: t.encode("utf-16"), "UTF-16"),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "UTF-16"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "UTF-16"),
        (lambda t: t.encode("utf-16-le"), "UTF-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-native", "utf16-le", "utf16-be", "utf16-no-bom"],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_every_encoding_and_delimiter(encoded, encoding: str, delimiter: str) -> None:  # type: ignore[no-untyped-def]
    """Accented names survive every encoding Excel and the forms produce, with any delimiter."""
    rows = [[c.replace(";", " and") if delimiter == ";" else c for c in r] for r in ROWS]
    table = read_csv_bytes(encoded(_csv(rows, delimiter)))
    assert table.encoding == encoding
    assert table.delimiter == delimiter
    assert table.headers == tuple(rows[0])
    assert [cells for _, cells in table.rows] == [tuple(r) for r in rows[1:]]


def test_semicolon_file_with_commas_inside_values() -> None:
    """A `;` file whose answers contain commas is still split on `;`."""
    text = (
        'Name;Email;Skills\r\n"Smith, Ann";ann@example.org;python, sql\r\nBo;bo@example.org;r\r\n'
    )
    table = read_csv_bytes(text.encode("cp1252"))
    assert table.delimiter == ";"
    assert table.rows[0][1] == ("Smith, Ann", "ann@example.org", "python, sql")


def test_excel_sep_hint_line() -> None:
    """Excel's `sep=;` first line sets the delimiter and is not taken as the header."""
    table = read_csv_bytes(b"sep=;\r\nName;Email\r\nAna;ana@example.org\r\n")
    assert table.headers == ("Name", "Email")
    assert table.rows == ((3, ("Ana", "ana@example.org")),)


def test_quoted_line_breaks_and_blank_rows_keep_spreadsheet_row_numbers() -> None:
    """A multi-line quoted answer is one row; blank rows are skipped but still counted."""
    text = (
        "Full name,Goals,Email\n"
        '"Ana","Learn SQL\nGet a job\nTravel",ana@example.org\n'
        "\n"
        ",,\n"
        "Bo,Speak,bo@example.org\n"
    )
    table = read_csv_bytes(text.encode())
    assert [n for n, _ in table.rows] == [2, 5]
    assert table.rows[0][1][1] == "Learn SQL\nGet a job\nTravel"


def test_header_after_blank_lines_and_ragged_rows() -> None:
    """Leading blank lines move the header down; short and long rows are kept as they are."""
    table = read_csv_bytes(b"\n\nName,Email,\nAna\nBo,bo@example.org,extra,more\n")
    assert table.header_row == 3
    assert table.headers == ("Name", "Email")
    assert [n for n, _ in table.rows] == [4, 5]


def test_empty_file_is_a_clear_error() -> None:
    """A file with no header row is refused with a message, not a traceback."""
    with pytest.raises(ValidationError, match="empty"):
        read_csv_bytes(b"\n\n  \n")


def test_xlsx_dates_numbers_and_blank_rows(tmp_path: Path) -> None:
    """XLSX cells keep their types: dates as dates, numbers as numbers; row numbers as Excel's."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Full name", "Date of birth", "Mentor capacity", "Timestamp"])
    sheet.append(["Ana", dt.datetime(2010, 5, 1), 2, dt.datetime(2026, 11, 2, 9, 30)])
    sheet.append([None, None, None, None])
    sheet.append(["Bo", dt.date(2011, 1, 31), 1.0, None])
    path = tmp_path / "people.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.sheet == "Sheet"
    assert table.rows[0] == (2, ("Ana", dt.date(2010, 5, 1), 2, dt.datetime(2026, 11, 2, 9, 30)))
    assert table.rows[1][0] == 4
    assert table.rows[1][1][1] == dt.date(2011, 1, 31)


def test_not_a_workbook_is_a_clear_error(tmp_path: Path) -> None:
    """A .xlsx that is not a workbook is refused with its name in the message."""
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match=r"broken\.xlsx"):
        read_table(path)


def test_missing_file_and_old_excel(tmp_path: Path) -> None:
    """A missing file or an .xls workbook gets a message saying what to do."""
    with pytest.raises(ValidationError, match="No file"):
        read_table(tmp_path / "nope.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError, match=r"save it as \.xlsx"):
        read_table(old)
