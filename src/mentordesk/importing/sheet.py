"""The plain table every reader produces, and the row collector they share."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import N_, _, t

#: Called with the number of rows read so far; returns True to stop reading.
Progress = Callable[[int], bool]


class ImportCancelled(Exception):
    """The user stopped reading a file."""


@dataclass(frozen=True)
class Table:
    """A sheet as read: header cells, then (row number, cells) for every non-blank row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    source: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    header_row: int = 1

    def describe(self) -> str:
        """Human description of how the file was read, e.g. `UTF-16, tab-separated`."""
        if self.sheet:
            return t("Excel workbook, sheet {sheet}", sheet=repr(self.sheet))
        names = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "|": N_("bar")}
        known = names.get(self.delimiter)
        separator = _(known) if known else repr(self.delimiter)
        return t("{encoding}, {separator}-separated", encoding=self.encoding, separator=separator)


def collect_rows(
    records: Iterable[list[Any] | tuple[Any, ...]],
    progress: Progress | None,
    row_offset: int = 0,
) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[Any, ...]], ...], int]:
    """(headers, rows, header row number) from raw records; blank rows skipped but counted."""
    headers: tuple[str, ...] | None = None
    header_row = 0
    rows: list[tuple[int, tuple[Any, ...]]] = []
    try:
        for index, record in enumerate(records, start=1 + row_offset):
            if not any(_filled(cell) for cell in record):
                continue
            if headers is None:
                headers = _headers(record)
                header_row = index
                continue
            rows.append((index, tuple(record)))
            if progress is not None and len(rows) % 500 == 0 and progress(len(rows)):
                raise ImportCancelled
    except csv.Error as error:
        raise ValidationError(t("The file cannot be read as CSV: {error}", error=error)) from None
    if headers is None:
        raise ValidationError(t("The file is empty: no header row was found"))
    if progress is not None:
        progress(len(rows))
    return headers, tuple(rows), header_row


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _headers(record: list[Any] | tuple[Any, ...]) -> tuple[str, ...]:
    # Trailing empty header cells come from ragged exports; keep the columns, name them.
    names = [("" if cell is None else str(cell)).strip() for cell in record]
    while names and not names[-1]:
        names.pop()
    return tuple(name or t("Column {number}", number=str(i + 1)) for i, name in enumerate(names))
