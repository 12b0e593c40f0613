"""Privacy: a person's data on request (JSON and PDF), erasing a person completely, retention."""

from mentordesk.services.privacy.erasure import (
    FORMER,
    ErasurePreview,
    ErasureResult,
    ErasureService,
    compact,
)
from mentordesk.services.privacy.person_data import PersonDataService
from mentordesk.services.privacy.retention import DuePerson, RetentionService, years_after

__all__ = [
    "FORMER",
    "DuePerson",
    "ErasurePreview",
    "ErasureResult",
    "ErasureService",
    "PersonDataService",
    "RetentionService",
    "compact",
    "years_after",
]
