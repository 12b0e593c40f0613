"""Cells that cannot attack the reader: text that a spreadsheet would run as a formula.

A name or note beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets when it arrives in a CSV file (`=HYPERLINK(…)`,
`+cmd|' /C calc'!A0`, `@SUM(1)`, `-2+3`). In CSV such a cell is written with a leading
apostrophe, which every spreadsheet reads as "this is text" (OWASP's advice); a value that
itself starts with an apostrophe gets one more, so reading back is exact. In XLSX the cell is
stored as a string with Excel's quote prefix instead, which keeps the value unchanged.
Reading a CSV strips the one apostrophe again (`unescape_csv`), so a re-import gives back the
same names.
"""

from __future__ import annotations

from typing import Any

#: First characters that make a spreadsheet evaluate a cell.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet would run (or read) as a formula."""
    return isinstance(value, str) and value.startswith(TRIGGERS)


def escape_csv(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text; anything but text is returned unchanged."""
    if isinstance(value, str) and value.startswith((*TRIGGERS, QUOTE)):
        return QUOTE + value
    return value


def unescape_csv(value: Any) -> Any:
    """The value `escape_csv` was given (a hand-typed `'Brien` stays as it is)."""
    if (
        isinstance(value, str)
        and len(value) > 1
        and value[0] == QUOTE
        and value[1] in (*TRIGGERS, QUOTE)
    ):
        return value[1:]
    return value


def escape_csv_row(row: Any) -> list[Any]:
    """`escape_csv` on every cell of a row."""
    return [escape_csv(value) for value in row]
