"""Turning a lost race into ConcurrentEditError.

The rule (compare the version the editor started from with the stored one) is
`core.concurrency.check_version`, and a record's version is read by
`core.concurrency.version_of` (re-exported here for the services).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from mentordesk.core.concurrency import ConcurrentEditError, Version, version_of

__all__ = ["lost_race", "version_of"]


@contextmanager
def lost_race(what: str) -> Iterator[None]:
    """A save whose UPDATE found the row at another version (two saves at the same moment,
    on a server): refused like any other concurrent edit."""
    try:
        yield
    except StaleDataError:
        raise ConcurrentEditError(what, Version(())) from None
