"""Matching use cases: the overview the view lists, candidates and explanations, and the run.

A run loads the cohort, lets the matcher propose pairs (pinned drafts kept, rejected ones
avoided) and stores the proposal as the new draft in one Core transaction, with its undo and
an audit entry. `MatchingService` also offers draft review (review.py), approval into pairs
(approval.py), weights and options (settings.py) and flash rotations (rotation.py), mixed in;
finding program members by name is in members.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.bulk import collector_paused
from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import DraftState
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import _, t
from mentordesk.db.engine import Database
from mentordesk.db.tables import audit_log, match_drafts
from mentordesk.matching.engine import Matcher, Proposal
from mentordesk.matching.rules import REJECTED_EARLIER
from mentordesk.services.common import audit
from mentordesk.services.matching.approval import ApprovalOperations
from mentordesk.services.matching.data import (
    DraftSnapshot,
    MatchInput,
    load_input,
    matcher_for,
)
from mentordesk.services.matching.members import shared_names
from mentordesk.services.matching.review import DraftOperations, draft_rows, restore_drafts
from mentordesk.services.matching.rotation import RotationOperations
from mentordesk.services.matching.rows import (
    CandidateRow,
    CandidateWording,
    DraftUndo,
    ExclusionRow,
    InvalidPinRow,
    MatchingOverview,
    PersonRow,
    RunResult,
    UnmatchedRow,
)
from mentordesk.services.matching.settings import SettingsOperations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: progress(percent, message); may raise mentordesk.matching.engine.Cancelled.
Progress = Callable[[int, str], None]


class MatchingService(DraftOperations, ApprovalOperations, SettingsOperations, RotationOperations):
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------

    def overview(self, program_id: int) -> MatchingOverview:
        """Everything the matching view lists: people, drafts, unmatched, exclusions."""
        with self.db.read() as session:
            data = load_input(session, program_id, exclusion_rows=True)
            a = audit_log.c
            last = session.scalar(
                sa.select(a.details)
                .where(a.program_id == program_id, a.action == "match.run")
                .order_by(a.id.desc())
                .limit(1)
            )
        pins: dict[int, int] = {}
        proposed: dict[int, int] = {}
        taken: set[int] = set()
        for (mentor_id, mentee_id), (_id, d) in data.drafts.items():
            if d.state is DraftState.PINNED:
                pins[mentor_id] = pins.get(mentor_id, 0) + 1
            if d.state is DraftState.PROPOSED:
                proposed[mentor_id] = proposed.get(mentor_id, 0) + 1
            if d.state is not DraftState.REJECTED:
                taken.add(mentee_id)
        mentees = tuple(_person(m, 0, 1 if m.id in taken else 0) for m in data.mentees)
        mentors = tuple(_person(m, pins.get(m.id, 0), proposed.get(m.id, 0)) for m in data.mentors)
        skipped = {m.id for m in data.mentees if m.ineligible}
        unmatched = tuple(
            UnmatchedRow(int(mid), data.names.get(int(mid), "?"), _(str(reason)))
            for mid, reason in (last or {}).get("unmatched", [])
            if int(mid) in data.names and int(mid) not in taken and int(mid) not in skipped
        )
        exclusions = tuple(
            ExclusionRow(i, a, data.names.get(a, "?"), b, data.names.get(b, "?"), reason)
            for i, a, b, reason in data.exclusions
        )
        return MatchingOverview(
            program=data.program,
            weights=data.weights,
            options=data.options,
            mentees=mentees,
            mentors=mentors,
            drafts=draft_rows(data.drafts, data.names),
            unmatched=unmatched,
            exclusions=exclusions,
        )

    def candidates(self, program_id: int, mentee_id: int) -> list[CandidateRow]:
        """Every mentor for one mentee, ranked, with score, reasons and why some are blocked."""
        return self.candidate_finder(program_id)(mentee_id)

    def candidate_finder(self, program_id: int) -> Callable[[int], list[CandidateRow]]:
        """`candidates` for many mentees of one program: the program is read and its features
        built once (seconds at 5,000 people), each call then ranks one mentee's mentors. The
        finder answers from that snapshot: make a new one after a change."""
        with self.db.read() as session:
            data = load_input(session, program_id, include_matched=True)
        matcher = matcher_for(data)

        def find(mentee_id: int) -> list[CandidateRow]:
            if mentee_id not in matcher.mentee_index:
                raise NotFoundError(
                    t("{name} is not a mentee here", name=data.names.get(mentee_id, mentee_id))
                )
            ranked = matcher.candidates(mentee_id)

            def explain(mentor_ids: Sequence[int]) -> list[tuple[str, ...]]:
                found = matcher.explain_candidates(mentee_id, mentor_ids)
                return [tuple(explanation.lines()) for explanation in found]

            wording = CandidateWording([c.mentor_id for c in ranked], explain)
            if ranked:  # the rows a list shows first are worded here, off the window's thread
                wording.lines(ranked[0].mentor_id)
            return [
                CandidateRow(
                    mentor_id=c.mentor_id,
                    name=data.names.get(c.mentor_id, "?"),
                    score=c.score,
                    eligible=c.eligible,
                    blocked_by=tuple(str(b) for b in c.blocked_by),
                    pin_blocked_by=tuple(str(b) for b in c.blocked_by if b != REJECTED_EARLIER),
                    free_slots=c.free_slots,
                    wording=wording.lines,
                )
                for c in ranked
            ]

        return find

    def explain(self, program_id: int, mentor_id: int, mentee_id: int) -> tuple[float, list[str]]:
        """Score and explanation lines of one pair, as the matcher computes them now."""
        with self.db.read() as session:
            data = load_input(session, program_id, include_matched=True)
        matcher = matcher_for(data)
        if mentor_id not in matcher.mentor_index or mentee_id not in matcher.mentee_index:
            raise NotFoundError(t("Both people must be in the program, as mentor and mentee"))
        explanation = matcher.explain(mentor_id, mentee_id)
        return explanation.score, explanation.lines()

    def shared_names(self, program_id: int) -> dict[int, str]:
        """Members who share a full name → their e-mail (or "#id"), to tell them apart."""
        return shared_names(self.db, program_id)

    # -- running ----------------------------------------------------------------------------

    def run(
        self,
        program_id: int,
        *,
        objective: str | None = None,
        min_score: float | None = None,
        include_matched: bool | None = None,
        progress: Progress | None = None,
    ) -> tuple[RunResult, ChangeSet]:
        """Propose pairs for everyone not yet matched; pinned drafts are kept, rejected avoided.

        Earlier proposals (not pinned, not rejected) are replaced; the result's `undo` puts them
        back. Settings given here override the program's for this run only.

        One Core transaction (`Database.write()`): a run reads and writes through
        `db/tables.py` and loads no ORM (`mentordesk match` in well under a second).
        """
        overrides = run_overrides(objective, min_score)
        with self.db.write() as connection:
            result = self._run_in(connection, program_id, overrides, include_matched, progress)
            return result, ChangeSet.of(Topic.MATCHING, program_id=program_id)

    def _run_in(
        self,
        session: Session | sa.Connection,
        program_id: int,
        overrides: dict[str, Any],
        include_matched: bool | None,
        progress: Progress | None,
    ) -> RunResult:
        """A run inside the caller's transaction (`run`, and `run_and_approve`)."""
        report = progress or (lambda _p, _m: None)
        report(1, "Loading")
        with collector_paused():  # thousands of profiles, explanations and drafts
            data = load_input(
                session, program_id, include_matched=include_matched, overrides=overrides
            )
            matcher = matcher_for(data)
            proposal = matcher.run(report)
            return self._store_run(session, data, matcher, proposal)

    def _store_run(
        self,
        session: Session | sa.Connection,
        data: MatchInput,
        matcher: Matcher,
        proposal: Proposal,
    ) -> RunResult:
        program_id = data.program.id
        before = tuple(d for _id, d in data.drafts.values() if d.state is not DraftState.REJECTED)
        new = [
            DraftSnapshot(
                p.mentor_id,
                p.mentee_id,
                DraftState.PINNED if p.pinned else DraftState.PROPOSED,
                round(p.score, 2),
                tuple(p.explanation.to_json()),
                data.drafts[(p.mentor_id, p.mentee_id)][1].reason if p.pinned else "",
            )
            for p in proposal.pairs
        ]
        # A pin a hard rule now forbids stays the coordinator's (it holds again once the rule is
        # met, e.g. a renewed check) but is not part of the proposal: its draft carries the
        # broken rules first, and approval refuses it.
        invalid: list[InvalidPinRow] = []
        for pin in proposal.invalid_pins:
            key = (pin.mentor_id, pin.mentee_id)
            old = data.drafts.get(key)
            explanation = matcher.explain_invalid_pin(pin)
            invalid.append(
                InvalidPinRow(
                    pin.mentor_id,
                    data.names.get(pin.mentor_id, "?"),
                    pin.mentee_id,
                    data.names.get(pin.mentee_id, "?"),
                    tuple(str(r) for r in pin.reasons),
                )
            )
            if old is None:
                continue
            new.append(
                DraftSnapshot(
                    pin.mentor_id,
                    pin.mentee_id,
                    DraftState.PINNED,
                    old[1].score if explanation is None else round(explanation.score, 2),
                    old[1].explanation if explanation is None else tuple(explanation.to_json()),
                    old[1].reason,
                )
            )
        keys = tuple(dict.fromkeys([(d.mentor_id, d.mentee_id) for d in (*before, *new)]))
        undo = DraftUndo(program_id, keys, before)
        restore_drafts(session, DraftUndo(program_id, keys, tuple(new)), replace_all=True)
        unmatched = tuple(
            UnmatchedRow(u.mentee_id, data.names.get(u.mentee_id, "?"), _(u.reason.value))
            for u in proposal.unmatched
        )
        audit(
            session,
            "match.run",
            program_id=program_id,
            entity="program",
            entity_id=program_id,
            details={
                "objective": proposal.objective.value,
                "min_score": data.options.min_score,
                "matched": len(proposal.pairs),
                "total_score": round(proposal.total_score, 2),
                "unmatched": [[u.mentee_id, u.reason] for u in unmatched],
                "invalid_pins": [[p.mentor_id, p.mentee_id, "; ".join(p.reasons)] for p in invalid],
            },
        )
        if not isinstance(session, sa.Connection):  # a session's pending audit entry
            session.flush()
        rows = draft_rows(_reload(session, program_id, new), data.names)
        return RunResult(
            drafts=rows,
            unmatched=unmatched,
            objective=proposal.objective.value,
            matched=len(proposal.pairs),
            total_score=proposal.total_score,
            undo=undo,
            invalid_pins=tuple(invalid),
            warnings=data.ambiguous,
        )


def run_overrides(objective: str | None, min_score: float | None) -> dict[str, Any]:
    """The settings a run overrides for itself (None: the program's own)."""
    overrides: dict[str, Any] = {}
    if objective is not None:
        overrides["objective"] = objective
    if min_score is not None:
        overrides["min_score"] = min_score
    return overrides


def _person(member: Any, pinned: int, proposed: int) -> PersonRow:
    return PersonRow(
        id=member.id,
        name=member.name,
        role=member.role,
        org_unit=member.org_unit,
        capacity=member.capacity,
        used=member.used,
        pinned=pinned,
        proposed=proposed,
        eligible=not member.ineligible,
        reason=_(member.ineligible) if member.ineligible else "",
    )


def _reload(
    session: Session | sa.Connection, program_id: int, new: list[DraftSnapshot]
) -> dict[tuple[int, int], tuple[int, DraftSnapshot]]:
    """The stored ids of freshly written drafts (their content is what we just wrote)."""
    d = match_drafts.c
    ids = {
        (r.mentor_id, r.mentee_id): r.id
        for r in session.execute(
            sa.select(d.id, d.mentor_id, d.mentee_id).where(
                d.program_id == program_id, d.state != DraftState.REJECTED.value
            )
        )
    }
    return {(x.mentor_id, x.mentee_id): (ids[(x.mentor_id, x.mentee_id)], x) for x in new}


__all__ = ["MatchingService", "matcher_for", "run_overrides"]
