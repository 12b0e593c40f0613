"""The program dialog: create a program or change its settings."""

from mentordesk.gui.programs.dialog import ProgramDialog

__all__ = [
    "ProgramDialog",
]
