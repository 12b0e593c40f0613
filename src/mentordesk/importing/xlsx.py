"""Excel workbooks through openpyxl: reading the first sheet, writing a roster or template."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.private_files import private_output
from mentordesk.importing.formulas import is_formula_like
from mentordesk.importing.sheet import Progress, Table, collect_rows


def read_xlsx(path: Path, progress: Progress | None = None) -> Table:
    """The first visible sheet that has data; dates come back as dates, numbers as numbers."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise ValidationError(
            f"{path.name} cannot be read as an Excel workbook ({error})"
        ) from None
    try:
        sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        sheet = next((ws for ws in sheets if (ws.max_row or 0) > 0), None) or workbook.worksheets[0]
        # Read-only sheets yield one tuple per row from row 1, empty rows included.
        records = sheet.iter_rows(values_only=True)
        headers, rows, header_row = collect_rows((list(r) for r in records), progress)
        return Table(
            headers=headers,
            rows=tuple((n, tuple(_plain(v) for v in cells)) for n, cells in rows),
            source=path.name,
            sheet=sheet.title,
            header_row=header_row,
        )
    finally:
        workbook.close()


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
) -> None:
    """A workbook with a bold, frozen header row, dates formatted as dates, sensible widths.

    Written in openpyxl's write-only mode (streamed; 10,000 rows in a few seconds, not 15).
    `notes`, when given, becomes a second sheet "How to fill in" (one row per line).
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    data = [list(row) for row in rows]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
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
        cell = WriteOnlyCell(sheet, value=header)
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
        sheet.append(row)
    if notes:
        help_sheet = workbook.create_sheet("How to fill in")
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
                help_sheet.append(list(line))
    with private_output(path) as temporary:
        workbook.save(temporary)


def text_cell(cell: Any) -> Any:
    """`cell` stored as text with Excel's quote prefix: a value such as `=HYPERLINK(…)` or
    `+cmd|…` is shown, never run, and reads back unchanged (see importing.formulas)."""
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
