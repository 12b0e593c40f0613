"""Writing participants to CSV or XLSX, and the shipped import templates.

The columns are the FIELDS labels, so an exported roster imports back unchanged. Sensitive
fields are left out unless the caller asks for them. The templates ship in every language with
a catalog (resources/templates/<code>/): headers and the help sheet worded in it; the importer
recognises the field labels of every shipped language.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import N_, has_catalog, t, word_in
from mentordesk.core.languages import document_languages
from mentordesk.core.outputs import atomic_output
from mentordesk.core.participant import FIELDS, FieldSpec, Kind, ParticipantInput
from mentordesk.core.private_files import make_private_dirs, open_private_text
from mentordesk.core.resources import resource_path
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
    Kind.TEXT: N_("any text"),
    Kind.EMAIL: N_("an e-mail address"),
    Kind.DATE: N_("a date: 2026-11-22, 22/11/2026 or 22 Nov 2026"),
    Kind.INT: N_("a whole number"),
    Kind.FLOAT: N_("a number"),
    Kind.LIST: N_("several values separated by ; (e.g. python; public speaking)"),
    Kind.ROLE: N_("mentor, mentee or both"),
    Kind.STATUS: N_("applied, screened, trained, active or withdrawn (default applied)"),
    Kind.DECISION: N_("pending, cleared or not cleared (default pending)"),
    Kind.BOOL: N_("yes or no"),
    Kind.LANGUAGE: N_(
        "the language documents about the person print in: {codes} (empty: the program's)"
    ),
}

#: The help sheet's name, column titles, words and closing lines.
HOW_TO_FILL_IN = N_("How to fill in")
PARTICIPANTS = N_("Participants")
#: Languages written right to left: their template's sheets are laid out that way.
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})
RECOMMENDED = N_("recommended")
YES = N_("yes")
NOTES_TITLES = (N_("Column"), N_("Required"), N_("What to put in it"), N_("Sensitive"))
NOTES_LINES = (
    N_("One row per person; the first row holds the headers. Leave unknown cells empty."),
    N_("Extra columns are ignored; columns can be in any order and named in your own words."),
    N_("Sensitive columns are kept confidential: left out of printouts and exports by default."),
    N_("Values such as mentor, active or yes are written in English, as the column "
       "\"What to put in it\" shows them, whatever the language of the headers."),
)  # fmt: skip


def template_languages() -> tuple[str, ...]:
    """The languages a template is made in: English and every language with a catalog."""
    return tuple(code for code in document_languages() if has_catalog(code))


def template_headers(language: str = "en") -> list[str]:
    """The template's header row: every importable field's label in `language`, in FIELDS
    order (the importer reads the labels of every shipped language)."""
    return [word_in(language, spec.label) for spec in FIELDS]


def template_notes(language: str = "en") -> list[list[str]]:
    """The template workbook's help sheet ("How to fill in"), worded in `language`."""
    yes = word_in(language, YES)
    lines = [[word_in(language, title) for title in NOTES_TITLES]]
    for spec in FIELDS:
        required = yes if spec.name == "full_name" else ""
        if spec.name == "email":
            required = word_in(language, RECOMMENDED)
        what = word_in(language, KIND_HELP[spec.kind])
        if spec.kind is Kind.LANGUAGE:
            what = what.format(codes=", ".join(document_languages()))
        label = word_in(language, spec.label)
        lines.append([label, required, what, yes if spec.sensitive else ""])
    lines += [[], *([word_in(language, line)] for line in NOTES_LINES)]
    return lines


def notes_title(language: str = "en") -> str:
    """The help sheet's name in the workbook."""
    return word_in(language, HOW_TO_FILL_IN)


def template_path(language: str, kind: str = "xlsx") -> Path:
    """The shipped template in `language` (English when none ships for it)."""
    name = f"participants.{kind}"
    code = language.split("_")[0]
    found = resource_path("templates", code, name) if code != "en" else None
    return found if found is not None and found.is_file() else resource_path("templates", name)


def write_templates(folder: Path) -> list[Path]:
    """CSV and XLSX templates in `folder` (English) and `folder/<code>/` for every other
    language: the header row only, plus the help sheet in the workbook."""
    written = []
    for language in template_languages():
        target = folder if language == "en" else folder / language
        make_private_dirs(target)
        csv_path, xlsx_path = target / "participants.csv", target / "participants.xlsx"
        headers = template_headers(language)
        write_csv(csv_path, headers, [])
        notes = template_notes(language)
        write_xlsx(
            xlsx_path,
            headers,
            [],
            title=word_in(language, PARTICIPANTS),
            notes=notes,
            notes_title=notes_title(language),
            right_to_left=language in RIGHT_TO_LEFT,
        )
        written += [csv_path, xlsx_path]
    return written
