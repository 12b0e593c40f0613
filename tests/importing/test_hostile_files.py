"""Workbooks and cells as they come: stale dimensions, hostile sizes, damage, odd dates."""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.core.errors import ValidationError
from mentordesk.importing.export import write_people
from mentordesk.importing.mapping import guess_mapping
from mentordesk.importing.rows import decide_date_order, parse_rows
from mentordesk.importing.table import read_csv_bytes, read_table
from mentordesk.importing.values import DateOrder


def _workbook(path: Path, rows: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Role"])
    for i in range(rows):
        sheet.append([f"Person {i}", f"p{i}@example.org", "mentee"])
    book.save(path)


def _rewrite(path: Path, member: str, change: bytes, into: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[member] = parts[member].replace(change, into)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_stale_dimension_is_not_trusted(tmp_path: Path) -> None:
    """A workbook whose stored dimension says A1:C4 but holds 51 rows is read whole."""
    path = tmp_path / "stale.xlsx"
    _workbook(path, 50)
    _rewrite(path, "xl/worksheets/sheet1.xml", b'ref="A1:C51"', b'ref="A1:C4"')
    table = read_table(path)
    assert len(table.rows) == 50


def _hostile(path: Path, rows: int, last_column: str = "XFD") -> None:
    """A few KB of zip claiming A1:XFD1048576 with `rows` rows reaching column XFD."""
    body = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c>'
        f'<c r="{last_column}{r}" t="inlineStr"><is><t>y</t></is></c></row>'
        for r in range(1, rows + 1)
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:XFD1048576"/><sheetData>{body}</sheetData></worksheet>'
    )
    template = io.BytesIO()
    openpyxl.Workbook().save(template)
    with zipfile.ZipFile(template) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_hostile_workbook_is_refused_quickly(tmp_path: Path) -> None:
    """A workbook claiming a million columns is refused within seconds, with a sentence."""
    path = tmp_path / "hostile.xlsx"
    _hostile(path, 2000)
    assert path.stat().st_size < 100_000
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="too large"):
        read_table(path)
    assert time.perf_counter() - started < 30


def test_empty_rows_far_down_are_bounded(tmp_path: Path) -> None:
    """A cell at row 1,048,576 (a million empty rows before it) is refused, not padded."""
    path = tmp_path / "far.xlsx"
    _hostile(path, 1, last_column="C")
    _rewrite(path, "xl/worksheets/sheet1.xml", b"</sheetData>",
             b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>z</t></is></c></row>'
             b"</sheetData>")  # fmt: skip
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="too large"):
        read_table(path)
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace(b"worksheets", b"worksheetz"),  # a part missing
        lambda data: data.replace(b"PK\x01\x02\x14\x03\x14\x00", b"PK\x01\x02\x14\x03\xc7\x00"),
    ],
)
def test_damaged_workbook_is_not_readable(tmp_path: Path, damage: object) -> None:
    """A damaged XLSX is "not a readable workbook", never an internal error."""
    path = tmp_path / "people.xlsx"
    _workbook(path, 5)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(ValidationError, match=r"not a readable workbook|cannot be read"):
        read_table(path)


def test_broken_xml_is_not_readable(tmp_path: Path) -> None:
    """XML that does not parse inside a valid zip is "not a readable workbook"."""
    path = tmp_path / "people.xlsx"
    _workbook(path, 5)
    _rewrite(path, "xl/worksheets/sheet1.xml", b"<sheetData>", b"<sheetData><row <<")
    with pytest.raises(ValidationError, match="not a readable workbook"):
        read_table(path)


@pytest.mark.parametrize(
    "cell",
    [
        "22 Nov 99999999999999999999",
        "٢٢/١١/٢٠٢٦",
        "２２ Nov ２０２６",
        "22/11/" + "9" * 5000,
        "²²/¹/2026",
    ],
)
def test_bad_dates_are_bad_rows(cell: str) -> None:
    """Huge years and non-ASCII digits make a bad row (or a date), never an internal error."""
    table = read_csv_bytes(f"Name,Role,Date of birth\nAna,mentee,{cell}\nBo,mentee,\n".encode())
    columns = guess_mapping(table.headers)
    order, _note = decide_date_order(table, columns, DateOrder.DAY_FIRST, "test")
    parsed = parse_rows(table, columns, date_order=order, default_role=None,
                        today=dt.date(2026, 11, 22))  # fmt: skip
    names = [row.person.full_name for row in parsed.rows]
    assert "Bo" in names
    assert "Ana" in names or parsed.errors


@pytest.mark.parametrize("cell", ["9" * 5000, "1e308", "nan", "-99999999999999999999"])
def test_absurd_numbers_are_bad_rows(cell: str) -> None:
    """A capacity of 5,000 digits is a bad cell, not a crash or an overflow in the database."""
    table = read_csv_bytes(f"Name,Role,Mentor capacity\nAna,mentor,{cell}\n".encode())
    parsed = parse_rows(
        table, guess_mapping(table.headers), date_order=DateOrder.DAY_FIRST, default_role=None
    )
    assert parsed.errors


def test_xlsx_export_strips_control_characters(tmp_path: Path) -> None:
    """Names and notes with control characters (from a CSV) export to XLSX and read back."""
    from mentordesk.core.participant import ParticipantInput

    person = ParticipantInput(full_name="Ana\x01 Lima", notes="line\x0bbreak\x00", email="a@b.org")
    path = tmp_path / "out.xlsx"
    assert write_people(path, [person], include_sensitive=True) == 1
    table = read_table(path)
    assert "Ana Lima" in table.rows[0][1]


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    """A name starting with "=" is exported as text, never as a formula."""
    from mentordesk.core.participant import ParticipantInput

    path = tmp_path / "out.xlsx"
    write_people(path, [ParticipantInput(full_name='=HYPERLINK("x")')], include_sensitive=False)
    book = openpyxl.load_workbook(path)
    assert book.active["A2"].data_type == "s"


# -- fuzzing (bounded: the long run is bench/fuzz_import.py) ---------------------------------
_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["22 Nov 99999999999999999999", "31/02/2026", "٢٠٢٦-١١-٢٢", "mentor", "x@y.z"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(
        st.sampled_from(
            ["Name", "Email", "Role", "Date of birth", "Mentor capacity", "Notes", "?"]
        ),
        min_size=1,
        max_size=6,
    ),
    rows=st.lists(st.lists(_cells, max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_fuzzed_csv_never_crashes(
    headers: list[str], rows: list[list[str]], delimiter: str
) -> None:
    """Any CSV is read and parsed, or refused with a ValidationError; never anything else."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    try:
        table = read_csv_bytes(buffer.getvalue().encode("utf-8"))
        columns = guess_mapping(table.headers)
        order, _note = decide_date_order(table, columns, DateOrder.DAY_FIRST, "test")
        parse_rows(table, columns, date_order=order, default_role=None)
    except ValidationError as error:
        assert str(error) and "\n" not in str(error)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=400), position=st.integers(min_value=0, max_value=4000))
def test_fuzzed_xlsx_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                       position: int) -> None:  # fmt: skip
    """A workbook with random bytes spliced in is read, or refused with one sentence."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "f.xlsx"
    _workbook(path, 3)
    original = path.read_bytes()
    at = position % max(1, len(original))
    path.write_bytes(original[:at] + data + original[at + len(data) :])
    try:
        read_table(path)
    except ValidationError as error:
        assert str(error)
