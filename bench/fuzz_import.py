"""A long fuzz run of CSV/XLSX import: random and mutated files through read, map and parse.

    python -m bench.fuzz_import [--files N] [--seed S]

Each file is read (`read_table`), mapped and parsed as an import would; the outcome is
counted as read, refused (a ValidationError: its message must be one sentence, one line) or
a crash (anything else), and any file taking over 30 s is a hang. Goal: 0 crashes, 0 hangs.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import FrameType

import openpyxl

from mentordesk.core.errors import ValidationError
from mentordesk.importing.mapping import guess_mapping
from mentordesk.importing.rows import decide_date_order, parse_rows
from mentordesk.importing.table import read_table
from mentordesk.importing.values import DateOrder

HANG_S = 30
HEADERS = ["Name", "Full name", "Email", "Role", "Date of birth", "Mentor capacity",
           "Skills", "Notes", "Training hours", "Guardian consent", "Status", "First name",
           "Last name"]  # fmt: skip
NASTY = ["22 Nov 99999999999999999999", "٢٢/١١/٢٠٢٦", "３１/１２/２０２６", "9" * 400, "nan", "inf",
         "-0", "=cmd|' /C calc'!A0", "\x00\x01\x0b", "\ufeff", "é" * 300, "31/02/2026",
         "2026-13-45", "1e308", "mentor; mentee", "yes", "☃", "\r\n", '"', "a@b", ""]  # fmt: skip


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def random_cell(rng: random.Random) -> object:
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(NASTY)
    if kind < 0.6:
        return "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(0, 12)))
    if kind < 0.8:
        return str(rng.randint(-(10**25), 10**25))
    return f"Person {rng.randint(0, 999)}"


def make_csv(rng: random.Random) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=rng.choice([",", ";", "\t", "|"]))
    writer.writerow(rng.sample(HEADERS, rng.randint(1, 7)))
    for _ in range(rng.randint(0, 30)):
        writer.writerow([random_cell(rng) for _ in range(rng.randint(0, 9))])
    data = out.getvalue().encode(rng.choice(["utf-8", "utf-16", "utf-8-sig"]), "replace")
    if rng.random() < 0.3:  # flip some bytes
        raw = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw)
    return data


def make_xlsx(rng: random.Random, template: bytes) -> bytes:
    if rng.random() < 0.5:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(rng.sample(HEADERS, rng.randint(1, 7)))
        for _ in range(rng.randint(0, 20)):
            row = [random_cell(rng) for _ in range(rng.randint(0, 8))]
            sheet.append([c if not isinstance(c, str) else c.translate(_XML_BAD) for c in row])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    raw = bytearray(template)
    for _ in range(rng.randint(1, 30)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    if rng.random() < 0.3:
        raw = raw[: rng.randrange(len(raw))]
    return bytes(raw)


_XML_BAD = {i: None for i in (*range(0, 9), 11, 12, *range(14, 32))}


def check(path: Path) -> str:
    """'read', 'refused' or 'crash: …' / 'hang'."""
    signal.alarm(HANG_S)
    try:
        table = read_table(path)
        columns = guess_mapping(table.headers)
        order, _note = decide_date_order(table, columns, DateOrder.DAY_FIRST, "fuzz")
        parse_rows(table, columns, date_order=order, default_role=None)
        return "read"
    except ValidationError as error:
        text = str(error)
        return "refused" if text and "\n" not in text else f"crash: bad message {text!r}"
    except Hang:
        return "hang"
    except Exception:
        return "crash: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
    finally:
        signal.alarm(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _alarm)
    template = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["Name", "Email", "Role"])
    for i in range(20):
        book.active.append([f"P {i}", f"p{i}@example.org", "mentee"])
    book.save(template)
    counts = {"read": 0, "refused": 0, "crash": 0, "hang": 0}
    crashes: list[str] = []
    slowest = 0.0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.files):
            xlsx = rng.random() < 0.4
            path = Path(folder) / (f"f{index}.xlsx" if xlsx else f"f{index}.csv")
            path.write_bytes(make_xlsx(rng, template.getvalue()) if xlsx else make_csv(rng))
            one = time.perf_counter()
            outcome = check(path)
            slowest = max(slowest, time.perf_counter() - one)
            key = outcome.split(":")[0]
            counts[key] += 1
            if key in ("crash", "hang"):
                crashes.append(f"{path.name}: {outcome}")
            path.unlink()
    elapsed = time.perf_counter() - started
    print(
        f"{args.files} files in {elapsed:.0f} s: {counts['read']} read, {counts['refused']} "
        f"refused with a sentence, {counts['crash']} crashes, {counts['hang']} hangs "
        f"(slowest {slowest:.2f} s)"
    )
    for line in crashes[:10]:
        print(f"    {line}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
