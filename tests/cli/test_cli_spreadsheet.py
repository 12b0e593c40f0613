"""`mentordesk import` / `export`: exit codes, one line per bad row, the summary line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mentordesk.cli import main

GOOD = "Full name,Email,Role\nAna,ana@example.org,mentor\nBo,bo@example.org,mentee\n"
BAD = GOOD + "Cy,not-an-email,mentee\n"


def _run(db: str, *args: str) -> int:
    return main(["--db", str(db), *args])


def _file(tmp_path: Path, text: str, name: str = "people.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_ok_prints_summary(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A clean file imports, exit 0, with the counts on the last line."""
    assert _run(db_location, "import", _file(tmp_path, GOOD), "--program", "Spring") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 added, 0 updated, 0 skipped, 0 rejected"
    assert _run(db_location, "import", _file(tmp_path, GOOD), "--program", "Spring") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 added, 0 updated, 2 skipped, 0 rejected"
    args = ("import", _file(tmp_path, GOOD), "--program", "Spring", "--update-duplicates")
    assert _run(db_location, *args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 added, 2 updated, 0 skipped, 0 rejected"


def test_bad_rows_without_consent_import_nothing(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad rows: one line each, nothing imported, exit 1; --skip-bad-rows imports the rest."""
    path = _file(tmp_path, BAD)
    assert _run(db_location, "import", path, "--program", "Spring") == 1
    captured = capsys.readouterr()
    assert "row 4, Email: not an email address" in captured.out.splitlines()
    assert "nothing imported" in captured.err
    assert _run(db_location, "programs") == 0
    assert capsys.readouterr().out == ""
    assert _run(db_location, "import", path, "--program", "Spring", "--skip-bad-rows") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 added, 0 updated, 0 skipped, 1 rejected"


def test_dry_run_writes_nothing(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--dry-run reports what would happen and exits 0 without writing."""
    assert _run(db_location, "import", _file(tmp_path, BAD), "--program", "S", "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "dry run, nothing written: 2 added, 0 updated, 0 skipped, 1 rejected"
    assert _run(db_location, "programs") == 0
    assert capsys.readouterr().out == ""


def test_role_option_and_missing_role(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a role column --role is needed (exit 1 saying so); with it the import works."""
    path = _file(tmp_path, "Name,Email\nAna,ana@example.org\n")
    assert _run(db_location, "import", path, "--program", "S") == 1
    assert "--role" in capsys.readouterr().err
    assert _run(db_location, "import", path, "--program", "S", "--role", "mentor") == 0


def test_usage_errors_exit_2(db_location: str, tmp_path: Path) -> None:
    """A missing --program or an unknown role is a usage error (exit 2)."""
    path = _file(tmp_path, GOOD)
    for args in (["import", path], ["import", path, "--program", "S", "--role", "boss"]):
        with pytest.raises(SystemExit) as exit_info:
            _run(db_location, *args)
        assert exit_info.value.code == 2


def test_unreadable_input_exits_1(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file or a broken workbook is exit 1 with a message, never a traceback."""
    assert _run(db_location, "import", str(tmp_path / "nope.csv"), "--program", "S") == 1
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"junk")
    assert _run(db_location, "import", str(broken), "--program", "S") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No file" in err


def test_export_with_and_without_sensitive_fields(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Export leaves sensitive columns out unless --include-sensitive; unknown formats exit 1."""
    text = "Full name,Email,Role,Gender,Confidential notes\nAna,ana@example.org,mentor,f,secret\n"
    assert _run(db_location, "import", _file(tmp_path, text), "--program", "S") == 0
    plain, full = tmp_path / "out.csv", tmp_path / "full.csv"
    assert _run(db_location, "export", str(plain), "--program", "S") == 0
    assert _run(db_location, "export", str(full), "--program", "S", "--include-sensitive") == 0
    with plain.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert "Gender" not in rows[0] and "secret" not in plain.read_text(encoding="utf-8-sig")
    with full.open(encoding="utf-8-sig") as handle:
        assert next(csv.DictReader(handle))["Confidential notes"] == "secret"
    assert _run(db_location, "export", str(tmp_path / "out.pdf"), "--program", "S") == 1
    assert _run(db_location, "export", str(plain), "--program", "Nope") == 1
    assert "No program named 'Nope'" in capsys.readouterr().err
