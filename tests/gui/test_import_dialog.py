"""The import and export dialogs driven like a coordinator would, with qtbot."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import ParticipantRecord
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.roster.export_dialog import ExportDialog
from mentordesk.gui.roster.import_dialog import ImportDialog
from mentordesk.gui.roster.import_models import COL_TARGET, FieldDelegate
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import write_participant

MESSY = (
    "Timestamp,Email Address,Full name,Mentor or mentee?,Department / Class,T-shirt size\n"
    "21/11/2026 10:00,ana@example.org,Ana Lima,Mentor,Maths,M\n"
    "21/11/2026 10:01,jose@example.org,José Álvarez,I want a mentor,7B,S\n"
    "21/11/2026 10:02,zoe@example,Zoë Brontë,Mentee,7C,S\n"
    "21/11/2026 10:06,jose@example.org,José A.,Mentee,7B,S\n"
)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    program, _ = ProgramService(db).create("Spring")
    with db.begin() as session:
        write_participant(
            session, program.id, ParticipantInput("Ana Old", "ana@example.org", role=Role.MENTOR)
        )
    context = AppContext(db)
    context.set_program(program.id)
    return context


def _names(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(sa.select(ParticipantRecord.full_name)))


def _open(qtbot: QtBot, ctx: AppContext, tmp_path: Path, text: str = MESSY) -> ImportDialog:
    path = tmp_path / "messy.csv"
    path.write_text(text, encoding="utf-8-sig")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    _settle(qtbot, dialog)
    return dialog


def _settle(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=10000)


def test_dialog_shows_mapping_preview_problems_and_duplicates(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """After choosing a file: guessed mapping, preview, bad rows and duplicates; no write."""
    dialog = _open(qtbot, ctx, tmp_path)
    model = dialog.mapping_model
    labels = [model.index(r, COL_TARGET).data() for r in range(model.rowCount())]
    assert labels[1:5] == ["Email", "Full name", "Role", "Department / class"]
    assert labels[-1] == "(ignore)"
    assert dialog.preview_model.rowCount() == 3
    problems = dialog.problems_model
    assert [problems.index(0, c).data() for c in range(4)] == [
        "4", "Email Address", "not an email address", "zoe@example",
    ]  # fmt: skip
    assert dialog.duplicates_model.rowCount() == 2
    assert "1 new" in dialog.ui.summaryLabel.text()
    assert "1 row with problems will be left out" in dialog.ui.summaryLabel.text()
    assert dialog.import_button.isEnabled()
    assert _names(ctx.db) == {"Ana Old"}


def test_changing_the_mapping_replans(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Ignoring a column (through the field combo) takes it out of the preview."""
    dialog = _open(qtbot, ctx, tmp_path)
    view = dialog.ui.mappingTable
    index = dialog.mapping_model.index(4, COL_TARGET)
    delegate = view.itemDelegateForColumn(COL_TARGET)
    assert isinstance(delegate, FieldDelegate)
    editor = delegate.createEditor(view, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "org_unit"
    editor.setCurrentIndex(0)  # "(ignore)"
    old_plan = dialog.plan
    delegate.setModelData(editor, dialog.mapping_model, index)
    qtbot.waitUntil(lambda: dialog.plan is not old_plan and not dialog.is_busy(), timeout=10000)
    headers = [
        dialog.preview_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.preview_model.columnCount())
    ]
    assert "Department / class" not in headers
    assert "Full name" in headers


def test_confirm_good_rows_only(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With bad rows the user is asked first; "no" writes nothing, "yes" imports the good rows."""
    dialog = _open(qtbot, ctx, tmp_path)
    answers = [False, True]
    asked: list[tuple[int, int]] = []

    def confirm(good: int, bad: int) -> bool:
        asked.append((good, bad))
        return answers.pop(0)

    monkeypatch.setattr(dialog, "confirm_good_rows_only", confirm)
    dialog.import_button.click()
    assert asked == [(1, 1)] and not dialog.is_busy()
    assert _names(ctx.db) == {"Ana Old"}
    changes: list[ChangeSet] = []
    ctx.changed.connect(changes.append)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    assert dialog.counts is not None and dialog.counts.summary() == (
        "1 added, 0 updated, 2 skipped, 1 rejected"
    )
    assert _names(ctx.db) == {"Ana Old", "José Álvarez"}
    assert changes and changes[0].touches(Topic.PARTICIPANTS)


def test_update_duplicates_choice(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Choosing "update" changes the summary and updates the existing person on import."""
    dialog = _open(qtbot, ctx, tmp_path, MESSY.replace("zoe@example,", "zoe@example.org,"))
    dialog.ui.updateDuplicatesRadio.setChecked(True)
    assert "2 updated" in dialog.ui.summaryLabel.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    assert _names(ctx.db) == {"Ana Lima", "José A.", "Zoë Brontë"}


def test_cancel_writes_nothing_and_missing_name_is_explained(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """A file without a name column says so and cannot be imported; Cancel writes nothing."""
    path = tmp_path / "noname.csv"
    path.write_text("Who,Email\nBo,bo@example.org\n", encoding="utf-8")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: "names" in dialog.ui.summaryLabel.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()
    dialog.mapping_model.setData(dialog.mapping_model.index(0, COL_TARGET), "full_name")
    _settle(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog.reject()
    assert _names(ctx.db) == {"Ana Old"}


def test_new_program_name_is_created_on_import(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """Typing a new program name imports into a new program, which becomes the current one."""
    dialog = _open(qtbot, ctx, tmp_path, "Name,Role\nBo,mentee\n")
    dialog.ui.programCombo.setEditText("Autumn")
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.program_name == "Autumn")
    _settle(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    autumn = ProgramService(ctx.db).by_name("Autumn")
    assert ctx.program_id == autumn.id


def test_export_dialog_sensitive_fields(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Sensitive fields are off by default; ticking them shows a warning and exports them."""
    with ctx.db.begin() as session:
        write_participant(
            session, ctx.program_id or 0, ParticipantInput("Cy", notes="secret", gender="x")
        )
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.sensitiveCheck.isChecked()
    assert not dialog.ui.sensitiveWarning.isVisible()
    plain = tmp_path / "plain.csv"
    dialog.ui.formatCombo.setCurrentIndex(1)
    dialog.ui.pathEdit.setText(str(plain))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.export_button.click()
    assert "secret" not in plain.read_text(encoding="utf-8-sig")

    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.sensitiveCheck.setChecked(True)
    assert dialog.ui.sensitiveWarning.isVisible()
    full = tmp_path / "full.csv"
    dialog.ui.pathEdit.setText(str(full))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.export_button.click()
    with full.open(encoding="utf-8-sig") as handle:
        rows = {r["Full name"]: r for r in csv.DictReader(handle)}
    assert rows["Cy"]["Confidential notes"] == "secret"


def test_export_dialog_bad_path_is_explained(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """An unwritable or badly named file gives a message in the dialog, which stays open."""
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.pathEdit.setText(str(tmp_path / "roster.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert ".csv or .xlsx" in dialog.ui.messageLabel.text()
    dialog.ui.pathEdit.setText(str(tmp_path / "missing" / "roster.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "Cannot write" in dialog.ui.messageLabel.text()
    assert dialog.written is None


def test_task_thread_reports_progress_and_stops(qtbot: QtBot) -> None:
    """Work off the UI thread reports its progress, and stops when cancelled."""
    import time

    from mentordesk.gui.common.tasks import TaskThread
    from mentordesk.importing.table import ImportCancelled

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        report(5, 10)
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise ImportCancelled

    thread = TaskThread(work)
    seen: list[tuple[int, int]] = []
    failures: list[BaseException] = []
    thread.progressed.connect(lambda done, total: seen.append((done, total)))
    thread.failed.connect(failures.append)
    thread.start()
    qtbot.waitUntil(lambda: seen == [(5, 10)], timeout=5000)
    thread.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ImportCancelled)
    thread.wait()


def test_stop_while_reading(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Stopping a long read says so and leaves nothing to import."""
    path = tmp_path / "big.csv"
    path.write_text(
        "Name,Role\n" + "".join(f"P{i},mentee\n" for i in range(30000)), encoding="utf-8"
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    dialog.ui.cancelWorkButton.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert dialog.plan is None or dialog.plan.total_rows == 30000  # finished before the click
    if dialog.plan is None:
        assert "Stopped" in dialog.ui.summaryLabel.text()
        assert not dialog.import_button.isEnabled()
