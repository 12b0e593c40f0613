"""The roster view: the people table, the participant dialog, spreadsheet import and export.

The names load on first use (PEP 562): the roster view is built as the application opens a
file, before the import and export dialogs (and the ORM records behind them) are needed.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import first_use

if TYPE_CHECKING:
    from mentordesk.gui.roster.export_dialog import open_export_dialog
    from mentordesk.gui.roster.import_dialog import open_import_dialog
    from mentordesk.gui.roster.view import RosterView

_LAZY = {
    "RosterView": "view",
    "open_export_dialog": "export_dialog",
    "open_import_dialog": "import_dialog",
}


__getattr__ = first_use(__name__, _LAZY)


__all__ = [
    "RosterView",
    "open_export_dialog",
    "open_import_dialog",
]
