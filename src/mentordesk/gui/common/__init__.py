"""What several views use: the app context, settings, error boxes, fonts, table models, background
tasks and PDF printing.
"""

from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import error_box, install_excepthook, log, setup_logging
from mentordesk.gui.common.fonts import load_bundled_fonts
from mentordesk.gui.common.printing import PdfActions
from mentordesk.gui.common.settings import Settings
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

__all__ = [
    "AppContext",
    "Column",
    "Index",
    "Job",
    "Loader",
    "PdfActions",
    "RowRole",
    "RowTableModel",
    "Settings",
    "SortRole",
    "SourceSortProxy",
    "TaskThread",
    "error_box",
    "fit_columns_once",
    "install_excepthook",
    "load_bundled_fonts",
    "log",
    "setup_logging",
    "wait_for_background",
]
