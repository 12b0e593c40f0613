"""Reading a spreadsheet file into a plain table: headers, then rows with their row numbers.

CSV files arrive as coordinators have them: Excel's "CSV" in cp1252 or UTF-8 with a BOM, with
`;`, `,` or tab between fields (and sometimes a `sep=;` first line), UTF-16 "Unicode text",
Google and Microsoft Forms exports with quoted answers spanning several lines, blank rows.
Row numbers are the ones the coordinator sees in their spreadsheet program: the header is
row 1 (or wherever it really is), a quoted multi-line cell stays one row, blank rows count.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.importing.formulas import unescape_csv
from mentordesk.importing.sheet import ImportCancelled, Progress, Table, collect_rows

__all__ = ["ImportCancelled", "Progress", "Table", "read_csv_bytes", "read_table"]


CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = ",;\t|"


def read_table(path: Path, progress: Progress | None = None) -> Table:
    """Read a CSV/TSV or XLSX file by its extension (unknown extensions are tried as CSV)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(t("No file at {path}", path=path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        from mentordesk.importing.xlsx import read_xlsx

        return read_xlsx(path, progress)
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            t(
                "{name} is an old Excel 97 workbook: save it as .xlsx or CSV and import that",
                name=path.name,
            )
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            t("Cannot read {name}: {value}", name=path.name, value=error.strerror or error)
        ) from None
    return read_csv_bytes(data, source=path.name, progress=progress)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): BOMs first, then UTF-8, then Windows-1252 (Excel's "CSV")."""
    for bom, name, codec in (
        (codecs.BOM_UTF8, "UTF-8 with BOM", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as error:
                raise ValidationError(
                    t("The file is not valid {name}: {reason}", name=name, reason=error.reason)
                ) from None
    sample = data[:4000]
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    if len(sample) >= 4 and sample.count(0) > len(sample) // 3:
        codec = "utf-16-le" if sample[1] == 0 else "utf-16-be"
        try:
            return data.decode(codec), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def read_csv_bytes(data: bytes, *, source: str = "", progress: Progress | None = None) -> Table:
    """Decode, find the delimiter, and split into rows (see the module docstring)."""
    text, encoding = decode(data)
    text = text.removeprefix("\ufeff")
    forced = None
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        forced, text = first.strip()[4], rest  # Excel's "sep=;" hint line
    delimiter = forced or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # An exported cell '=… was escaped so that a spreadsheet shows it as text: read it back.
    records = ([unescape_csv(cell) for cell in record] for record in reader)
    table = collect_rows(records, progress, row_offset=1 if forced else 0)
    return Table(
        headers=table[0],
        rows=table[1],
        source=source,
        encoding=encoding,
        delimiter=delimiter,
        header_row=table[2],
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records most consistently into several columns.

    csv.Sniffer's guess is one candidate; the usual delimiters are the others. Each is scored
    by how many of the first records have the header's number of fields (quoted line breaks
    and quoted delimiters are handled by parsing with the csv module itself).
    """
    sample = text[:65536]
    candidates = list(DELIMITERS)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
        candidates.insert(0, sniffed)
    except csv.Error:
        sniffed = ""
    best, best_score = ",", (-1.0, 0)
    for delimiter in candidates:
        records = _first_records(sample, delimiter, 50)
        if not records:
            continue
        width = len(records[0])
        if width < 2:
            continue
        same = sum(1 for r in records[1:] if len(r) == width)
        score = ((same + 1) / len(records), width)
        if score > best_score or (score == best_score and delimiter == sniffed):
            best, best_score = delimiter, score
    return best


def _first_records(sample: str, delimiter: str, limit: int) -> list[list[str]]:
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append(record)
            if len(records) >= limit:
                break
    except csv.Error:
        pass
    # The sample may end inside a record: drop the last one, it can be cut short.
    return records[:-1] if len(records) > 2 else records
