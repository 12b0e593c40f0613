"""What several views use: the app context, settings, error boxes, fonts, table models, background
tasks and PDF printing.
"""

from typing import TYPE_CHECKING, Any

from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import error_box, install_excepthook, log, setup_logging
from mentordesk.gui.common.fonts import load_bundled_fonts
from mentordesk.gui.common.settings import Settings
from mentordesk.gui.common.table_model import Column, Index, RowRole, RowTableModel, SortRole
from mentordesk.gui.common.tasks import TaskThread

if TYPE_CHECKING:
    from mentordesk.gui.common.printing import PdfActions


def __getattr__(name: str) -> Any:
    """PdfActions (QtPdf, QtPrintSupport) loads on first use: the main window's first paint
    does not wait for it."""
    if name == "PdfActions":
        from mentordesk.gui.common.printing import PdfActions

        return PdfActions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AppContext",
    "Column",
    "Index",
    "PdfActions",
    "RowRole",
    "RowTableModel",
    "Settings",
    "SortRole",
    "TaskThread",
    "error_box",
    "install_excepthook",
    "load_bundled_fonts",
    "log",
    "setup_logging",
]
