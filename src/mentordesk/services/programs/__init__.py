"""Programs: create, rename, archive and configure a program cycle."""

from mentordesk.services.programs.catalog import ProgramService, to_program

__all__ = [
    "ProgramService",
    "to_program",
]
