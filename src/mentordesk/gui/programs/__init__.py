"""The program dialog (create a program or change its settings) and Edit ▸ Preferences."""

from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.gui.programs.preferences_dialog import PreferencesDialog

__all__ = [
    "PreferencesDialog",
    "ProgramDialog",
]
