"""The fields of the pair forms: dates, choice lists and a refused save shown in place.

The dialogs (dialogs.py) and the Agreement and IDP tabs (form_tabs.py, idp_tab.py) read and fill
their fields through these helpers, so an empty date, an unreadable one, a stored value shown in
the GUI's language and the red frame around the fields a ValidationError names behave the same
in every pair form; `safe_value` lets a tab compare what it shows with what Save would write
even while a field cannot be read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.gui.common import DateEdit, field_label, label, translate

ERROR_STYLE = "border: 1px solid #b00020;"


def set_date(edit: DateEdit, value: dt.date | None) -> None:
    """Show a date, or an empty field for None."""
    edit.setDate(value)


def get_date(edit: DateEdit, field: str = "date") -> dt.date | None:
    """The date typed (None when empty); a ValidationError naming `field` when unreadable."""
    problem = edit.error()
    if problem:
        raise ValidationError(
            translate("pairs.dialogs", "{field}: {problem}").format(
                field=field_label(field), problem=problem
            ),
            {field: problem},
        )
    return edit.date()


def required_date(edit: DateEdit, field: str = "date") -> dt.date:
    value = get_date(edit, field)
    if value is None:
        required = translate("pairs.dialogs", "required")
        raise ValidationError(
            translate("pairs.dialogs", "{field}: {problem}").format(
                field=field_label(field), problem=required
            ),
            {field: required},
        )
    return value


def fill_combo(combo: QComboBox, values: list[str], current: str) -> None:
    """Stored values as items, shown in the GUI's language (`combo_value` reads them back)."""
    combo.clear()
    for value in values:
        combo.addItem(label(value), value)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)  # a value typed earlier, kept as it was
    combo.setCurrentIndex(max(0, combo.findData(current)))


def combo_value(combo: QComboBox) -> str:
    """The stored value of the chosen item, or the text typed into an editable combo."""
    index = combo.currentIndex()
    typed = combo.isEditable() and combo.currentText() != combo.itemText(index)
    data = None if typed or index < 0 else combo.itemData(index)
    return str(data) if data is not None else combo.currentText()


def show_error(
    dialog: QWidget, label: Any, error: MentorDeskError, fields: dict[str, QWidget]
) -> None:
    """The message under the form and a red frame around the fields it names."""
    label.setText(str(error))
    for widget in fields.values():
        widget.setStyleSheet("")
        widget.setToolTip("")
    if isinstance(error, ValidationError):
        for name, problem in error.fields.items():
            target = fields.get(name)
            if target is not None:
                target.setStyleSheet(ERROR_STYLE)
                target.setToolTip(problem)


_UNREADABLE = object()


def safe_value(value: Callable[[], object]) -> object:
    """The form's value, or a marker that equals nothing when a field cannot be read."""
    try:
        return value()
    except MentorDeskError:
        return _UNREADABLE
