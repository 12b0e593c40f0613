"""The import plan: what an import would do, decided before anything is written.

A plan holds the good rows, the bad rows' problems, and which e-mails already belong to a
participant (in this program, or in another one). `resolve()` turns it into writes for a
duplicate policy: skip (the first row of an e-mail wins; people already in the program are
left alone) or update (later rows and existing people are updated with the values the file
gives; empty cells never erase what is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from mentordesk.core.i18n import t
from mentordesk.importing.mapping import ColumnMap
from mentordesk.importing.rows import ParsedRow, RowError
from mentordesk.importing.values import DateOrder


class DuplicateKind(StrEnum):
    IN_PROGRAM = "already in the program"
    IN_FILE = "same e-mail as an earlier row"


@dataclass(frozen=True)
class Duplicate:
    row: int
    email: str
    full_name: str
    kind: DuplicateKind
    earlier_row: int | None = None

    def describe(self) -> str:
        if self.kind is DuplicateKind.IN_FILE:
            return t("same e-mail as row {row}", row=str(self.earlier_row))
        return t("already in the program")


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0

    def summary(self) -> str:
        return t(
            "{added} added, {updated} updated, {skipped} skipped, {rejected} rejected",
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
            rejected=self.rejected,
        )


@dataclass(frozen=True)
class Write:
    """One person to write: a new one (participant_id None), an update, or a link.

    `rows` are the file's rows for this person, applied in order (a link or update merges
    them over the recorded person; a new person starts from the first row).
    """

    participant_id: int | None
    rows: tuple[ParsedRow, ...]
    update: bool


@dataclass(frozen=True)
class ImportPlan:
    """Everything the dialog and the CLI show before the user confirms (no ORM inside)."""

    program_name: str
    program_id: int | None  # None: the program is created by the import
    source: str
    read_as: str
    mapping: tuple[ColumnMap, ...]
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...]
    total_rows: int
    date_order: DateOrder
    notes: tuple[str, ...] = ()
    #: e-mail → participant id, for people already in this program and in other programs.
    in_program: dict[str, int] = field(default_factory=dict)
    elsewhere: dict[str, int] = field(default_factory=dict)
    default_role: str | None = None

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.errors}))

    def duplicates(self) -> tuple[Duplicate, ...]:
        """Rows whose e-mail is already in the program or on an earlier good row."""
        result = []
        first: dict[str, int] = {}
        for row in self.rows:
            key = row.email_key
            if not key:
                continue
            name = row.person.full_name
            if key in self.in_program:
                result.append(Duplicate(row.row, key, name, DuplicateKind.IN_PROGRAM))
            elif key in first:
                result.append(Duplicate(row.row, key, name, DuplicateKind.IN_FILE, first[key]))
            first.setdefault(key, row.row)
        return tuple(result)

    def resolve(self, update_duplicates: bool) -> tuple[list[Write], list[int]]:
        """(writes, skipped row numbers) for the chosen duplicate policy."""
        groups: dict[str, list[ParsedRow]] = {}
        for row in self.rows:
            groups.setdefault(row.email_key or f"\0row{row.row}", []).append(row)
        writes: list[Write] = []
        skipped: list[int] = []
        for key, rows in groups.items():
            existing = self.in_program.get(key)
            if existing is not None:
                if update_duplicates:
                    writes.append(Write(existing, tuple(rows), update=True))
                else:
                    skipped.extend(r.row for r in rows)
                continue
            linked = self.elsewhere.get(key)
            kept = rows if update_duplicates else rows[:1]
            writes.append(Write(linked, tuple(kept), update=False))
            skipped.extend(r.row for r in rows[len(kept) :])
        return writes, sorted(skipped)

    def counts(self, update_duplicates: bool, skip_bad_rows: bool = True) -> ImportCounts:
        """What applying the plan would do (rejected rows are counted either way)."""
        writes, skipped = self.resolve(update_duplicates)
        return self.counts_of(writes, skipped)

    def counts_of(self, writes: list[Write], skipped: list[int]) -> ImportCounts:
        """The counts for writes and skipped rows already resolved."""
        added = sum(1 for w in writes if not w.update)
        updated = sum(len(w.rows) for w in writes) - added
        return ImportCounts(added, updated, len(skipped), len(self.bad_rows))
