"""No personal data in any log: logs live in the user's log folder, 0600, scrubbed."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli.common import fail_internal
from mentordesk.core.logs import log_path, scrub
from mentordesk.db.engine import Database

NAME = "Zoë Ångström-Ferreira"
EMAIL = "zoe.angstrom@school.example.org"
BIRTH = dt.date(2012, 4, 17)
NOTE = "Lives with her aunt since March; ask before calling home"
PHONE = "+44 20 7946 0958"


def personal_strings() -> list[str]:
    return [NAME, EMAIL, BIRTH.isoformat(), "17/04/2012", NOTE, PHONE, "Ångström"]


def _integrity_error(tmp_path: Path) -> sa.exc.IntegrityError:
    """A real database error whose parameters hold a child's name, e-mail, birth date, notes."""
    db = Database(tmp_path / "err.sqlite")
    insert = sa.text(
        "INSERT INTO participants (id, full_name, email, date_of_birth, notes, phone,"
        " preferred_name, grade, org_unit, skills_offered, skills_sought, interests, goals,"
        " languages, location, time_zone, availability, preferred_format, gender, pronouns,"
        " identity_preferences, created_at, updated_at) VALUES (1, :n, :e, :d, :notes, :p, '',"
        " '', '', '[]', '[]', '[]', '[]', '[]', '', '', '[]', '', '', '', '', '2026-01-01',"
        " '2026-01-01')"
    )
    params = {"n": NAME, "e": EMAIL, "d": BIRTH, "notes": NOTE, "p": PHONE}
    try:
        # The raw session: Database.begin turns database errors into one sentence (issue 17),
        # and this test needs the raw error, parameters and all, to prove the log scrubs it.
        with db.sessions.begin() as session:
            session.execute(insert, params)
            session.execute(insert, params)  # the same id again
    except sa.exc.IntegrityError as error:
        return error
    finally:
        db.close()
    raise AssertionError("no IntegrityError")


def test_scrub_removes_personal_data_from_messages() -> None:
    """Quoted values, e-mails, dates, phone numbers and SQL parameters are scrubbed."""
    samples = [
        f"KeyError: {NAME!r}",
        f"ValueError: cannot parse {BIRTH!r} for {EMAIL}",
        f'invalid literal for int() with base 10: "{NOTE}"',
        f"call {PHONE} on 17/04/2012",
        f"[SQL: INSERT INTO x VALUES (?, ?)]\n[parameters: ('{NAME}', '{NOTE}')]",
    ]
    for text in samples:
        cleaned = scrub(text)
        for secret in personal_strings():
            assert secret not in cleaned, (secret, cleaned)
    assert "INSERT INTO x VALUES (?, ?)" in scrub(samples[-1])
    assert 'File "/src/x.py", line 3' in scrub('File "/src/x.py", line 3, in f')


def test_cli_internal_error_goes_to_the_private_user_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unexpected CLI error is logged in the user's log folder, 0600, without the
    participant's name, e-mail, date of birth, notes or phone, and never in /tmp."""
    shared = Path(tempfile.gettempdir()) / "mentordesk-error.log"
    before = shared.stat().st_mtime_ns if shared.exists() else None
    old_umask = os.umask(0o022)
    try:
        error = _integrity_error(tmp_path)
        try:
            raise RuntimeError("saving failed") from error
        except RuntimeError as wrapped:
            assert fail_internal(wrapped) == 1
    finally:
        os.umask(old_umask)
    log = log_path()
    assert str(log) in capsys.readouterr().err
    assert log.is_relative_to(Path(os.environ["HOME"]))
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "RuntimeError" in text
    for secret in personal_strings():
        assert secret not in text, secret
    assert (shared.stat().st_mtime_ns if shared.exists() else None) == before  # not written


@pytest.fixture
def gui_log() -> Iterator[logging.Logger]:
    from mentordesk.gui.common import log

    handlers = list(log.handlers)
    yield log
    for handler in log.handlers[len(handlers) :]:
        handler.close()
        log.removeHandler(handler)


def test_gui_log_is_private_and_scrubbed(tmp_path: Path, gui_log: logging.Logger) -> None:
    """The application's log file is 0600 and an unexpected error's traceback in it holds no
    personal data."""
    from mentordesk.gui.common import setup_logging

    old_umask = os.umask(0o022)
    try:
        path = setup_logging()
        error = _integrity_error(tmp_path)
        gui_log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
        gui_log.warning("Could not open %s for %s", EMAIL, NAME)
    finally:
        os.umask(old_umask)
    for handler in gui_log.handlers:
        handler.flush()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert "IntegrityError" in text
    for secret in personal_strings():
        assert secret not in text, secret
