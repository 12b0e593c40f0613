"""Reviewing drafts: pin, unpin, reject, exclusions, approval — and putting each one back."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import DraftState
from mentordesk.core.errors import NotFoundError, RuleError, ValidationError
from mentordesk.core.i18n import Text, t
from mentordesk.db.sql import executemany, utcnow
from mentordesk.db.tables import match_drafts
from mentordesk.matching.engine import Matcher
from mentordesk.matching.rules import REJECTED_EARLIER
from mentordesk.services.common import audit
from mentordesk.services.matching.data import (
    DraftSnapshot,
    MatchInput,
    load_input,
    matcher_for,
)
from mentordesk.services.matching.rows import DraftRow, DraftUndo, ExclusionRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.db.engine import Database

_CHUNK = 400


def draft_rows(
    drafts: dict[tuple[int, int], tuple[int, DraftSnapshot]], names: dict[int, str]
) -> tuple[DraftRow, ...]:
    return tuple(
        DraftRow(
            id=draft_id,
            mentor_id=d.mentor_id,
            mentor_name=names.get(d.mentor_id, "?"),
            mentee_id=d.mentee_id,
            mentee_name=names.get(d.mentee_id, "?"),
            state=d.state,
            score=d.score,
            explanation=d.explanation,
            note=d.reason,
        )
        for draft_id, d in drafts.values()
    )


def restore_drafts(
    session: Session | sa.Connection, undo: DraftUndo, *, replace_all: bool = False
) -> None:
    """Make the drafts under undo.keys exactly undo.before (delete, then insert).

    `replace_all` (a matcher run) deletes every draft that is not rejected in one statement.
    Core statements over `db/tables.py`: a run writes through `Database.write()` (no ORM).
    """
    d = match_drafts.c
    if replace_all:
        session.execute(
            sa.delete(match_drafts).where(
                d.program_id == undo.program_id, d.state != DraftState.REJECTED.value
            )
        )
    else:
        keys = list(undo.keys)
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            session.execute(
                sa.delete(match_drafts).where(
                    d.program_id == undo.program_id,
                    sa.tuple_(d.mentor_id, d.mentee_id).in_(chunk),
                )
            )
    if undo.before:
        now = utcnow()
        # Straight to the driver: a run writes thousands of drafts with their explanations.
        executemany(
            session,
            "INSERT INTO match_drafts (program_id, mentor_id, mentee_id, state, score, "
            "explanation, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    undo.program_id,
                    s.mentor_id,
                    s.mentee_id,
                    s.state.value,
                    s.score,
                    json.dumps(list(s.explanation), ensure_ascii=False),
                    s.reason,
                    now,
                    now,
                )
                for s in undo.before
            ],
        )


def _snapshot_of(data: MatchInput, keys: Iterable[tuple[int, int]]) -> tuple[DraftSnapshot, ...]:
    return tuple(data.drafts[k][1] for k in keys if k in data.drafts)


class DraftOperations:
    """Mixed into MatchingService; every method is one transaction and one audit entry."""

    db: Database

    def restore(self, undo: DraftUndo, reason: str = "undo") -> ChangeSet:
        """Put drafts back as they were before a run, pin, reject or exclusion."""
        with self.db.begin() as session:
            restore_drafts(session, undo)
            audit(
                session,
                "match.restore",
                program_id=undo.program_id,
                entity="match_draft",
                details={"drafts": len(undo.keys)},
                reason=reason,
            )
        return ChangeSet.of(Topic.MATCHING, program_id=undo.program_id)

    def _change_state(
        self,
        program_id: int,
        mentor_id: int,
        mentee_id: int,
        state: DraftState,
        reason: str,
    ) -> tuple[DraftUndo, ChangeSet]:
        with self.db.begin() as session:
            data = load_input(session, program_id, include_matched=True)
            key = (mentor_id, mentee_id)
            names = data.names
            if mentor_id not in names or mentee_id not in names:
                raise NotFoundError(t("Both people must be members of this program"))
            matcher = matcher_for(data)
            if mentor_id not in matcher.mentor_index or mentee_id not in matcher.mentee_index:
                raise RuleError(
                    t(
                        "{name} is not a mentor or {other} not a mentee here",
                        name=names[mentor_id],
                        other=names[mentee_id],
                    )
                )
            touched: list[tuple[int, int]] = [key]
            after: list[DraftSnapshot] = []
            existing = data.drafts.get(key)
            if state is DraftState.PINNED:
                touched += self._check_pin(data, matcher, mentor_id, mentee_id)
            elif state is DraftState.PROPOSED and (
                existing is None or existing[1].state is not DraftState.PINNED
            ):
                raise RuleError(
                    t(
                        "{name} is not pinned to {other}",
                        name=names[mentee_id],
                        other=names[mentor_id],
                    )
                )
            explanation = matcher.explain(mentor_id, mentee_id)
            after.append(
                DraftSnapshot(
                    mentor_id,
                    mentee_id,
                    state,
                    round(explanation.score, 2),
                    tuple(explanation.to_json()),
                    reason,
                )
            )
            keys = tuple(dict.fromkeys(touched))
            undo = DraftUndo(program_id, keys, _snapshot_of(data, keys))
            restore_drafts(session, DraftUndo(program_id, keys, tuple(after)))
            action = {
                DraftState.PINNED: "match.pin",
                DraftState.PROPOSED: "match.unpin",
                DraftState.REJECTED: "match.reject",
            }[state]
            audit(
                session,
                action,
                program_id=program_id,
                entity="match_draft",
                details={
                    "mentor_id": mentor_id,
                    "mentor": names[mentor_id],
                    "mentee_id": mentee_id,
                    "mentee": names[mentee_id],
                    "score": round(explanation.score, 2),
                },
                reason=reason,
            )
            return undo, ChangeSet.of(Topic.MATCHING, program_id=program_id)

    @staticmethod
    def _check_pin(
        data: MatchInput, matcher: Matcher, mentor_id: int, mentee_id: int
    ) -> list[tuple[int, int]]:
        """Refuse a pin the hard rules forbid; return the drafts it displaces."""
        names = data.names
        i, j = matcher.mentee_index[mentee_id], matcher.mentor_index[mentor_id]
        blocked = [
            r
            for r in matcher.rule_check.reasons(i, j, ignore_capacity=True)
            if r != REJECTED_EARLIER
        ]
        mentee = data.mentees[i]
        if mentee.ineligible:
            problem = Text(mentee.ineligible)
            blocked.append(
                Text("{name}: {problem}", {"name": names[mentee_id], "problem": problem})
            )
        if blocked:
            raise RuleError(
                t(
                    "Cannot pin {mentee} to {mentor}: {reasons}",
                    mentee=names[mentee_id],
                    mentor=names[mentor_id],
                    reasons="; ".join(str(b) for b in blocked),
                )
            )
        for (r, e), (_id, d) in data.drafts.items():
            if e == mentee_id and r != mentor_id and d.state is DraftState.PINNED:
                raise RuleError(
                    t(
                        "{name} is already pinned to {other}; unpin that first",
                        name=names[mentee_id],
                        other=names[r],
                    )
                )
        mentor = data.mentors[j]
        pinned_here = sum(
            1
            for (r, e), (_id, d) in data.drafts.items()
            if r == mentor_id and e != mentee_id and d.state is DraftState.PINNED
        )
        if mentor.profile.capacity - pinned_here <= 0:
            raise RuleError(t("{name}'s capacity is full", name=names[mentor_id]))
        # The mentee's other proposals go; so do the mentor's weakest if now over capacity.
        displaced = [
            k
            for k, (_id, d) in data.drafts.items()
            if k[1] == mentee_id and k[0] != mentor_id and d.state is DraftState.PROPOSED
        ]
        theirs = sorted(
            (
                (d.score or 0.0, k)
                for k, (_id, d) in data.drafts.items()
                if k[0] == mentor_id and k[1] != mentee_id and d.state is DraftState.PROPOSED
            ),
        )
        room = mentor.profile.capacity - pinned_here - 1
        if len(theirs) > room:
            displaced += [k for _s, k in theirs[: len(theirs) - room]]
        return displaced

    def pin(
        self, program_id: int, mentor_id: int, mentee_id: int, reason: str = ""
    ) -> tuple[DraftUndo, ChangeSet]:
        """Fix a pair by hand; re-runs keep it. Refused when a hard rule forbids it."""
        return self._change_state(program_id, mentor_id, mentee_id, DraftState.PINNED, reason)

    def unpin(
        self, program_id: int, mentor_id: int, mentee_id: int, reason: str = ""
    ) -> tuple[DraftUndo, ChangeSet]:
        """A pinned pair becomes an ordinary proposal again."""
        return self._change_state(program_id, mentor_id, mentee_id, DraftState.PROPOSED, reason)

    def reject(
        self, program_id: int, mentor_id: int, mentee_id: int, reason: str = ""
    ) -> tuple[DraftUndo, ChangeSet]:
        """Never propose this pair again (until undone)."""
        return self._change_state(program_id, mentor_id, mentee_id, DraftState.REJECTED, reason)

    # -- exclusions -------------------------------------------------------------------------

    def add_exclusion(
        self, program_id: int, a_id: int, b_id: int, reason: str = ""
    ) -> tuple[ExclusionRow, DraftUndo, ChangeSet]:
        """Two people who must never be paired; drafts between them are removed."""
        if a_id == b_id:
            raise ValidationError(t("Choose two different people"), {"b": t("same person")})
        from mentordesk.db.models import ExclusionRecord

        with self.db.begin() as session:
            data = load_input(session, program_id, include_matched=True)
            for pid in (a_id, b_id):
                if pid not in data.names:
                    raise NotFoundError(t("Participant {pid} is not in this program", pid=pid))
            if data.rules.excluded(a_id, b_id) is not None:
                raise ValidationError(
                    t(
                        "{name} and {other} are already excluded",
                        name=data.names[a_id],
                        other=data.names[b_id],
                    ),
                    {"b": t("already excluded")},
                )
            record = ExclusionRecord(
                program_id=program_id,
                participant_a_id=min(a_id, b_id),
                participant_b_id=max(a_id, b_id),
                reason=reason.strip(),
            )
            session.add(record)
            session.flush()
            keys = tuple(
                k
                for k, (_id, d) in data.drafts.items()
                if set(k) == {a_id, b_id} and d.state is not DraftState.REJECTED
            )
            undo = DraftUndo(program_id, keys, _snapshot_of(data, keys))
            restore_drafts(session, DraftUndo(program_id, keys, ()))
            audit(
                session,
                "match.exclude",
                program_id=program_id,
                entity="exclusion",
                entity_id=record.id,
                details={"a": data.names[a_id], "b": data.names[b_id]},
                reason=reason,
            )
            row = ExclusionRow(
                record.id, a_id, data.names[a_id], b_id, data.names[b_id], record.reason
            )
            return row, undo, ChangeSet.of(Topic.MATCHING, program_id=program_id)

    def remove_exclusion(self, program_id: int, exclusion_id: int, reason: str = "") -> ChangeSet:
        from mentordesk.db.models import ExclusionRecord

        with self.db.begin() as session:
            record = session.get(ExclusionRecord, exclusion_id)
            if record is None or record.program_id != program_id:
                raise NotFoundError(
                    t("No exclusion {exclusion_id} in this program", exclusion_id=exclusion_id)
                )
            details = {"a_id": record.participant_a_id, "b_id": record.participant_b_id}
            session.delete(record)
            audit(
                session,
                "match.unexclude",
                program_id=program_id,
                entity="exclusion",
                entity_id=exclusion_id,
                details=details,
                reason=reason,
            )
        return ChangeSet.of(Topic.MATCHING, program_id=program_id)
