"""The roster: people and their memberships, read, edited, removed, imported from and exported to
spreadsheets.

The names load on first use (PEP 562): `roster_rows`, which the application calls as it opens a
file, needs only `rows.py`, not the ORM records the rest of this area imports.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import by_module, first_use

if TYPE_CHECKING:
    from mentordesk.services.roster.import_plan import ImportCounts, ImportPlan
    from mentordesk.services.roster.import_undo import (
        ImportedPeople,
        ImportUndoService,
        UndoneImport,
    )
    from mentordesk.services.roster.people import LivePairsRefused, RosterService
    from mentordesk.services.roster.records import participant_inputs, to_json_record
    from mentordesk.services.roster.removal import LivePair, RemovedParticipant
    from mentordesk.services.roster.rows import EarlyRoster, RosterRow, peek_roster, roster_rows
    from mentordesk.services.roster.spreadsheet import SpreadsheetService, write_template

_MODULES = {
    "import_plan": ("ImportCounts", "ImportPlan"),
    "import_undo": ("ImportUndoService", "ImportedPeople", "UndoneImport"),
    "people": ("LivePairsRefused", "RosterService"),
    "records": ("participant_inputs", "to_json_record"),
    "removal": ("LivePair", "RemovedParticipant"),
    "rows": ("EarlyRoster", "RosterRow", "peek_roster", "roster_rows"),
    "spreadsheet": ("SpreadsheetService", "write_template"),
}
_LAZY = by_module(_MODULES)


__getattr__ = first_use(__name__, _LAZY)


__all__ = [
    "EarlyRoster",
    "ImportCounts",
    "ImportPlan",
    "ImportUndoService",
    "ImportedPeople",
    "LivePair",
    "LivePairsRefused",
    "RemovedParticipant",
    "RosterRow",
    "RosterService",
    "SpreadsheetService",
    "UndoneImport",
    "participant_inputs",
    "peek_roster",
    "roster_rows",
    "to_json_record",
    "write_template",
]
