"""Erasing a person completely (the right to erasure), and compacting the file afterwards.

What happens, in one transaction:

- every record about the person (found by `records.find_records`) is deleted;
- the pairs they belonged to are either removed, or kept for the program's statistics with
  the person replaced by an anonymous "Former participant" (role, dates, status, meeting
  dates and durations, ratings, closure type stay; every free-text field of those pairs —
  notes, topics, feedback, goals' wording, the match explanation — is emptied, because it
  talks about the person);
- their name, e-mail and guardians' contact are replaced by "Former participant" wherever
  they still appear as text: earlier audit entries, other people's ranked choices, notes;
- the audit log records that an erasure happened, not whom or what.

Then, outside the transaction, the file is compacted: SQLite zeroes deleted content
(`PRAGMA secure_delete`, set on every connection by `db.engine`), VACUUM rewrites the file
without free pages, and a WAL checkpoint truncates the write-ahead log, so that `strings` on
the file and its WAL no longer finds the person. An erasure cannot be undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import MemberStatus
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    Base,
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.db.sql import holds_text, json_from_text
from mentordesk.services.common import audit
from mentordesk.services.privacy.records import PEOPLE, PersonRecords, find_records

FORMER = "Former participant"

#: Free text of a kept pair's records that talks about its people: emptied on erasure.
_PAIR_TEXT: dict[Any, dict[str, Any]] = {
    PairRecord: {"rationale": "", "pause_reason": "", "explanation": []},
    PairEventRecord: {"reason": ""},
    AgreementRecord: {"place": "", "usual_time": "", "contact_between": ""},
    MeetingRecord: {"topics": "", "notes": "", "next_steps": "", "attendees": ""},
    CheckInRecord: {"safety_note": "", "follow_up": "", "notes": ""},
    ClosureRecord: {"mentor_feedback": "", "mentee_feedback": ""},
    GoalRecord: {"statement": "", "measure": "", "resources": "", "mentor_role": ""},
    ActionStepRecord: {"description": ""},
    GoalProgressRecord: {"comment": ""},
}


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a person will touch (shown before the coordinator confirms)."""

    participant_id: int
    name: str
    programs: tuple[str, ...]
    pairs: int
    records: int
    #: Copies of the file made before now (backups): they still hold the person.
    copies: tuple[Path, ...] = ()


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did (no name: the person is gone)."""

    records_deleted: int
    pairs_kept: int
    pairs_removed: int
    texts_redacted: int
    changes: ChangeSet


class ErasureService:
    """Erase people completely; see the module docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, participant_id: int) -> ErasurePreview:
        with self.db.read() as session:
            records = find_records(session, participant_id)
            programs = tuple(
                session.scalars(
                    sa.text(
                        "SELECT p.name FROM programs p JOIN memberships m ON m.program_id = p.id"
                        " WHERE m.participant_id = :pid ORDER BY p.name"
                    ),
                    {"pid": participant_id},
                )
            )
        return ErasurePreview(
            participant_id,
            records.name,
            programs,
            len(records.pair_ids),
            sum(len(ids) for table, ids in records.ids.items() if table != "pairs"),
            () if self.db.path is None else older_copies(self.db.path),
        )

    def erase(
        self, participant_id: int, *, confirm_name: str, remove_pairs: bool = False
    ) -> ErasureResult:
        """Erase the person whose full name is typed in `confirm_name` (ValidationError when it
        does not match: nothing is erased). Cannot be undone."""
        with self.db.begin() as session:
            records = find_records(session, participant_id)
            if confirm_name.strip() != records.name.strip():
                raise ValidationError(
                    t("Type the person's full name exactly as shown to confirm the erasure"),
                    {"confirm_name": t("does not match")},
                )
            result = erase_in_session(session, records, remove_pairs=remove_pairs)
        compact(self.db)
        return result

    def erase_many(self, participant_ids: list[int], *, remove_pairs: bool = False) -> int:
        """Erase several people (the retention rule) in one transaction; returns how many."""
        with self.db.begin() as session:
            for participant_id in participant_ids:
                erase_in_session(
                    session, find_records(session, participant_id), remove_pairs=remove_pairs
                )
        if participant_ids:
            compact(self.db)
        return len(participant_ids)


def erase_in_session(
    session: Session, records: PersonRecords, *, remove_pairs: bool
) -> ErasureResult:
    """The erasure itself, inside the caller's transaction."""
    pid = records.participant_id
    program_ids = set(
        session.scalars(
            sa.select(MembershipRecord.program_id).where(MembershipRecord.participant_id == pid)
        )
    )
    pair_ids = sorted(records.pair_ids)
    deleted = sum(len(ids) for ids in records.ids.values())
    if remove_pairs and pair_ids:
        session.execute(sa.delete(PairRecord).where(PairRecord.id.in_(pair_ids)))
    elif pair_ids:
        _anonymise_pairs(session, records, pair_ids)
        deleted -= sum(
            len(records.ids.get(t.__tablename__, set())) for t in (*_PAIR_TEXT, PairMemberRecord)
        )
    # Goals of the person's IDPs that belong to no pair would only lose their IDP link.
    idp_ids = sorted(records.ids.get("idps", set()))
    if idp_ids:
        session.execute(
            sa.delete(GoalRecord).where(
                GoalRecord.idp_id.in_(idp_ids), GoalRecord.pair_id.is_(None)
            )
        )
    session.execute(sa.delete(ParticipantRecord).where(ParticipantRecord.id == pid))
    redacted = _redact_everywhere(session, records.needles)
    redacted += _forget_audit_links(session, pid)
    programs: list[int | None] = [*sorted(program_ids)] or [None]
    for program_id in programs:
        audit(
            session,
            "participant.erase",
            program_id=program_id,
            entity="participant",
            details={"pairs": "removed" if remove_pairs else "anonymised"},
        )
    session.flush()
    return ErasureResult(
        records_deleted=deleted,
        pairs_kept=0 if remove_pairs else len(pair_ids),
        pairs_removed=len(pair_ids) if remove_pairs else 0,
        texts_redacted=redacted,
        changes=ChangeSet.of(Topic.PARTICIPANTS, Topic.PAIRS, Topic.RECORDS, Topic.MATCHING),
    )


def _anonymise_pairs(session: Session, records: PersonRecords, pair_ids: list[int]) -> None:
    """Keep the pairs for the statistics: an anonymous stand-in takes the person's place."""
    pid = records.participant_id
    stand_in = ParticipantRecord(full_name=FORMER, email=None)
    session.add(stand_in)
    session.flush()
    session.execute(
        sa.update(PairMemberRecord)
        .where(PairMemberRecord.participant_id == pid)
        .values(participant_id=stand_in.id)
    )
    # The stand-in keeps the role (for the counts) but can never be matched again.
    session.execute(
        sa.update(MembershipRecord)
        .where(MembershipRecord.participant_id == pid)
        .values(
            participant_id=stand_in.id,
            status=MemberStatus.WITHDRAWN,
            ranked_choices=[],
            capacity=0,
        )
    )
    goal_ids = sorted(records.ids.get("goals", set()))
    for model, values in _PAIR_TEXT.items():
        if model in (ActionStepRecord, GoalProgressRecord):
            where = model.goal_id.in_(goal_ids)
        elif model is PairRecord:
            where = PairRecord.id.in_(pair_ids)
        else:
            where = model.pair_id.in_(pair_ids)
        session.execute(sa.update(model).where(where).values(**values))


def _redact_everywhere(session: Session, needles: tuple[str, ...]) -> int:
    """Replace the person's name, e-mail … in every text and JSON column of every table."""
    if not needles:
        return 0
    forms: list[tuple[str, str]] = []
    for needle in needles:
        forms.append((needle, FORMER))
        escaped = json.dumps(needle)[1:-1]  # how JSON columns store non-ASCII text
        if escaped != needle:
            forms.append((escaped, FORMER))
    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name == PEOPLE:
            continue
        for column in table.columns:
            if not isinstance(column.type, sa.String | sa.Text | sa.JSON):
                continue
            is_json = isinstance(column.type, sa.JSON)
            raw = sa.cast(column, sa.Text) if is_json else column
            for needle, replacement in forms:
                replaced = sa.func.replace(raw, needle, replacement)
                result = session.execute(
                    sa.update(table)
                    .where(holds_text(raw, needle))
                    .values({column.name: json_from_text(replaced) if is_json else replaced})
                    .execution_options(synchronize_session=False)
                )
                changed += result.rowcount or 0  # type: ignore[attr-defined]
    return changed


def _forget_audit_links(session: Session, participant_id: int) -> int:
    """Earlier audit entries on the person keep what was done, no longer to whom."""
    result = session.execute(
        sa.text(
            "UPDATE audit_log SET entity_id = NULL "
            "WHERE entity = 'participant' AND entity_id = :pid"
        ),
        {"pid": participant_id},
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


def older_copies(path: Path) -> tuple[Path, ...]:
    """Backups of the file, newest first: those in its backup folder (services.files) and
    copies beside it (`<name>.<anything>.sqlite`, `<name>*.bak`). An erasure cannot reach
    into them, so the coordinator is told they exist."""
    path = Path(path)
    from mentordesk.db.backup import list_backups
    from mentordesk.db.location import default_backup_dir
    from mentordesk.services.files import backup_preferences

    chosen = backup_preferences().folder
    folder = chosen / default_backup_dir(path).name if chosen else default_backup_dir(path)
    kept = [b.path for b in list_backups(folder, path)] if folder.is_dir() else []
    own = {path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"}
    found = [
        p
        for pattern in (f"{path.stem}.*{path.suffix}", f"{path.stem}*.bak")
        for p in path.parent.glob(pattern)
        if p.is_file() and p.name not in own
    ]
    return tuple(sorted(set(found) | set(kept), key=lambda p: p.stat().st_mtime, reverse=True))


def compact(db: Database) -> None:
    """Leave no trace of deleted rows in the file or its WAL: VACUUM, then truncate the WAL.

    On a server, VACUUM (outside a transaction) frees the erased rows' space for reuse; what
    the server's own files, WAL archive and dumps keep is its administrator's (README)."""
    if db.is_server:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as live:
            live.exec_driver_sql("VACUUM")
        return
    db.engine.dispose()  # pooled connections holding old snapshots would block the checkpoint
    db.acquire_writer()
    connection = db.raw_connection()  # autocommit (no BEGIN): VACUUM runs outside a transaction
    try:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
