"""The roster view: the people table, the participant dialog, spreadsheet import and export.

The names load on first use (PEP 562): the roster view is built as the application opens a
file, before the import and export dialogs (and the ORM records behind them) are needed.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentordesk.gui.roster.export_dialog import open_export_dialog
    from mentordesk.gui.roster.import_dialog import open_import_dialog
    from mentordesk.gui.roster.view import RosterView

_LAZY = {
    "RosterView": "view",
    "open_export_dialog": "export_dialog",
    "open_import_dialog": "import_dialog",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RosterView",
    "open_export_dialog",
    "open_import_dialog",
]
