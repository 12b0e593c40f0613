"""Log files: where they live, and that they hold no personal data.

Names, e-mails, dates of birth and notes are scrubbed out.

Log files sit outside the (possibly encrypted) database and outlive it, so everything written to
them goes through `scrub` first. What is removed:

- the parameters SQLAlchemy appends to a database error (`[parameters: (...)]`): the values
  being written, i.e. a person's name, e-mail, date of birth, notes;
- any quoted text ('…' or "…"), where exception messages put the value they choke on;
- e-mail addresses, dates (ISO, day/month/year, `datetime.date(…)` reprs) and phone numbers;
- the arguments of a log call (`log.info("opened %s", path)`): only numbers pass.

What stays is what a developer needs: exception types, file names, line numbers, the code
of each frame and the SQL statement (its values are bound parameters, never inlined).
"""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path

from mentordesk.core.private_files import create_private_file, tighten

APP_NAME = "MentorDesk"

_SQL_PARAMETERS = re.compile(
    r"\[parameters:.*?(?=\(Background on this error|\Z)", re.DOTALL | re.IGNORECASE
)
_SQL_VALUES = re.compile(r"(\[SQL:.*?\])", re.DOTALL)
# A frame's file name (File "…/x.py") is the program's, not a person's: kept.
_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|(?<!File )\"(?:[^\"\\\n]|\\.)*\"")
_EMAIL = re.compile(r"[\w.!#$%&*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_REPR = re.compile(r"datetime\.(?:date|datetime)\([^)]*\)")
_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_PHONE = re.compile(r"(?<![\w.])\+?\d[\d ()-]{6,}\d")

TEXT = "'…'"


def scrub(text: str) -> str:
    """`text` without personal data (see the module docstring for what is removed)."""
    text = _SQL_PARAMETERS.sub("[parameters: removed]\n", text)
    # The SQL statement is kept as written: its literals are the program's, not a person's.
    pieces = _SQL_VALUES.split(text)
    for index in range(0, len(pieces), 2):
        pieces[index] = _scrub_plain(pieces[index])
    return "".join(pieces)


def _scrub_plain(text: str) -> str:
    text = _DATE_REPR.sub("<date>", text)
    text = _QUOTED.sub(TEXT, text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _DATE.sub("<date>", text)
    return _PHONE.sub("<number>", text)


def scrubbed_traceback(error: BaseException) -> str:
    """The traceback of `error` (with its causes) as text, scrubbed."""
    return scrub("".join(traceback.format_exception(error)))


class ScrubbingFormatter(logging.Formatter):
    """A log formatter that scrubs the whole record (message, arguments, traceback) and puts
    the record's own time in front (after scrubbing: it looks like a date)."""

    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        # A message is the program's text; its arguments are data (a name, a file name …):
        # only numbers and types pass through.
        args = record.args
        if args:
            record = logging.makeLogRecord(record.__dict__)
            if isinstance(args, tuple):
                record.args = tuple(_argument(value) for value in args)
            else:
                record.args = {k: _argument(v) for k, v in args.items()}
        return f"{self.formatTime(record)} {scrub(super().format(record))}"


def _argument(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, type):
        return value.__name__
    return "…"


def log_path() -> Path:
    """mentordesk.log in the platform's user log folder (never a shared temporary folder)."""
    import platformdirs  # ~10 ms: not before the application's first paint (issue 14)

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "mentordesk.log"


def attach_log_file(logger: logging.Logger, path: Path | None = None) -> Path | None:
    """Log `logger` to the user's log file: created 0600 (its new folders 0700), scrubbed.

    Returns the file, or None when it cannot be written (the caller then logs elsewhere).
    """
    path = path or log_path()
    try:
        create_private_file(path)
        tighten(path)  # a log written by an older version was 0644
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(ScrubbingFormatter())
    logger.addHandler(handler)
    return path


def append_to_log(text: str, path: Path | None = None, *, stamp: str = "") -> Path | None:
    """Append `text`, scrubbed, to the user's log file; returns the file or None on failure."""
    path = path or log_path()
    try:
        create_private_file(path)
        tighten(path)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{stamp} {scrub(text)}".lstrip())
    except OSError:
        return None
    return path
