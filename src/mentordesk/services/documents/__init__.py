"""Documents: gather a record's data and render it as a PDF (agreements, IDPs, certificates,
sheets, summary).
"""

from mentordesk.services.documents.printable import slug
from mentordesk.services.documents.produce import BatchKind, BatchResult, DocumentService

__all__ = [
    "BatchKind",
    "BatchResult",
    "DocumentService",
    "slug",
]
