"""The roster of a program: rows for the table, and adding, editing and removing people."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.concurrency import Version, check_version
from mentordesk.core.errors import NotFoundError, RuleError, ValidationError
from mentordesk.core.i18n import nt, t
from mentordesk.core.participant import ParticipantInput, validate
from mentordesk.db.engine import Database
from mentordesk.services.roster.rows import RosterRow, roster_rows

if TYPE_CHECKING:
    from mentordesk.services.roster.removal import LivePair, RemovedParticipant

# Reading rows (`rows.py`) needs no ORM; what changes people imports the records, the audit
# log and the removal snapshots on first use, so the roster view loads without them.


class LivePairsRefused(RuleError):
    """Someone to be removed is in a proposed, active or paused pair; `pairs` names them."""

    def __init__(self, pairs: list[LivePair]) -> None:
        self.pairs = tuple(pairs)
        listed = "; ".join(p.label for p in pairs)
        super().__init__(
            nt(
                "Not removed: {n} live pair would lose a member — {listed}. "
                "Close that pair first, or confirm ending it with a reason",
                "Not removed: {n} live pairs would lose a member — {listed}. "
                "Close those pairs first, or confirm ending them with a reason",
                len(pairs),
                listed=listed,
            )
        )


def _check(person: ParticipantInput, today: dt.date) -> None:
    errors = validate(person, today)
    if errors:
        first = next(iter(errors.items()))
        raise ValidationError(
            nt(
                "Please correct {n} field: {field} {problem}",
                "Please correct {n} fields: {field} {problem}",
                len(errors),
                field=first[0],
                problem=first[1],
            ),
            errors,
        )


def _topics(removed: list[RemovedParticipant]) -> tuple[Topic, ...]:
    """Participants, and pairs too when a pair or a pair member went or came back."""
    pairs = any(t in ("pairs", "pair_members") for item in removed for t, _rows in item.rows)
    return (Topic.PARTICIPANTS, Topic.PAIRS) if pairs else (Topic.PARTICIPANTS,)


class RosterService:
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        self.db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def rows(self, program_id: int) -> list[RosterRow]:
        """Every participant of the program (`rows.roster_rows`: the one roster read)."""
        return roster_rows(self.db, program_id, self.today)

    def row(self, program_id: int, participant_id: int) -> RosterRow:
        for row in self.rows(program_id):
            if row.participant_id == participant_id:
                return row
        raise NotFoundError(
            t(
                "No participant with id {participant_id} in this program",
                participant_id=participant_id,
            )
        )

    def get(self, program_id: int, participant_id: int) -> ParticipantInput:
        """Everything about one person in one program, for the edit dialog."""
        from mentordesk.services.roster.participant_store import read_participant

        with self.db.read() as session:
            self._require_member(session, program_id, participant_id)
            return read_participant(session, program_id, participant_id)

    def add(self, program_id: int, person: ParticipantInput) -> tuple[int, ChangeSet]:
        """Validate and add a new person to the program; returns their id."""
        from mentordesk.db.models import ProgramRecord
        from mentordesk.services.common import audit
        from mentordesk.services.roster.participant_store import write_participant

        _check(person, self.today)
        with self.db.begin() as session:
            if session.get(ProgramRecord, program_id) is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            self._check_unique_email(session, program_id, person.email, None)
            record = write_participant(session, program_id, person)
            audit(
                session, "participant.add", program_id=program_id, entity="participant",
                entity_id=record.id, details={"name": record.full_name},
            )  # fmt: skip
            return record.id, self._changes(program_id, record.id)

    def get_versioned(
        self, program_id: int, participant_id: int
    ) -> tuple[ParticipantInput, Version]:
        """The person (as `get`) and the version an edit starts from, read together."""
        from mentordesk.services.roster.participant_store import read_participant

        with self.db.read() as session:
            self._require_member(session, program_id, participant_id)
            person = read_participant(session, program_id, participant_id)
            return person, self._version(session, program_id, participant_id, lock=False)

    def update(
        self,
        program_id: int,
        participant_id: int,
        person: ParticipantInput,
        expected: Version | None = None,
        *,
        keep_mine: bool = False,
    ) -> ChangeSet:
        """Validate and overwrite one person's fields and membership.

        `expected`: the version the editor started from (`get_versioned`); when someone
        else saved since, ConcurrentEditError names them and carries their values, and
        nothing is written. `keep_mine` records in the audit log that the coordinator saw
        the other save and chose to overwrite it.
        """
        return self.update_versioned(
            program_id, participant_id, person, expected, keep_mine=keep_mine
        )[0]

    def update_versioned(
        self,
        program_id: int,
        participant_id: int,
        person: ParticipantInput,
        expected: Version | None = None,
        *,
        keep_mine: bool = False,
    ) -> tuple[ChangeSet, Version]:
        """`update`, also returning the version this save made (read in the same
        transaction): an undo starts from it, so it cannot overwrite a later save unseen."""
        from mentordesk.db.models.base import utcnow
        from mentordesk.services.common import audit, lost_race
        from mentordesk.services.roster.participant_store import (
            read_participant,
            write_participant,
        )

        _check(person, self.today)
        with lost_race(person.full_name or t("This person")), self.db.begin() as session:
            self._require_member(session, program_id, participant_id)
            current = self._version(session, program_id, participant_id, lock=True)
            before = read_participant(session, program_id, participant_id)
            check_version(before.full_name, expected, current, before)
            self._check_unique_email(session, program_id, person.email, participant_id)
            record = write_participant(
                session, program_id, person, participant_id, today=self.today
            )
            record.updated_at = utcnow()  # the person's version covers every field saved
            changed = sorted(
                name
                for name in ParticipantInput.__dataclass_fields__
                if name != "extra" and getattr(before, name) != getattr(person, name)
            )
            details: dict[str, object] = {"fields": changed}
            if keep_mine:
                details["kept_mine_over"] = current.describe()
            audit(
                session, "participant.update", program_id=program_id, entity="participant",
                entity_id=participant_id, details=details,
            )  # fmt: skip
            session.flush()
            saved = self._version(session, program_id, participant_id, lock=False)
            return self._changes(program_id, participant_id), saved

    @staticmethod
    def _version(
        session: sa.orm.Session, program_id: int, participant_id: int, *, lock: bool
    ) -> Version:
        """The (person, membership) version; `lock` holds both rows until the transaction
        ends (SELECT … FOR UPDATE on a server; a local file's writer already excludes others)."""
        from mentordesk.db.models import MembershipRecord, ParticipantRecord
        from mentordesk.services.common import version_of

        person_query = sa.select(ParticipantRecord).where(ParticipantRecord.id == participant_id)
        membership_query = sa.select(MembershipRecord).where(
            MembershipRecord.program_id == program_id,
            MembershipRecord.participant_id == participant_id,
        )
        if lock:
            person_query = person_query.with_for_update()
            membership_query = membership_query.with_for_update()
        return version_of(session.scalar(person_query), session.scalar(membership_query))

    def remove(
        self, program_id: int, participant_id: int, close_reason: str = ""
    ) -> tuple[RemovedParticipant, ChangeSet]:
        """Take the person out of the program; the returned snapshot restores them exactly."""
        removed, changes = self.remove_many(program_id, [participant_id], close_reason)
        return removed[0], changes

    def live_pairs(self, program_id: int, participant_ids: list[int]) -> list[LivePair]:
        """The proposed, active and paused pairs these people are in (asked before removing)."""
        from mentordesk.services.roster.removal import live_pairs_of

        with self.db.read() as session:
            return live_pairs_of(session, program_id, participant_ids)

    def remove_many(
        self, program_id: int, participant_ids: list[int], close_reason: str = ""
    ) -> tuple[list[RemovedParticipant], ChangeSet]:
        """Remove several people in one transaction (all or none).

        Refused (`LivePairsRefused`, naming the pairs) when any of them is in a live pair,
        unless `close_reason` says why those pairs end: each is then closed in the audit log
        with that reason. A pair left without a mentor or a mentee goes with the person, whole,
        so no pair ever lacks one; undo brings everything back.
        """
        from mentordesk.services.common import audit
        from mentordesk.services.files import backup_before
        from mentordesk.services.roster.removal import live_pairs_of, snapshot_and_delete_many

        if len(participant_ids) > 1:
            backup_before(self.db, "removal")
        with self.db.begin() as session:
            for participant_id in participant_ids:
                self._require_member(session, program_id, participant_id)
            live = live_pairs_of(session, program_id, participant_ids)
            if live and not close_reason.strip():
                raise LivePairsRefused(live)
            for pair in live:
                audit(
                    session, "pair.close", program_id=program_id, entity="pair",
                    entity_id=pair.pair_id, reason=close_reason.strip(),
                    details={"pair": pair.label, "why": "participant removed"},
                )  # fmt: skip
            removed = snapshot_and_delete_many(session, program_id, participant_ids)
            for snapshot in removed:
                audit(
                    session, "participant.remove", program_id=program_id,
                    entity="participant", entity_id=snapshot.participant_id,
                    details={"name": snapshot.name},
                )  # fmt: skip
        ids = set(participant_ids)
        return removed, ChangeSet.of(*_topics(removed), program_id=program_id, ids=ids)

    def restore(self, removed: RemovedParticipant) -> ChangeSet:
        """Undo a removal: the same person, with the same id and every record, comes back."""
        return self.restore_many([removed])

    def restore_many(self, removed: list[RemovedParticipant]) -> ChangeSet:
        """Undo removals in one transaction, last removed first."""
        from mentordesk.services.common import audit
        from mentordesk.services.roster.removal import restore

        with self.db.begin() as session:
            for item in reversed(removed):
                restore(session, item)
                audit(
                    session, "participant.restore", program_id=item.program_id,
                    entity="participant", entity_id=item.participant_id,
                    details={"name": item.name},
                )  # fmt: skip
        program_id = removed[0].program_id if removed else None
        ids = {item.participant_id for item in removed}
        return ChangeSet.of(*_topics(removed), program_id=program_id, ids=ids)

    @staticmethod
    def _changes(program_id: int, participant_id: int) -> ChangeSet:
        return ChangeSet.of(Topic.PARTICIPANTS, program_id=program_id, ids={participant_id})

    @staticmethod
    def _require_member(session: sa.orm.Session, program_id: int, participant_id: int) -> None:
        from mentordesk.db.models import MembershipRecord

        found = session.scalar(
            sa.select(MembershipRecord.id).where(
                MembershipRecord.program_id == program_id,
                MembershipRecord.participant_id == participant_id,
            )
        )
        if found is None:
            raise NotFoundError(
                t(
                    "No participant with id {participant_id} in this program",
                    participant_id=participant_id,
                )
            )

    @staticmethod
    def _check_unique_email(
        session: sa.orm.Session, program_id: int, email: str, participant_id: int | None
    ) -> None:
        from mentordesk.db.models import MembershipRecord, ParticipantRecord

        email = email.strip().lower()
        if not email:
            return
        query = (
            sa.select(ParticipantRecord.full_name)
            .join(MembershipRecord, MembershipRecord.participant_id == ParticipantRecord.id)
            .where(MembershipRecord.program_id == program_id, ParticipantRecord.email == email)
        )
        if participant_id is not None:
            query = query.where(ParticipantRecord.id != participant_id)
        other = session.scalar(query.limit(1))
        if other is not None:
            raise ValidationError(
                t("{other} already uses {email} in this program", other=other, email=email),
                {"email": t("already used by {other}", other=other)},
            )
