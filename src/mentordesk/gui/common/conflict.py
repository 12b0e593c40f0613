"""When someone else saved first: show what differs, then Reload theirs or Keep mine.

Every edit dialog that saves a versioned record (a person, an agreement, a program's
settings) catches `ConcurrentEditError` and asks here. "Reload" puts the stored values in
the form (the coordinator's typing is dropped); "Keep mine" saves the form again, this time
over the version just shown (the service writes that choice to the audit log); Cancel goes
back to the form with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.concurrency import ConcurrentEditError, Difference, Version, differences
from mentordesk.gui.common.date_edit import format_date
from mentordesk.gui.common.fields import field_label, value_text
from mentordesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.gui.common.table_model import Column, RowTableModel


class Choice(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep mine"
    CANCEL = "cancel"


@dataclass(frozen=True)
class _Row:
    label: str
    theirs: str
    mine: str


def _rows(found: list[Difference], label: Callable[[str], str]) -> list[_Row]:
    """One row per field that differs; a settings dictionary (a program's document settings)
    gives one row per key that differs ("Documents: Paper"), not its whole text."""
    rows = []
    for difference in found:
        theirs, mine = difference.theirs, difference.mine
        if isinstance(theirs, dict) and isinstance(mine, dict):
            group = label(difference.field)
            for key in [*theirs, *(k for k in mine if k not in theirs)]:
                if theirs.get(key) != mine.get(key):
                    name = translate("common.conflict", "{group}: {field}").format(
                        group=group, field=field_label(key)
                    )
                    rows.append(
                        _Row(name, value_text(theirs.get(key), key), value_text(mine.get(key), key))
                    )
            continue
        field = difference.field
        rows.append(_Row(label(field), value_text(theirs, field), value_text(mine, field)))
    return rows


def saved_by(version: Version) -> str:
    """Who saved a version and when, in the GUI's language ("alice on 02/12/2026 at 10:41 UTC")."""
    who = version.changed_by or translate("common.conflict", "someone else")
    if version.changed_at is None:
        return who
    return translate("common.conflict", "{who} on {date} at {time} UTC").format(
        who=who, date=format_date(version.changed_at.date()), time=f"{version.changed_at:%H:%M}"
    )


class ConflictDialog(QDialog):
    """The refusal in words, the fields that differ (theirs beside mine), three buttons."""

    def __init__(
        self,
        error: ConcurrentEditError,
        mine: Any,
        *,
        label: Callable[[str], str] = field_label,
        skip: frozenset[str] = frozenset({"id", "version", "extra"}),
        theirs: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        """`theirs`: the stored values as the form would show them (default: the error's)."""
        super().__init__(parent)
        self.setWindowTitle(translate("common.conflict", "Changed by someone else"))
        self.choice = Choice.CANCEL
        stored = error.theirs if theirs is None else theirs
        self.differences: list[Difference] = differences(stored, mine, skip=skip)
        layout = QVBoxLayout(self)
        # Composed here rather than str(error) (core's English sentence): who and when in
        # the GUI's language; the editor the dialog sits on says what was changed.
        text = translate(
            "common.conflict",
            "This was changed by {saved_by} while you were editing; nothing was saved. "
            "Reload their version or keep yours.",
        ).format(saved_by=saved_by(error.current))
        message = QLabel(text, self)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.model: RowTableModel[_Row] = RowTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Column", "Field"), lambda r: r.label),
                Column(QT_TRANSLATE_NOOP("Column", "Saved by them"), lambda r: r.theirs),
                Column(QT_TRANSLATE_NOOP("Column", "Yours"), lambda r: r.mine),
            ],
            self,
        )
        self.model.set_rows(_rows(self.differences, label))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        # Each column as wide as its title and values (translated titles are longer than
        # English ones), but no value pushes the others out of a 640-px dialog.
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.table.resizeRowsToContents()
        self.table.setAccessibleName(translate("common.conflict", "Differences"))
        if self.differences:
            layout.addWidget(self.table)
        else:
            self.table.hide()
            same = translate("common.conflict", "Their save holds the same values as your form.")
            layout.addWidget(QLabel(same, self))
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(translate("common.conflict", "Reload their version"), self)
        self.keep_button = QPushButton(translate("common.conflict", "Keep mine"), self)
        self.keep_button.setToolTip(
            translate("common.conflict", "Save your values over theirs (recorded in the audit log)")
        )
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        buttons.rejected.connect(self.reject)
        self.resize(640, 320)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask_conflict(
    parent: QWidget | None,
    error: ConcurrentEditError,
    mine: Any,
    label: Callable[[str], str] | None = None,
    theirs: Any = None,
) -> Choice:
    """Show the dialog and return what the coordinator chose."""
    kwargs: dict[str, Any] = {} if label is None else {"label": label}
    dialog = ConflictDialog(error, mine, theirs=theirs, parent=parent, **kwargs)
    dialog.exec()
    return dialog.choice
