"""District mode: what a role may do in one program (stored in `program_access.access`)."""

from __future__ import annotations

from enum import StrEnum


class Access(StrEnum):
    #: reads and writes the program (its people, pairs and records)
    COORDINATOR = "coordinator"
    #: reads the program's figures for reports; writes nothing, never sees sensitive fields
    VIEWER = "viewer"
