"""The database tests build new files with the migrations themselves (their failure-injection
tests patch `migrate`); `test_new_file_template.py` points at a template of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.db import sqlite_file


@pytest.fixture(autouse=True)
def _no_new_file_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_file, "NEW_FILE_TEMPLATE", tmp_path / "no-template.sqlite")
