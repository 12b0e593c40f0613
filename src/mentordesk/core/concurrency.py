"""Optimistic concurrency: what a coordinator started editing from, and the refusal when
someone else saved the same record first.

A record that two people may edit at once (a person, a pair, an agreement, a program's
settings) carries a version number that every save increases. An edit dialog keeps the
`Version` it was opened with and hands it back to the service; a save against a newer
version is refused with `ConcurrentEditError`, which names who saved in between and when
and carries their values, so the dialog can show the difference and offer "Reload" or
"Keep mine" (save again, this time over the version just seen).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.i18n import t


@dataclass(frozen=True)
class Version:
    """The version of a record as an editor saw it: `stamp` grows with every save."""

    stamp: tuple[int, ...]
    changed_by: str = ""
    changed_at: dt.datetime | None = None

    def describe(self) -> str:
        """'alice on 2 Dec 2026 at 10:41 UTC' (or what is known of it)."""
        who = self.changed_by or "someone else"
        if self.changed_at is None:
            return who
        return f"{who} on {self.changed_at:%d %b %Y at %H:%M} UTC"


class ConcurrentEditError(MentorDeskError):
    """Someone else saved `what` after the editor opened it.

    `current` is the version now stored (save over it to keep one's own values); `theirs`
    the values now stored (the same kind of value the editor holds), or None.
    """

    def __init__(self, what: str, current: Version, theirs: Any = None) -> None:
        self.what = what
        self.current = current
        self.theirs = theirs
        who = current.changed_by or t("someone else")
        if current.changed_at is None:
            message = t(
                "{what} was changed by {who} while you were editing; nothing was saved — "
                "reload their version or keep yours",
                what=what,
                who=who,
            )
        else:
            message = t(
                "{what} was changed by {who} on {when} UTC while you were editing; nothing "
                "was saved — reload their version or keep yours",
                what=what,
                who=who,
                when=current.changed_at,
            )
        super().__init__(message)


def version_of(*records: Any) -> Version:
    """The combined version of records edited together (a person and their membership):
    one stamp entry per record; who and when from the one saved last. Records are anything
    with `version`, `changed_by` and `updated_at` (ORM objects or Core rows alike)."""
    present = [r for r in records if r is not None]
    stamp = tuple(int(r.version or 0) if r is not None else 0 for r in records)
    if not present:
        return Version(stamp)
    last = max(present, key=lambda r: (r.updated_at is not None, r.updated_at))
    return Version(stamp, last.changed_by or "", last.updated_at)


def check_version(
    what: str, expected: Version | None, current: Version, theirs: Any = None
) -> None:
    """Refuse (ConcurrentEditError) when the editor started from an older version.

    `expected=None` means the caller did not start from a stored version (a CLI command
    that reads and writes in one transaction, an undo): nothing to compare.
    """
    if expected is not None and expected.stamp != current.stamp:
        raise ConcurrentEditError(what, current, theirs)


@dataclass(frozen=True)
class Difference:
    field: str
    theirs: Any
    mine: Any


def differences(theirs: Any, mine: Any, *, skip: frozenset[str] = frozenset()) -> list[Difference]:
    """The fields of two values of one dataclass type that differ, in field order."""
    if theirs is None or not dataclasses.is_dataclass(mine):
        return []
    return [
        Difference(f.name, getattr(theirs, f.name), getattr(mine, f.name))
        for f in dataclasses.fields(mine)
        if f.name not in skip and getattr(theirs, f.name) != getattr(mine, f.name)
    ]
