"""What several views use: the app context, settings, error boxes, fonts, table models, background
tasks and PDF printing.
"""

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
from mentordesk.gui.common.printing import PdfActions
from mentordesk.gui.common.settings import Settings
from mentordesk.gui.common.table_model import Column, Index, RowRole, RowTableModel, SortRole
from mentordesk.gui.common.tasks import TaskThread
from mentordesk.gui.common.unsaved import Answer, ask_unsaved, may_close

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
