"""The application shell: programs, files, remembered state, first run, error dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.app import build_main_window, open_start_database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import error_box
from mentordesk.gui.main_window import VIEW_PAIRS, MainWindow
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.services.pairs.store import create_pair
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import write_participant
from mentordesk.services.roster.people import RosterService


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    ProgramService(db).create("Autumn 2026")
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    return win


def _programs(window: MainWindow) -> list[str]:
    combo = window.program_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_create_rename_archive_program(window: MainWindow, qtbot: QtBot) -> None:
    """Programs are created, renamed and archived through the dialogs and the menu."""
    dialog = ProgramDialog(
        ProgramDialog.CREATE,
        submit=lambda v: window.ctx.broadcast(ProgramService(window.ctx.db).create(**v)[1]),
    )
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Spring 2027")
    dialog.accept()
    assert "Spring 2027" in _programs(window)
    assert window.program_combo.currentText() == "Spring 2027"

    service = ProgramService(window.ctx.db)
    rename = ProgramDialog(
        ProgramDialog.RENAME,
        service.get(window.ctx.program_id or 0),
        submit=lambda v: window.ctx.broadcast(service.update(window.ctx.program_id or 0, **v)[1]),
    )
    qtbot.addWidget(rename)
    rename.ui.nameEdit.setText("Autumn 2026")  # taken
    rename.accept()
    assert rename.ui.nameError.text() == "already exists" and rename.result() == 0
    rename.ui.nameEdit.setText("Spring 2027 (pilot)")
    rename.accept()
    assert "Spring 2027 (pilot)" in _programs(window)

    window.ui.actionArchiveProgram.trigger()
    assert window.program_combo.currentText() == "Spring 2027 (pilot)  (archived)"
    assert service.get(window.ctx.program_id or 0).archived


def test_program_dialog_validation(qtbot: QtBot) -> None:
    """An empty name or an end date before the start keeps OK disabled, message beside it."""
    dialog = ProgramDialog(ProgramDialog.SETTINGS)
    qtbot.addWidget(dialog)
    assert dialog.errors == {"name": "required"}
    dialog.ui.nameEdit.setText("P")
    dialog.ui.startDateEdit.setText("2026-09-01")
    dialog.ui.endDateEdit.setText("2026-08-01")
    assert dialog.ui.endDateError.text() == "before the start date"
    dialog.ui.endDateEdit.setText("someday")
    assert dialog.ui.endDateError.text().startswith("not a date (e.g. ")


def test_open_database_and_recent_files(window: MainWindow, tmp_path: Path) -> None:
    """Opening another file switches everything and lists the file under Open Recent."""
    other = tmp_path / "other.sqlite"
    first = window.ctx.db.location
    window.open_database(other)
    assert window.ctx.db.path == other and _programs(window) == []
    assert window.settings.recent()[0] == other
    window.open_database(first)
    assert [a.text() for a in window.ui.menuRecent.actions()] == [str(other)]
    assert _programs(window) == ["Autumn 2026"]


def test_views_navigate(window: MainWindow) -> None:
    """The navigation list switches the stacked view; a pair request shows the pairs view."""
    window.show_view(2)
    assert window.ui.viewStack.currentIndex() == 2
    window.show_view(0)
    db = window.ctx.db
    program_id = window.ctx.program_id
    assert program_id is not None
    with db.begin() as session:
        mentor = write_participant(
            session, program_id, ParticipantInput("Ana", role=Role.MENTOR, capacity=1)
        )
        mentee = write_participant(session, program_id, ParticipantInput("Ben"))
        pair_id = create_pair(session, program_id, [mentor.id], [mentee.id]).id
    window.ctx.open_pair(pair_id)
    assert window.ui.viewStack.currentIndex() == VIEW_PAIRS


def test_remembers_last_program(db: Database, settings: QSettings, qtbot: QtBot) -> None:
    """The program picked last time is picked again for the same file."""
    ProgramService(db).create("A")
    b, _ = ProgramService(db).create("B")
    first = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(first)
    first.program_combo.setCurrentIndex(first.program_combo.findData(b.id))
    first.close()
    again = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(again)
    assert again.ctx.program_id == b.id


def test_first_run_creates_sample(tmp_path: Path) -> None:
    """With no database file, the application creates one holding the sample program."""
    path = tmp_path / "new" / "mentordesk.sqlite"
    db = open_start_database(path)
    programs = ProgramService(db).list()
    assert len(programs) == 1
    assert len(RosterService(db).rows(programs[0].id)) == 60
    db.close()
    db = open_start_database(path)  # second start: no second sample
    assert len(ProgramService(db).list()) == 1
    db.close()


def test_build_main_window_on_empty_default(qtbot: QtBot, tmp_path: Path) -> None:
    """The full start path opens the sample program on a fresh --db file."""
    window = build_main_window(tmp_path / "fresh.sqlite")
    qtbot.addWidget(window)
    assert window.roster_view.proxy.rowCount() == 60
    assert "(sample)" in window.windowTitle()
    assert "Protect with passphrase" in window.statusBar().currentMessage()  # offered


def test_error_dialog_hides_the_traceback() -> None:
    """Unexpected errors show a plain message; the traceback only behind Show Details."""
    box = error_box(KeyError("x"), "Traceback (most recent call last): ...")
    assert "Traceback" not in box.text() + box.informativeText()
    assert box.detailedText().startswith("Traceback")
    user = error_box(ValidationError("A program needs a name"))
    assert user.text() == "A program needs a name" and user.icon() == QMessageBox.Icon.Warning


def test_excepthook_shows_dialog_and_logs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An exception escaping a slot opens the friendly dialog and is written to the log."""
    import sys

    from mentordesk.gui.common import errors

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "log" / "mentordesk.log")
    errors.setup_logging()
    errors.install_excepthook()
    try:
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = sys.__excepthook__
        for handler in list(errors.log.handlers):
            errors.log.removeHandler(handler)
            handler.close()
    assert len(shown) == 1 and "RuntimeError: disk on fire" in shown[0].informativeText()
    assert "disk on fire" in (tmp_path / "log" / "mentordesk.log").read_text(encoding="utf-8")
