"""The roster: people and their memberships, read, edited, removed, imported from and exported to
spreadsheets.
"""

from mentordesk.services.roster.import_plan import ImportCounts, ImportPlan
from mentordesk.services.roster.import_undo import ImportedPeople, ImportUndoService, UndoneImport
from mentordesk.services.roster.people import LivePairsRefused, RosterRow, RosterService
from mentordesk.services.roster.records import participant_inputs, to_json_record
from mentordesk.services.roster.removal import LivePair, RemovedParticipant
from mentordesk.services.roster.spreadsheet import SpreadsheetService

__all__ = [
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
    "to_json_record",
]
