"""File ▸ Transfer programs…: copy the ticked programs of the open database to a file or a
server (`services.transfer`, the same call as `mentordesk transfer --to`), off the UI thread,
with the rows per table reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    AppContext,
    Job,
    format_number,
    save_file_name,
    translate,
)
from mentordesk.gui.forms.ui_transfer_dialog import Ui_TransferDialog

if TYPE_CHECKING:
    from mentordesk.services.transfer import TransferReport


class TransferCancelled(MentorDeskError):
    pass


#: What each copied table holds, as the report names it (the CLI prints the table names).
#: A test checks every table the transfer copies has a name here.
TABLES = {
    "programs": QT_TRANSLATE_NOOP("files.transfer", "Programs"),
    "participants": QT_TRANSLATE_NOOP("files.transfer", "Participants"),
    "memberships": QT_TRANSLATE_NOOP("files.transfer", "Memberships"),
    "membership_changes": QT_TRANSLATE_NOOP("files.transfer", "Membership changes"),
    "guardians": QT_TRANSLATE_NOOP("files.transfer", "Guardians"),
    "screenings": QT_TRANSLATE_NOOP("files.transfer", "Screenings"),
    "screening_references": QT_TRANSLATE_NOOP("files.transfer", "Screening references"),
    "trainings": QT_TRANSLATE_NOOP("files.transfer", "Trainings"),
    "exclusions": QT_TRANSLATE_NOOP("files.transfer", "Matching exclusions"),
    "match_drafts": QT_TRANSLATE_NOOP("files.transfer", "Match proposals"),
    "pairs": QT_TRANSLATE_NOOP("files.transfer", "Pairs"),
    "pair_members": QT_TRANSLATE_NOOP("files.transfer", "Pair members"),
    "pair_events": QT_TRANSLATE_NOOP("files.transfer", "Pair history entries"),
    "agreements": QT_TRANSLATE_NOOP("files.transfer", "Agreements"),
    "meetings": QT_TRANSLATE_NOOP("files.transfer", "Meetings"),
    "checkins": QT_TRANSLATE_NOOP("files.transfer", "Check-ins"),
    "goals": QT_TRANSLATE_NOOP("files.transfer", "Goals"),
    "goal_progress": QT_TRANSLATE_NOOP("files.transfer", "Goal progress notes"),
    "action_steps": QT_TRANSLATE_NOOP("files.transfer", "Action steps"),
    "idps": QT_TRANSLATE_NOOP("files.transfer", "Development plans"),
    "closures": QT_TRANSLATE_NOOP("files.transfer", "Closures"),
    "audit_log": QT_TRANSLATE_NOOP("files.transfer", "Audit log entries"),
}


def report_lines(report: TransferReport) -> list[str]:
    """The report in the GUI's language: what was copied, what was already there, the rows
    per kind of record in one paragraph (the CLI prints `report.lines()`, in English with
    table names)."""
    nothing = translate("files.transfer", "nothing")
    lines = [
        translate("files.transfer", "Copied: {programs}").format(
            programs=", ".join(report.copied) or nothing
        )
    ]
    if report.already_there:
        lines.append(
            translate(
                "files.transfer", "Already in the target (left as they are): {programs}"
            ).format(programs=", ".join(report.already_there))
        )
    counts = [
        translate("files.transfer", "{records}: {count}").format(
            records=translate("files.transfer", TABLES[table]) if table in TABLES else table,
            count=format_number(count),
        )
        for table, count in report.rows.items()
        if count
    ]
    if counts:  # one wrapped paragraph: twenty lines would not fit the dialog
        lines.append(" · ".join(counts))
    if report.people_reused:
        lines.append(
            translate(
                "files.transfer",
                "%n person(s) already in the target, reused",
                None,
                report.people_reused,
            )
        )
    return lines


class TransferDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from mentordesk.services.programs import ProgramService

        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self.report: TransferReport | None = None
        self.job: Job | None = None
        self.model = QStandardItemModel(self)
        for program in ProgramService(ctx.db).list():
            item = QStandardItem(program.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if program.id == ctx.program_id else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.ui.programsList.setModel(self.model)
        self.ok_button.setText(translate("files.transfer", "Copy"))
        self.resize(560, 420)
        self._connect_signals()
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self._cancel)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.targetEdit.textChanged.connect(lambda _t: self._update())
        self.model.itemChanged.connect(lambda _i: self._update())

    def chosen(self) -> list[str]:
        return [
            self.model.item(row).text()
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        ready = bool(self.chosen()) and bool(self.ui.targetEdit.text().strip())
        self.ok_button.setEnabled(ready and self.job is None)

    def _browse(self) -> None:
        path = save_file_name(
            self,
            "database",
            translate("files.transfer", "Copy programs to"),
            "mentordesk-copy.sqlite",
            translate("files.transfer", "MentorDesk (*.sqlite)"),
        )
        if path:
            self.ui.targetEdit.setText(path)

    def start(self) -> None:
        """Copy in the background; the dialog stays open and says what was copied."""
        if self.report is not None:  # the button reads "Close" once done
            self.accept()
            return
        names, target, source = self.chosen(), self.ui.targetEdit.text().strip(), self.ctx.db

        def work(report: object, cancelled: object) -> TransferReport:
            from mentordesk.db.engine import Database
            from mentordesk.db.models import Base
            from mentordesk.services.transfer import NOT_COPIED, transfer_programs

            steps = len(Base.metadata.tables) - len(NOT_COPIED & set(Base.metadata.tables))
            done = [0]

            def progress(_message: str) -> None:
                if cancelled():  # type: ignore[operator]
                    raise TransferCancelled(
                        translate("files.transfer", "Cancelled: nothing was copied")
                    )
                done[0] += 1
                report(done[0], steps)  # type: ignore[operator]

            database = Database(target)
            try:
                return transfer_programs(source, database, names, progress=progress)
            finally:
                database.close()

        self.job = Job(work)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.ui.progressBar.setVisible(True)
        self.ui.statusLabel.setText(translate("files.transfer", "Copying…"))
        self._update()
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)

    def _done(self, report: TransferReport) -> None:
        self.job = None
        self.report = report
        self.ui.progressBar.setVisible(False)
        self.ui.statusLabel.setText("\n".join(report_lines(report)))
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.ok_button.setText(translate("files.transfer", "Close"))
        self.ok_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.ui.progressBar.setVisible(False)
        if isinstance(error, MentorDeskError):
            self.ui.statusLabel.setText(str(error))
        else:  # unexpected: logged with its traceback by the excepthook's logger
            from mentordesk.gui.common import log

            log.error("Transfer failed", exc_info=error)
            self.ui.statusLabel.setText(
                translate("files.transfer", "The copy failed; nothing was copied (see the log)")
            )
        self._update()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.ui.statusLabel.setText(translate("files.transfer", "Cancelling…"))
            return
        self.reject()
