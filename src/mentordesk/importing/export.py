"""Writing participants to CSV or XLSX, and the shipped import template.

The columns are the FIELDS labels, so an exported roster imports back unchanged. Sensitive
fields are left out unless the caller asks for them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.languages import document_languages
from mentordesk.core.outputs import atomic_output
from mentordesk.core.participant import FIELDS, FieldSpec, Kind, ParticipantInput
from mentordesk.core.private_files import make_private_dirs, open_private_text
from mentordesk.importing.formulas import escape_csv_row
from mentordesk.importing.xlsx import write_xlsx

FORMATS = {".csv": "csv", ".xlsx": "xlsx"}


def export_fields(include_sensitive: bool) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in FIELDS if include_sensitive or not spec.sensitive)


def file_format(path: Path) -> str:
    """ "csv" or "xlsx" from the file's extension; anything else is a clear error."""
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise ValidationError(
            t(
                "Cannot export to {name}: the file name must end in .csv or .xlsx",
                name=repr(Path(path).name),
            )
        ) from None


def cell_value(spec: FieldSpec, value: Any, *, for_xlsx: bool) -> Any:
    """One field as a spreadsheet cell: lists joined with "; ", dates ISO (typed in XLSX)."""
    if value is None or value == "" or value == ():
        return None if for_xlsx else ""  # an XLSX cell left out, not an empty string
    if spec.kind is Kind.LIST:
        return "; ".join(value)
    if spec.kind is Kind.BOOL:
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value if for_xlsx else value.isoformat()
    return value


def write_people(
    path: Path,
    people: Iterable[ParticipantInput],
    *,
    include_sensitive: bool,
    replace: bool = False,
) -> int:
    """Write to CSV (UTF-8 with BOM, so Excel reads accents right) or XLSX; returns the count.

    Written beside `path` and renamed into place; an existing file only with `replace`."""
    fmt = file_format(path)
    specs = export_fields(include_sensitive)
    headers = [spec.label for spec in specs]
    for_xlsx = fmt == "xlsx"
    rows = [
        [cell_value(spec, getattr(person, spec.name), for_xlsx=for_xlsx) for spec in specs]
        for person in people
    ]
    try:
        with atomic_output(path, replace=replace) as temporary:
            if for_xlsx:
                write_xlsx(temporary, headers, rows)
            else:
                write_csv(temporary, headers, rows)
    except OSError as error:
        raise ValidationError(
            t("Cannot write {path}: {value}", path=path, value=error.strerror or error)
        ) from None
    return len(rows)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A CSV file only the user can read, with formula-like text escaped (importing.formulas)."""
    with open_private_text(Path(path), encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(escape_csv_row(headers))
        writer.writerows(escape_csv_row(row) for row in rows)


KIND_HELP = {
    Kind.TEXT: "text",
    Kind.EMAIL: "an e-mail address",
    Kind.DATE: "a date: 2026-11-22, 22/11/2026 or 22 Nov 2026",
    Kind.INT: "a whole number",
    Kind.FLOAT: "a number",
    Kind.LIST: "several values separated by ; (e.g. python; public speaking)",
    Kind.ROLE: "mentor, mentee or both",
    Kind.STATUS: "applied, screened, trained, active or withdrawn (default applied)",
    Kind.DECISION: "pending, cleared or not cleared (default pending)",
    Kind.BOOL: "yes or no",
    Kind.LANGUAGE: "the language documents about the person print in: "
    + ", ".join(document_languages())
    + " (empty: the program's)",
}


def template_headers() -> list[str]:
    """The template's header row: every importable field's label, in FIELDS order."""
    return [spec.label for spec in FIELDS]


def template_notes() -> list[list[str]]:
    """The template workbook's "How to fill in" sheet."""
    lines = [["Column", "Required", "What to put in it", "Sensitive"]]
    for spec in FIELDS:
        required = "yes" if spec.name == "full_name" else ""
        if spec.name == "email":
            required = "recommended"
        lines.append([spec.label, required, KIND_HELP[spec.kind], "yes" if spec.sensitive else ""])
    lines += [
        [],
        ["One row per person; the first row holds the headers. Leave unknown cells empty."],
        ["Extra columns are ignored; columns can be in any order and named in your own words."],
        ["Sensitive columns are kept confidential: left out of printouts and exports by default."],
    ]
    return lines


def write_templates(folder: Path) -> tuple[Path, Path]:
    """(CSV, XLSX) templates in `folder`: header row only, plus the help sheet in the workbook."""
    make_private_dirs(folder)
    csv_path, xlsx_path = folder / "participants.csv", folder / "participants.xlsx"
    write_csv(csv_path, template_headers(), [])
    write_xlsx(xlsx_path, template_headers(), [], notes=template_notes())
    return csv_path, xlsx_path
