"""Reading a record's version, and turning a lost race into ConcurrentEditError.

The rule (compare the version the editor started from with the stored one) is
`core.concurrency.check_version`; this module only reads versions from records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from mentordesk.core.concurrency import ConcurrentEditError, Version


def version_of(*records: Any) -> Version:
    """The combined version of records edited together (a person and their membership):
    one stamp entry per record; who and when from the one saved last."""
    present = [r for r in records if r is not None]
    stamp = tuple(int(r.version or 0) if r is not None else 0 for r in records)
    if not present:
        return Version(stamp)
    last = max(present, key=lambda r: (r.updated_at is not None, r.updated_at))
    return Version(stamp, last.changed_by or "", last.updated_at)


@contextmanager
def lost_race(what: str) -> Iterator[None]:
    """A save whose UPDATE found the row at another version (two saves at the same moment,
    on a server): refused like any other concurrent edit."""
    try:
        yield
    except StaleDataError:
        raise ConcurrentEditError(what, Version(())) from None
