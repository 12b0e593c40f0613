"""The roster view: the people table, the participant dialog, spreadsheet import and export."""

from mentordesk.gui.roster.export_dialog import open_export_dialog
from mentordesk.gui.roster.import_dialog import open_import_dialog
from mentordesk.gui.roster.view import RosterView

__all__ = [
    "RosterView",
    "open_export_dialog",
    "open_import_dialog",
]
