"""File ▸ Back Up Now…, File ▸ Restore…, and a file already open in another window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common import AppContext
from mentordesk.gui.files import RestoreDialog, open_for_window
from mentordesk.gui.main_window import MainWindow
from mentordesk.services.files import BackupService
from mentordesk.services.programs import ProgramService

pytestmark = pytest.mark.sqlite_only(
    reason="backups, the lock file, damaged files, the database file as an export target"
)


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    ProgramService(db).create("Autumn 2026")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    return win


def test_back_up_now_and_restore(window: MainWindow, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Back up, add a program, restore the backup from the dialog: the program is gone again."""
    assert window.backup_action in window.ui.menuFile.actions()
    window.backup_action.trigger()
    ProgramService(window.ctx.db).create("Added later")
    window.reload_programs()
    assert window.program_combo.count() == 2
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = window.restore_with_dialog()
    assert isinstance(dialog, RestoreDialog)
    manual = [i for i, b in enumerate(dialog.backups) if b.reason == "manual"]
    dialog.list.setCurrentRow(manual[0])
    assert "1 program," in dialog.list.currentItem().text()
    dialog.accept()
    qtbot.waitUntil(lambda: window.program_combo.count() == 1)
    assert window.ctx.db.holds_writer_lock
    reasons = {b.reason for b in BackupService(window.ctx.db).list()}
    assert "before restore" in reasons


def test_restore_dialog_without_backups_cannot_restore(db: Database, qtbot: QtBot) -> None:
    """With no backup yet the dialog says so and its Restore button stays disabled."""
    dialog = RestoreDialog(BackupService(db))
    qtbot.addWidget(dialog)
    assert "No backups yet" in dialog.list.item(0).text()
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.chosen() is None


def test_second_window_is_offered_read_only(db_path: Path, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A file held by another MentorDesk process: "already open in another window", and the
    coordinator may open it read-only."""
    Database(db_path).close()
    script = (
        "import sys, time\nfrom mentordesk.db.engine import Database\n"
        "db = Database(sys.argv[1], lock_now=True)\nprint('held', flush=True)\ntime.sleep(30)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        asked: list[str] = []

        def answer(_parent: object, _title: str, text: str, *args: object) -> object:
            asked.append(text)
            return QMessageBox.StandardButton.Open

        monkeypatch.setattr(QMessageBox, "question", answer)
        db = open_for_window(db_path)
        assert db is not None and db.readonly
        assert "already open in another window" in asked[0]
        db.close()
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
        assert open_for_window(db_path) is None
    finally:
        holder.kill()
        holder.wait()


def test_damaged_file_is_replaced_by_the_newest_good_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a damaged file offers the newest good backup; the damaged file is kept aside."""
    db = Database(db_path)
    for index in range(200):
        ProgramService(db).create(f"Program {index}")
    BackupService(db).backup("manual")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    db_path.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    db = open_for_window(db_path)
    assert db is not None and len(ProgramService(db).list()) == 200
    db.close()
    assert any(".damaged-" in p.name for p in db_path.parent.iterdir())


def test_export_dialog_asks_before_replacing(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exporting over an existing file asks first; "Cancel" leaves the file as it was, and the
    database itself can never be the target."""
    from mentordesk.gui.roster.export_dialog import ExportDialog

    program, _ = ProgramService(db).create("Spring")
    ctx = AppContext(db)
    ctx.set_program(program.id)
    target = tmp_path / "roster.csv"
    target.write_text("earlier work")
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.formatCombo.setCurrentIndex(1)
    dialog.ui.pathEdit.setText(str(target))
    dialog.export_button.click()
    assert asked and "Replace" in asked[0]
    assert target.read_text() == "earlier work"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    before = db.path.read_bytes()
    dialog.ui.pathEdit.setText(str(db.path.with_suffix(".sqlite")))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "cannot be overwritten" in dialog.ui.messageLabel.text() or (
        ".csv or .xlsx" in dialog.ui.messageLabel.text()
    )
    assert db.path.read_bytes() == before


def test_backup_settings_choose_folder_and_rotation(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """File ▸ Backup Settings…: a chosen folder (a USB stick) and rotation are used from then on."""
    from mentordesk.services.files import BackupPreferences, backup_preferences, configure_backups

    try:
        dialog = window.backup_settings_with_dialog()
        usb = tmp_path / "usb"
        dialog.folder_edit.setText(str(usb))
        dialog.daily.setValue(3)
        dialog.accept()
        assert backup_preferences().rotation.daily == 3
        path = window.back_up_now()
        assert path is not None and usb in path.parents
        assert window.settings.qsettings.value("backup/daily") in (3, "3")
    finally:
        configure_backups(BackupPreferences())
