"""The roster view: the program's participants, filtered and sorted, added, edited, removed.

The dialogs and undo commands are imported when first used: the application's start builds
this view on rows read before the file is open, as early as it can (issue 14)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QWidget

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import MemberStatus, Role
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    AppContext,
    Loader,
    WhenShown,
    format_number,
    translate,
)
from mentordesk.gui.forms.ui_roster_view import Ui_RosterView
from mentordesk.gui.roster.model import (
    COL_CAPACITY,
    COL_EMAIL,
    COL_MATCHED,
    COL_MINOR,
    COL_NAME,
    COL_ROLE,
    COL_SCREENING,
    COL_STATUS,
    COL_UNIT,
    RosterProxyModel,
    RosterTableModel,
)
from mentordesk.gui.roster.person_menu import PersonMenu
from mentordesk.gui.roster.printing import RosterPrinting
from mentordesk.gui.roster.waiting import WaitsForFile
from mentordesk.services.roster import RosterRow

if TYPE_CHECKING:  # loads the removal code (and the ORM records): not needed to build the view
    from mentordesk.core.concurrency import Version
    from mentordesk.core.participant import ParticipantInput
    from mentordesk.services.roster import LivePair, RosterService

#: Typing waits this long for the next key before filtering (filtering itself takes ~5 ms).
FILTER_DELAY_MS = 60

ROLE_FILTERS: list[tuple[str, frozenset[Role] | None]] = [
    (QT_TRANSLATE_NOOP("roster.view", "All roles"), None),
    (QT_TRANSLATE_NOOP("roster.view", "Mentors"), frozenset({Role.MENTOR, Role.BOTH})),
    (QT_TRANSLATE_NOOP("roster.view", "Mentees"), frozenset({Role.MENTEE, Role.BOTH})),
    (QT_TRANSLATE_NOOP("roster.view", "Both roles"), frozenset({Role.BOTH})),
]
STATUS_FILTERS: list[tuple[str, frozenset[MemberStatus] | None]] = [
    (QT_TRANSLATE_NOOP("roster.view", "All statuses"), None),
    (
        QT_TRANSLATE_NOOP("roster.view", "Not withdrawn"),
        frozenset(MemberStatus) - {MemberStatus.WITHDRAWN},
    ),
    *((s.value, frozenset({s})) for s in MemberStatus),
]
_COLUMN_WIDTHS = {
    COL_NAME: 200, COL_ROLE: 65, COL_STATUS: 85, COL_UNIT: 150, COL_SCREENING: 170,
    COL_CAPACITY: 70, COL_MATCHED: 70, COL_MINOR: 55, COL_EMAIL: 170,
}  # fmt: skip


def _roster(ctx: AppContext) -> RosterService:
    """The roster service, imported on first use: it loads SQLAlchemy, which showing rows
    already read does not need (the application's start, `MainWindow.show_early_roster`)."""
    from mentordesk.services.roster import RosterService

    return RosterService(ctx.db)


class RosterView(WaitsForFile, RosterPrinting, PersonMenu, QWidget):
    """The program's participants: filtered and sorted in memory, added, edited, removed
    through the roster service with undo; printing (gui/roster/printing.py) and the wait for
    the file at start-up (gui/roster/waiting.py) are mixins."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        rows: list[RosterRow] | None = None,
        *,
        waiting: bool = False,
    ) -> None:
        """`rows`: the current program's rows, already read (the application's start).
        `waiting`: read before the file was open (`set_waiting`)."""
        super().__init__(parent)
        self.ctx = ctx
        self._waiting = waiting
        self.pending = None
        self._loader = Loader(self, background=ctx.background_reads)
        self._pairs_changed = WhenShown(
            self, self._reread_in_background, defer=ctx.background_reads
        )
        self.ui = Ui_RosterView()
        self.ui.setupUi(self)
        self.model = RosterTableModel(self)
        self.proxy = RosterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _COLUMN_WIDTHS.items():
            # Never narrower than the title in the GUI's language (with the sort arrow).
            self.ui.table.setColumnWidth(
                column, max(width, header.sectionSizeFromContents(column).width())
            )
        rows_header = self.ui.table.verticalHeader()
        rows_header.setDefaultSectionSize(26)
        # Fixed row heights: the view never measures 20,000 rows after a filter.
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        for label, roles in ROLE_FILTERS:
            self.ui.roleCombo.addItem(translate("roster.view", label), roles)
        for label, statuses in STATUS_FILTERS:
            self.ui.statusCombo.addItem(_filter_label(label), statuses)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        # Says that the file is opening, and what will follow once it is (`set_waiting`).
        self.opening_label = QLabel(self)
        self.opening_label.setObjectName("openingLabel")
        self.opening_label.setWordWrap(True)
        self.opening_label.hide()
        self.ui.rootLayout.insertWidget(1, self.opening_label)
        if waiting:  # the print menu (QtPdf, QtPrintSupport) once the file is open
            self.ui.printButton.clicked.connect(self._print_when_open)
        else:
            self._setup_printing()
        self._setup_person_menu()
        self._connect_signals()
        self.reload(rows)
        if waiting:
            self.set_waiting(True)

    def _connect_signals(self) -> None:
        self.ui.filterEdit.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self.apply_filter)
        self.ui.roleCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.proxy.modelReset.connect(self._update_count)
        self.ui.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.ui.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self.add_with_dialog)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.filterEdit.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_with_dialog)
        # Only while the table has focus: Delete or Enter in the filter box must not act on rows.
        for key, slot in (
            (Qt.Key.Key_Delete, self.remove_selected),
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Enter, self.edit_selected),
        ):
            shortcut = QShortcut(QKeySequence(key), self.ui.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.programChanged.connect(lambda _pid: self.reload())
        self.ctx.databaseChanged.connect(self.reload)

    # -- loading and filtering -------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        relevant = changes.touches(Topic.PARTICIPANTS) or changes.touches(Topic.PAIRS)
        if relevant and changes.program_id in (None, self.ctx.program_id):
            if changes.touches(Topic.PARTICIPANTS):
                self.reload()  # the coordinator's own edit: its row is selected right after
            else:  # pairs changed elsewhere (e.g. hundreds approved): re-read in the background
                self._pairs_changed.request()  # once the roster is on screen again

    def _reread_in_background(self) -> None:
        program_id = self.ctx.program_id
        service = _roster(self.ctx)

        def arrived(rows: list[RosterRow]) -> None:
            if program_id == self.ctx.program_id:
                self.reload(rows)

        self._loader.request(
            lambda: service.rows(program_id) if program_id is not None else [], arrived
        )

    def reload(self, rows: list[RosterRow] | None = None) -> None:
        """Read the program's rows once (unless given); filtering and sorting never go back to
        the database."""
        selected = self.selected_ids()
        program_id = self.ctx.program_id
        if rows is None:
            rows = _roster(self.ctx).rows(program_id) if program_id is not None else []
        self.model.set_rows(rows)
        has_program = program_id is not None
        self.ui.table.setVisible(has_program)
        self.ui.emptyLabel.setVisible(not has_program)
        for widget in (self.ui.filterEdit, self.ui.roleCombo, self.ui.statusCombo):
            widget.setEnabled(has_program)
        self.ui.addButton.setEnabled(has_program)
        self.ui.printButton.setEnabled(has_program)
        self.select_ids(selected)

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_filter(
            self.ui.filterEdit.text(),
            self.ui.roleCombo.currentData(),
            self.ui.statusCombo.currentData(),
        )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.ctx.program_id is None:
            text = ""
        elif shown == total:
            text = translate("roster.view", "%n participant(s)", None, total).replace(
                str(total), format_number(total)
            )
        else:
            text = translate("roster.view", "{shown} of {total} shown").format(
                shown=format_number(shown), total=format_number(total)
            )
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.ui.editButton.setEnabled(count == 1)
        self.ui.removeButton.setEnabled(count >= 1)

    # -- selection -------------------------------------------------------------------------
    def selected_rows(self) -> list[RosterRow]:
        rows = self.ui.table.selectionModel().selectedRows()
        return [self.proxy.row_at(index.row()) for index in rows]

    def selected_ids(self) -> list[int]:
        return [row.participant_id for row in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.ui.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first: QModelIndex | None = None
        for pid in ids:
            row = self.proxy.proxy_row_of(pid)
            if row >= 0:
                index = self.proxy.index(row, 0)
                selection.select(index, flags)
                first = first or index
        if first is not None:
            self.ui.table.scrollTo(first)
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    # -- actions (the dialogs call these; tests call them directly) -------------------------
    def add_participant(self, person: ParticipantInput) -> int:
        """Add through the service and put the action on the undo stack."""
        program_id = self._program()
        from mentordesk.gui.roster.commands import AddParticipantCommand

        participant_id, changes = _roster(self.ctx).add(program_id, person)
        self.ctx.undo_stack.push(
            AddParticipantCommand(self.ctx, program_id, participant_id, person.full_name)
        )
        self.ctx.broadcast(changes)
        self.select_ids([participant_id])
        return participant_id

    def edit_participant(
        self,
        participant_id: int,
        person: ParticipantInput,
        expected: Version | None = None,
        *,
        keep_mine: bool = False,
    ) -> None:
        """Save the dialog's values; `expected` is the version it opened (ConcurrentEditError
        when someone else saved since: the dialog asks reload or keep mine)."""
        from mentordesk.gui.roster.commands import EditParticipantCommand

        program_id = self._program()
        service = _roster(self.ctx)
        before = service.get(program_id, participant_id)
        if before == person:
            return
        changes, version = service.update_versioned(
            program_id, participant_id, person, expected, keep_mine=keep_mine
        )
        self.ctx.undo_stack.push(
            EditParticipantCommand(self.ctx, program_id, participant_id, before, person, version)
        )
        self.ctx.broadcast(changes)

    def remove_participants(self, participant_ids: list[int], close_reason: str = "") -> None:
        program_id = self._program()
        from mentordesk.gui.roster.commands import RemoveParticipantsCommand

        removed, changes = _roster(self.ctx).remove_many(program_id, participant_ids, close_reason)
        self.ctx.undo_stack.push(
            RemoveParticipantsCommand(self.ctx, program_id, removed, close_reason)
        )
        self.ctx.broadcast(changes)

    def _program(self) -> int:
        if self.ctx.program_id is None:
            raise RuntimeError("No program selected")
        return self.ctx.program_id

    # -- UI entry points -------------------------------------------------------------------
    def add_with_dialog(self) -> None:
        if self.ctx.program_id is None:
            return
        if not self._when_open(translate("roster.view", "Add participant"), self.add_with_dialog):
            return
        from mentordesk.gui.roster.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(
            title=translate("roster.view", "Add participant"),
            submit=self.add_participant,
            parent=self,
        )
        dialog.exec()

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        pid = rows[0].participant_id
        what = translate("roster.view", "Edit {full_name}").format(full_name=rows[0].name)
        if self._when_open(what, lambda: self._edit_with_dialog(pid)):
            self._edit_with_dialog(pid)

    def _edit_with_dialog(self, pid: int) -> None:
        from mentordesk.gui.roster.participant_dialog import ParticipantDialog

        person, version = _roster(self.ctx).get_versioned(self._program(), pid)
        dialog = ParticipantDialog(
            person,
            title=translate("roster.view", "Edit {full_name}").format(full_name=person.full_name),
            submit=lambda value: self.edit_participant(
                pid, value, dialog.version, keep_mine=dialog.keep_mine
            ),
            version=version,
            parent=self,
        )
        dialog.exec()

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        what = translate("roster.view", "Remove {who}").format(who=_who(rows))
        if self._when_open(what, lambda: self._remove_with_questions(rows)):
            self._remove_with_questions(rows)

    def _remove_with_questions(self, rows: list[RosterRow]) -> None:
        ids = [row.participant_id for row in rows]
        live = _roster(self.ctx).live_pairs(self._program(), ids)
        if live:
            reason = self.ask_end_pairs(rows, live)
            if reason:
                self.remove_participants(ids, reason)
        elif self.confirm_remove(rows):
            self.remove_participants(ids)

    def ask_end_pairs(self, rows: list[RosterRow], live: list[LivePair]) -> str:
        """Name the live pairs and ask why they end; '' when the coordinator cancels."""
        who = _who(rows)
        from mentordesk.gui.roster.removal_dialog import EndPairsDialog

        dialog = EndPairsDialog(who, live, self)
        return dialog.value() if dialog.exec() else ""

    def confirm_remove(self, rows: list[RosterRow]) -> bool:
        """Ask first. Replaced in tests."""
        who = _who(rows)
        text = translate("roster.view", "Remove {who} from this program?").format(who=who)
        detail = translate(
            "roster.view",
            "Their screening, guardian and matching records in this program go with them, "
            "and any closed pair they were in. Edit ▸ Undo brings everything back.",
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("roster.view", "Remove participants"),
            text,
            parent=self,
        )
        box.setInformativeText(detail)
        remove = box.addButton(
            translate("roster.view", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove


def _who(rows: list[RosterRow]) -> str:
    """One person's name, or how many people."""
    if len(rows) == 1:
        return rows[0].name
    return translate("roster.view", "%n participant(s)", None, len(rows))


def _filter_label(text: str) -> str:
    """A status filter's label: a stored status ("active") or one of the fixed entries."""
    from mentordesk.gui.common import label as vocabulary

    shown = vocabulary(text) if text in {s.value for s in MemberStatus} else None
    return shown[:1].upper() + shown[1:] if shown else translate("roster.view", text)
