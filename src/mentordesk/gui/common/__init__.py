"""What several views use: the app context, settings, error boxes, fonts, colours, file dialogs,
screen fitting, date editing, unsaved-edit prompts, table models, background tasks and PDF
printing.
"""

import importlib
from typing import TYPE_CHECKING, Any

from mentordesk.gui.common.colors import ERROR, GOOD, MUTED, WARNING, contrast, is_dark, pick
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.date_edit import (
    DateEdit,
    date_style,
    format_date,
    parse_date,
    set_date_style,
)
from mentordesk.gui.common.errors import error_box, install_excepthook, log, setup_logging
from mentordesk.gui.common.events import process_events
from mentordesk.gui.common.files import (
    documents_folder,
    existing_folder,
    open_file_name,
    save_file_name,
)
from mentordesk.gui.common.fit import ElidedLabel, ScreenFit, never_widen
from mentordesk.gui.common.fonts import load_bundled_fonts
from mentordesk.gui.common.settings import Settings
from mentordesk.gui.common.unsaved import Answer, ask_unsaved, may_close
from mentordesk.gui.common.watch import ChangeWatcher

if TYPE_CHECKING:
    from mentordesk.gui.common.conflict import Choice, ConflictDialog, ask_conflict
    from mentordesk.gui.common.printing import PdfActions
    from mentordesk.gui.common.table_model import (
        Column,
        Index,
        RowRole,
        RowTableModel,
        SortRole,
        SourceSortProxy,
        fit_columns_once,
    )
    from mentordesk.gui.common.tasks import Job, Loader, TaskThread, wait_for_background

#: Loaded on first use, so the main window's first paint waits for none of them (QtPdf and
#: QtPrintSupport for PdfActions).
_LAZY = {
    "PdfActions": "printing",
    "Choice": "conflict",
    "ConflictDialog": "conflict",
    "ask_conflict": "conflict",
    "Column": "table_model",
    "Index": "table_model",
    "RowRole": "table_model",
    "RowTableModel": "table_model",
    "SortRole": "table_model",
    "SourceSortProxy": "table_model",
    "fit_columns_once": "table_model",
    "Job": "tasks",
    "Loader": "tasks",
    "TaskThread": "tasks",
    "wait_for_background": "tasks",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ERROR",
    "GOOD",
    "MUTED",
    "WARNING",
    "Answer",
    "AppContext",
    "ChangeWatcher",
    "Choice",
    "Column",
    "ConflictDialog",
    "DateEdit",
    "ElidedLabel",
    "Index",
    "Job",
    "Loader",
    "PdfActions",
    "RowRole",
    "RowTableModel",
    "ScreenFit",
    "Settings",
    "SortRole",
    "SourceSortProxy",
    "TaskThread",
    "ask_conflict",
    "ask_unsaved",
    "contrast",
    "date_style",
    "documents_folder",
    "error_box",
    "existing_folder",
    "fit_columns_once",
    "format_date",
    "install_excepthook",
    "is_dark",
    "load_bundled_fonts",
    "log",
    "may_close",
    "never_widen",
    "open_file_name",
    "parse_date",
    "pick",
    "process_events",
    "save_file_name",
    "set_date_style",
    "setup_logging",
    "wait_for_background",
]
