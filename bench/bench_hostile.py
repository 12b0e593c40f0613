"""Hostile workbooks: time and peak memory to read or refuse them; goal ≤ 30 s and ≤ 500 MB."""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl

TARGET_S, TARGET_MB = 30.0, 500.0

PROBE = """
import resource, sys, time
from mentordesk.core.errors import ValidationError
from mentordesk.importing.table import read_table
started = time.perf_counter()
try:
    table = read_table(sys.argv[1])
    outcome = f"read {len(table.rows)} rows"
except ValidationError as error:
    outcome = f"refused: {error}"
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.2f}\\t{peak:.0f}\\t{outcome}")
"""


def workbook(path: Path, rows: str, dimension: str = "A1:XFD1048576") -> None:
    template = io.BytesIO()
    openpyxl.Workbook().save(template)
    with zipfile.ZipFile(template) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        cases = {
            "claims A1:XFD1048576, 3 rows": "".join(
                f'<row r="{r}">{cell(f"A{r}", "x")}</row>' for r in range(1, 4)
            ),
            "1.2 M rows of one cell": "".join(
                f'<row r="{r}">{cell(f"A{r}", "x")}</row>' for r in range(1, 1_200_001)
            ),
            "1.2 M empty rows then one": "".join(f'<row r="{r}"/>' for r in range(1, 1_200_001))
            + f'<row r="1200001">{cell("A1200001", "x")}</row>',
            "rows reaching column XFD": "".join(
                f'<row r="{r}">{cell(f"A{r}", "x")}{cell(f"XFD{r}", "y")}</row>'
                for r in range(1, 20_001)
            ),
        }
        for name, rows in cases.items():
            path = Path(folder) / "hostile.xlsx"
            workbook(path, rows)
            size = path.stat().st_size / 1024
            result = subprocess.run(
                [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True
            )
            elapsed, peak, outcome = ([*result.stdout.strip().split("\t"), "", "", ""])[:3]
            verdict = (
                "ok"
                if result.returncode == 0
                and float(elapsed) <= TARGET_S
                and float(peak) <= TARGET_MB
                else "NOT MET"
            )
            print(
                f"{name:32} {size:8.0f} KB  {elapsed:>6} s  {peak:>5} MB  {verdict}  "
                f"{(outcome or result.stderr.strip().splitlines()[-1:])!s:.90}"
            )


if __name__ == "__main__":
    main()
