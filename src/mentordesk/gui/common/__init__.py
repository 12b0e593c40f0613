"""What several views use: the app context, settings, error boxes, fonts, table models, background
tasks and PDF printing.
"""

from mentordesk.gui.common.colors import ERROR, GOOD, MUTED, WARNING, contrast, is_dark, pick
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import error_box, install_excepthook, log, setup_logging
from mentordesk.gui.common.files import (
    documents_folder,
    existing_folder,
    open_file_name,
    save_file_name,
)
from mentordesk.gui.common.fit import ElidedLabel, ScreenFit, never_widen
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
    "ERROR",
    "GOOD",
    "MUTED",
    "WARNING",
    "AppContext",
    "Column",
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
    "contrast",
    "documents_folder",
    "error_box",
    "existing_folder",
    "fit_columns_once",
    "install_excepthook",
    "is_dark",
    "load_bundled_fonts",
    "log",
    "never_widen",
    "open_file_name",
    "pick",
    "save_file_name",
    "setup_logging",
    "wait_for_background",
]
