"""Unexpected errors: a friendly message, the details behind "Show Details…", a log file."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk.core import logs
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common.i18n import translate

log = logging.getLogger("mentordesk")


def log_path() -> Path:
    return logs.log_path()


def setup_logging() -> Path:
    """Log to the user's log file, created 0600 and scrubbed of personal data."""
    path = logs.attach_log_file(log, log_path())
    if path is None:
        handler = logging.StreamHandler()
        handler.setFormatter(logs.ScrubbingFormatter())
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path or log_path()


def error_box(error: BaseException, details: str = "") -> QMessageBox:
    """The dialog shown for an error; a MentorDeskError's message is shown as is."""
    if isinstance(error, MentorDeskError):
        box = QMessageBox(QMessageBox.Icon.Warning, "MentorDesk", str(error))
        return box
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("common.errors", "Something went wrong"),
        translate(
            "common.errors",
            "MentorDesk ran into a problem it did not expect. Everything saved before stays "
            "saved; the last action may not have been completed, so please check it.",
        ),
    )
    box.setInformativeText(
        translate("common.errors", "{__name__}: {error}\n\nA report was written to {v2}.").format(
            __name__=type(error).__name__, error=error, v2=log_path()
        )
    )
    box.setDetailedText(details)  # behind the "Show Details…" button
    return box


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    if not isinstance(error, MentorDeskError):
        log.error("Unexpected error", exc_info=(kind, error, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    error_box(error, details).exec()


def install_excepthook() -> None:
    """From now on an exception in a slot shows a dialog instead of a traceback."""
    sys.excepthook = _excepthook
