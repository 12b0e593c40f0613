"""A sample program built once per test session and copied for each test that needs one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentordesk.db.engine import Database
from mentordesk.services.sample import create_sample_program

SAMPLE_PROGRAM = "Riverside Mentoring 2026–27 (sample)"


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    db = Database(path)
    create_sample_program(db)
    db.close()
    return path


@pytest.fixture
def sample_path(_sample_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample program's file (60 people, pairs, meetings, IDPs …)."""
    target = tmp_path / "work" / "sample.sqlite"
    target.parent.mkdir(mode=0o700)
    shutil.copyfile(_sample_file, target)
    target.chmod(0o600)
    return target
