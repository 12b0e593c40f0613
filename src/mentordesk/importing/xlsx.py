"""Excel workbooks through openpyxl: reading the first sheet, writing a roster or template."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.private_files import private_output
from mentordesk.importing.formulas import is_formula_like
from mentordesk.importing.sheet import ImportCancelled, Progress, Table, collect_rows

#: Bounds that keep a hostile workbook (a few KB claiming a million rows and columns, or a
#: zip bomb) from taking minutes or gigabytes: refused with a sentence instead.
MAX_UNPACKED_BYTES = 300_000_000
MAX_SHARED_STRINGS_BYTES = 60_000_000
MAX_RECORDS = 250_000  # rows including blank ones: parsing a million empty rows takes ~30 s
MAX_ROWS = 100_000  # people
MAX_COLUMNS = 1_000


def read_xlsx(path: Path, progress: Progress | None = None) -> Table:
    """The first visible sheet that has data; dates come back as dates, numbers as numbers.

    The sheet's real extent is read (its stored dimension may be stale); malformed files are
    "not a readable workbook", never an internal error.
    """
    import openpyxl

    _check_unpacked_size(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (ValidationError, ImportCancelled):
        raise
    except OSError as error:
        raise ValidationError(
            t("Cannot read {name}: {value}", name=path.name, value=error.strerror or error)
        ) from None
    except Exception:  # zlib, XML, missing parts …: whatever a damaged workbook raises
        raise _unreadable(path) from None
    try:
        return _read_first_sheet(workbook, path, progress)
    except (ValidationError, ImportCancelled):
        raise
    except Exception:
        raise _unreadable(path) from None
    finally:
        workbook.close()


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        t(
            "{name} is not a readable workbook (damaged, or not really an Excel file): open it "
            "in your spreadsheet program and save it again as .xlsx or CSV",
            name=path.name,
        )
    )


def _check_unpacked_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except OSError as error:
        raise ValidationError(
            t("Cannot read {name}: {value}", name=path.name, value=error.strerror or error)
        ) from None
    except Exception:  # BadZipFile, NotImplementedError (odd zip versions), EOFError …
        raise _unreadable(path) from None
    total = sum(entry.file_size for entry in entries)
    strings = sum(e.file_size for e in entries if e.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_UNPACKED_BYTES or strings > MAX_SHARED_STRINGS_BYTES:
        raise _too_big(path)


def _too_big(path: Path) -> ValidationError:
    return ValidationError(
        t(
            "{name} is too large to import (at most {MAX_ROWS} people and {MAX_COLUMNS} "
            "columns): split it, or save only the roster sheet as CSV",
            name=path.name,
            MAX_ROWS=format(MAX_ROWS, ","),
            MAX_COLUMNS=format(MAX_COLUMNS, ","),
        )
    )


def _read_first_sheet(workbook: Any, path: Path, progress: Progress | None) -> Table:
    sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"] or list(
        workbook.worksheets
    )
    for sheet in sheets:
        # The stored dimension may be stale (rows cut short) or hostile (A1:XFD1048576).
        sheet.reset_dimensions()
    # With several sheets, the first that has a filled cell (one pass over each at most).
    sheet = sheets[0]
    if len(sheets) > 1:
        sheet = next((ws for ws in sheets if _has_cells(ws, path)), None) or sheets[0]
    records = _bounded(sheet.iter_rows(values_only=True), path)
    headers, rows, header_row = collect_rows(records, progress)
    return Table(
        headers=headers,
        rows=tuple((n, tuple(_plain(v) for v in cells)) for n, cells in rows),
        source=path.name,
        sheet=sheet.title,
        header_row=header_row,
    )


def _has_cells(sheet: Any, path: Path) -> bool:
    return any(record for record in _bounded(sheet.iter_rows(values_only=True), path))


def _bounded(records: Iterable[Sequence[Any]], path: Path) -> Iterator[list[Any]]:
    """Rows without their trailing empty cells; too many rows or columns is a refusal."""
    filled = 0
    for count, record in enumerate(records, start=1):
        if count > MAX_RECORDS:
            raise _too_big(path)
        cells = list(record)
        while cells and cells[-1] is None:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise _too_big(path)
        if cells:
            filled += 1
            if filled > MAX_ROWS + 1:
                raise _too_big(path)
        yield cells


def xlsx_safe(value: Any) -> Any:
    """A value a workbook can hold: control characters (which XML cannot carry) removed."""
    if isinstance(value, str) and _CONTROL.search(value):
        return _CONTROL.sub("", value)
    return value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _plain(value: Any) -> Any:
    # A date typed in Excel arrives as a midnight datetime; the time part means nothing then.
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date()
    return value


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "Participants",
    notes: Sequence[Sequence[str]] = (),
    notes_title: str = "How to fill in",
    right_to_left: bool = False,
) -> None:
    """A workbook with a bold, frozen header row, dates formatted as dates, sensible widths.

    Written in openpyxl's write-only mode (streamed; 10,000 rows in a few seconds, not 15).
    `notes`, when given, becomes a second sheet `notes_title` (one row per line);
    `right_to_left` lays both sheets out right to left (an Arabic template).
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    data = [list(row) for row in rows]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])  # Excel's limit for a sheet name
    sheet.sheet_view.rightToLeft = right_to_left
    widths = [max(10, len(h) + 2) for h in headers]
    for row in data[:500]:  # widths from a sample: enough to size the columns
        for i, value in enumerate(row[: len(widths)]):
            if value is not None:
                widths[i] = min(50, max(widths[i], len(str(value)) + 2))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    wrap = Alignment(vertical="top", wrap_text=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=xlsx_safe(header))
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in data:
        for i, value in enumerate(row):
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                row[i] = cell
            elif is_formula_like(value):
                row[i] = text_cell(WriteOnlyCell(sheet, value=value))
            elif isinstance(value, str):
                row[i] = _text_cell(sheet, value)
        sheet.append(row)
    if notes:
        help_sheet = workbook.create_sheet(notes_title[:31])
        help_sheet.sheet_view.rightToLeft = right_to_left
        for letter, width in zip("ABCD", (28, 14, 70, 12), strict=False):
            help_sheet.column_dimensions[letter].width = width
        for number, line in enumerate(notes):
            if number == 0:
                cells = []
                for text in line:
                    cell = WriteOnlyCell(help_sheet, value=text)
                    cell.font = bold
                    cells.append(cell)
                help_sheet.append(cells)
            else:
                help_sheet.append([xlsx_safe(text) for text in line])
    with private_output(path) as temporary:
        workbook.save(temporary)


def text_cell(cell: Any) -> Any:
    """`cell` stored as text with Excel's quote prefix: a value such as `=HYPERLINK(…)` or
    `+cmd|…` is shown, never run, and reads back unchanged (see importing.formulas)."""
    if isinstance(cell.value, str):
        cell.value = xlsx_safe(cell.value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _text_cell(sheet: Any, value: str) -> Any:
    """Text stays text: control characters removed, and `=…` is never taken as a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=xlsx_safe(value))
    if value.startswith("="):
        cell.data_type = "s"
    return cell
