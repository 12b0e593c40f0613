"""Parsing a table's rows into ParticipantInput with the mapping, row by row.

Each bad row is reported once per problem as (row number, column header, reason); a row with
any problem is left out as a whole. Duplicates (same e-mail) inside the file are found here;
duplicates against the database are the service's business.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mentordesk.core.enums import Role
from mentordesk.core.i18n import Text, t
from mentordesk.core.participant import FIELDS_BY_NAME, Kind, ParticipantInput, validate
from mentordesk.importing.mapping import FIRST_NAME, LAST_NAME, ColumnMap
from mentordesk.importing.table import ImportCancelled, Table
from mentordesk.importing.values import (
    CellError,
    DateOrder,
    cell_text,
    email_ok,
    numeric_date_parts,
    parser_for,
)

MENTOR_DEFAULT_CAPACITY = 1


@dataclass(frozen=True)
class RowError:
    """One problem: the spreadsheet row number, the column's header, and why."""

    row: int
    column: str
    reason: str
    value: str = ""  # the cell as typed, for showing next to the reason

    def __str__(self) -> str:
        return t(
            "row {row}, {column}: {reason}",
            row=str(self.row),
            column=self.column,
            reason=self.reason,
        )


@dataclass(frozen=True)
class ParsedRow:
    """A good row: the person, and the fields the file actually gave a value for."""

    row: int
    person: ParticipantInput
    provided: frozenset[str]

    @property
    def email_key(self) -> str:
        return self.person.email.strip().casefold()


@dataclass(frozen=True)
class ParsedFile:
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...]
    #: row number → the earlier row with the same e-mail (in-file duplicates).
    duplicate_of: dict[int, int]
    date_order: DateOrder
    notes: tuple[str, ...]

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.errors}))


def decide_date_order(
    table: Table, mapping: Sequence[ColumnMap], fallback: DateOrder, fallback_reason: str
) -> tuple[DateOrder, str | None]:
    """The file's day/month order from its unambiguous dates; else the fallback. With a note."""
    date_columns = [
        c.index
        for c in mapping
        if c.target in FIELDS_BY_NAME and FIELDS_BY_NAME[c.target].kind is Kind.DATE
    ]
    day_first = month_first = ambiguous = 0
    example = ""
    for _, cells in table.rows:
        for index in date_columns:
            cell = cells[index] if index < len(cells) else None
            parts = numeric_date_parts(cell)
            if parts is None:
                continue
            a, b, _ = parts
            if a > 12 >= b:
                day_first += 1
            elif b > 12 >= a:
                month_first += 1
            elif a != b:
                ambiguous += 1
                example = example or str(cell).split()[0]
    if day_first or month_first:
        order = DateOrder.DAY_FIRST if day_first >= month_first else DateOrder.MONTH_FIRST
        reason = t("from the file's other dates")
    else:
        order, reason = fallback, fallback_reason
    if not ambiguous:
        return order, None
    return order, t(
        "Dates like {example} were read as {order} ({reason}).",
        example=example,
        order=Text(order.value),
        reason=reason,
    )


def parse_rows(
    table: Table,
    mapping: Sequence[ColumnMap],
    *,
    default_role: Role | None,
    date_order: DateOrder,
    today: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParsedFile:
    """Every row of the table through the mapping; see the module docstring."""
    today = today or dt.date.today()
    columns = [c for c in mapping if c.target is not None]
    parsers = _columns(columns, date_order)
    header_for: dict[str, str] = {}
    for column in columns:
        assert column.target is not None
        header_for.setdefault(column.target, column.header)
    index_for = {c.target: c.index for c in reversed(columns) if c.target is not None}
    if "full_name" not in header_for and FIRST_NAME in header_for:
        header_for["full_name"] = header_for[FIRST_NAME]
    good: list[ParsedRow] = []
    errors: list[RowError] = []
    first_row_for: dict[str, int] = {}
    duplicate_of: dict[int, int] = {}
    for count, (row_number, cells) in enumerate(table.rows):
        if count % 500 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(count, len(table.rows))
        values, row_errors = _parse_cells(row_number, cells, parsers)
        provided = frozenset(k for k, v in values.items() if v not in (None, "", ()))
        role_unreadable = any(e.column == header_for.get("role") for e in row_errors)
        if "role" not in provided and not role_unreadable:
            if default_role is None:
                row_errors.append(
                    RowError(row_number, header_for.get("role", "role"), t("no role given"))
                )
            else:
                values["role"] = default_role
        if values.get("capacity") is None:
            values.pop("capacity", None)
            if values.get("role") in (Role.MENTOR, Role.BOTH):
                values["capacity"] = MENTOR_DEFAULT_CAPACITY
        values = {k: v for k, v in values.items() if v is not None}
        person = ParticipantInput(**values)
        for name, reason in _validate(values, today).items():
            header = header_for.get(name, name)
            raw = _cell(cells, index_for.get(name))
            row_errors.append(RowError(row_number, header, reason, cell_text(raw)))
        if row_errors:
            errors.extend(row_errors)
            continue
        parsed = ParsedRow(row_number, person, provided)
        if parsed.email_key:
            first = first_row_for.setdefault(parsed.email_key, row_number)
            if first != row_number:
                duplicate_of[row_number] = first
        good.append(parsed)
    return ParsedFile(tuple(good), tuple(errors), duplicate_of, date_order, ())


def _cell(cells: tuple[Any, ...], index: int | None) -> Any:
    return cells[index] if index is not None and index < len(cells) else None


def _validate(values: dict[str, Any], today: dt.date) -> dict[str, str]:
    """core `validate`, with the quick e-mail check (same verdicts, see `email_ok`)."""
    errors = validate(ParticipantInput(**{**values, "email": "", "guardian_email": ""}), today)
    for name in ("email", "guardian_email"):
        value = values.get(name, "").strip()
        if value and not email_ok(value):
            errors[name] = t("not an email address")
    return errors


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    target: str
    kind: Kind | None  # None for the first/last name parts
    parse: Callable[[Any], Any]


def _columns(mapping: Sequence[ColumnMap], order: DateOrder) -> list[_Column]:
    result = []
    for column in mapping:
        if column.target is None:
            continue
        if column.target in (FIRST_NAME, LAST_NAME):
            result.append(_Column(column.index, column.header, column.target, None, cell_text))
            continue
        kind = FIELDS_BY_NAME[column.target].kind
        parse = parser_for(kind, order)
        if kind not in (Kind.TEXT, Kind.EMAIL):
            parse = _remembering(parse)
        result.append(_Column(column.index, column.header, column.target, kind, parse))
    return result


def _remembering(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The parser with a memory: roles, units, languages, skills repeat down a column."""
    seen: dict[Any, tuple[bool, Any]] = {}

    def remembered(raw: Any) -> Any:
        known = seen.get(raw)
        if known is None:
            try:
                known = (True, parse(raw))
            except CellError as error:
                known = (False, error)
            except Exception:  # a bad cell is a bad row, never an internal error
                known = (False, CellError(t("cannot be read")))
            seen[raw] = known
        if known[0]:
            return known[1]
        raise known[1]

    return remembered


def _parse_cells(
    row_number: int, cells: tuple[Any, ...], columns: Sequence[_Column]
) -> tuple[dict[str, Any], list[RowError]]:
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    first = last = ""
    width = len(cells)
    for column in columns:
        raw = cells[column.index] if column.index < width else None
        target = column.target
        if column.kind is None:
            text = cell_text(raw)
            first, last = (text, last) if target == FIRST_NAME else (first, text)
            continue
        if raw is None or raw == "":
            value = column.parse(None)
        else:
            try:
                value = column.parse(raw)
            except CellError as error:
                errors.append(RowError(row_number, column.header, str(error), cell_text(raw)))
                continue
            except Exception:  # whatever a hostile cell makes a parser raise: a bad row
                errors.append(
                    RowError(row_number, column.header, t("cannot be read"), cell_text(raw))
                )
                continue
        if column.kind is Kind.LIST and values.get(target):
            extra = tuple(v for v in value if v not in values[target])
            value = values[target] + extra  # several columns ("1st choice", "2nd choice")
        elif column.kind is Kind.TEXT and value:
            value = " ".join(value.split()) if target != "notes" else value.strip()
        values[target] = value
    if (first or last) and not values.get("full_name"):
        values["full_name"] = f"{first} {last}".strip()
    values.setdefault("full_name", "")
    return values, errors


def merge(base: ParticipantInput, row: ParsedRow) -> ParticipantInput:
    """`base` with the fields this row gave a value for (an update keeps what the file lacks)."""
    return dataclasses.replace(base, **{name: getattr(row.person, name) for name in row.provided})
