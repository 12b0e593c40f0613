"""What several views use: the app context, settings, error boxes, fonts, table models, background
tasks and PDF printing.
"""

import importlib
from typing import TYPE_CHECKING, Any

from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.date_edit import (
    DateEdit,
    date_style,
    format_date,
    parse_date,
    set_date_style,
)
from mentordesk.gui.common.errors import error_box, install_excepthook, log, setup_logging
from mentordesk.gui.common.fonts import load_bundled_fonts
from mentordesk.gui.common.settings import Settings
from mentordesk.gui.common.unsaved import Answer, ask_unsaved, may_close

if TYPE_CHECKING:
    from mentordesk.gui.common.printing import PdfActions
    from mentordesk.gui.common.table_model import Column, Index, RowRole, RowTableModel, SortRole
    from mentordesk.gui.common.tasks import TaskThread

#: Loaded on first use, so the main window's first paint waits for none of them (QtPdf and
#: QtPrintSupport for PdfActions).
_LAZY = {
    "PdfActions": "printing",
    "Column": "table_model",
    "Index": "table_model",
    "RowRole": "table_model",
    "RowTableModel": "table_model",
    "SortRole": "table_model",
    "TaskThread": "tasks",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Answer",
    "AppContext",
    "Column",
    "DateEdit",
    "Index",
    "PdfActions",
    "RowRole",
    "RowTableModel",
    "Settings",
    "SortRole",
    "TaskThread",
    "ask_unsaved",
    "date_style",
    "error_box",
    "format_date",
    "install_excepthook",
    "load_bundled_fonts",
    "log",
    "may_close",
    "parse_date",
    "set_date_style",
    "setup_logging",
]
