"""Printing many documents at once: the batch print dialog."""

from mentordesk.gui.documents.batch_print_dialog import BatchPrintDialog

__all__ = [
    "BatchPrintDialog",
]
