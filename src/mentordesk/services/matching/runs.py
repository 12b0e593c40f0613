"""Matching use cases: overview, run, candidates, settings, flash rotation.

Draft review (pin, unpin, reject, exclusions and their undo) lives in `matching_review.py`,
approval in `matching_approval.py`; `MatchingService` offers all of them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.bulk import collector_paused
from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import DraftState, Role
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import _, t
from mentordesk.db.engine import Database
from mentordesk.db.tables import audit_log, match_drafts, memberships, participants
from mentordesk.importing.formulas import escape_csv, escape_csv_row
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
from mentordesk.services.matching.review import DraftOperations, draft_rows, restore_drafts
from mentordesk.services.matching.rows import (
    CandidateRow,
    CandidateWording,
    DraftUndo,
    ExclusionRow,
    InvalidPinRow,
    MatchingOverview,
    PersonRow,
    RotationResult,
    RunResult,
    SeatRow,
    UnmatchedRow,
)
from mentordesk.services.matching.settings import SettingsOperations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: progress(percent, message); may raise mentordesk.matching.engine.Cancelled.
Progress = Callable[[int, str], None]


class MatchingService(DraftOperations, ApprovalOperations, SettingsOperations):
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

    # -- flash ------------------------------------------------------------------------------

    def rotation(self, program_id: int, rounds: int, seats: int | None = None) -> RotationResult:
        """A flash-mentoring rotation of `rounds` rounds (nothing is stored)."""
        if not 1 <= rounds <= 50:
            raise ValidationError(t("Choose between 1 and 50 rounds"), {"rounds": t("1 to 50")})
        with self.db.read() as session:
            data = load_input(session, program_id, include_matched=True)
        size = seats or data.options.group_size
        if not 1 <= size <= 20:
            raise ValidationError(t("Choose 1 to 20 mentees per table"), {"seats": t("1 to 20")})
        matcher = matcher_for(data)
        schedule, plan = matcher.rotation_plan(rounds, size)
        seated_rows = tuple(
            SeatRow(
                s.round,
                s.mentor_id,
                data.names[s.mentor_id],
                s.mentee_id,
                data.names[s.mentee_id],
                round(s.score, 1),
            )
            for s in schedule
        )
        eligible_mentees = [m for m in data.mentees if not m.ineligible]
        out: list[tuple[int, tuple[str, ...]]] = []
        for r in range(1, rounds + 1):
            seated = {s.mentee_id for s in seated_rows if s.round == r}
            out.append((r, tuple(m.name for m in eligible_mentees if m.id not in seated)))
        tables = tuple(
            (m.id, m.name) for m in data.mentors if not m.ineligible and m.role is Role.MENTOR
        ) or tuple((m.id, m.name) for m in data.mentors if not m.ineligible)
        return RotationResult(
            rounds,
            seated_rows,
            tables,
            tuple(out),
            meetings=plan.meetings,
            bound=plan.bound,
            spread=plan.spread,
            method=plan.method,
        )


def run_overrides(objective: str | None, min_score: float | None) -> dict[str, Any]:
    """The settings a run overrides for itself (None: the program's own)."""
    overrides: dict[str, Any] = {}
    if objective is not None:
        overrides["objective"] = objective
    if min_score is not None:
        overrides["min_score"] = min_score
    return overrides


def rotation_csv(rotation: RotationResult) -> str:
    """The rotation as CSV: round, table, mentor, mentee, score (no sensitive fields)."""
    table_of = {mentor_id: k + 1 for k, (mentor_id, _n) in enumerate(rotation.mentors)}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["round", "table", "mentor", "mentee", "score"])
    for s in sorted(rotation.seats, key=lambda s: (s.round, table_of.get(s.mentor_id, 0))):
        table = table_of.get(s.mentor_id, "")
        pair = escape_csv_row((s.mentor_name, s.mentee_name))
        writer.writerow([s.round, table, *pair, f"{s.score:.0f}"])
    for r, names in rotation.sitting_out:
        for name in names:
            writer.writerow([r, "", "", escape_csv(name), "break"])
    return buffer.getvalue()


def rotation_grid(
    rotation: RotationResult,
) -> tuple[list[str], list[str], list[list[list[str]]], list[tuple[str, tuple[str, ...]]]]:
    """The rotation for the printed schedule: round labels, mentor names (one table each),
    grid[round][table] → mentee names, and who sits each round out."""
    tables = list(rotation.mentors)
    for seat in rotation.seats:
        if all(seat.mentor_id != mentor_id for mentor_id, _n in tables):
            tables.append((seat.mentor_id, seat.mentor_name))
    table_of = {mentor_id: k for k, (mentor_id, _n) in enumerate(tables)}
    grid: list[list[list[str]]] = [[[] for _ in tables] for _ in range(rotation.rounds)]
    for seat in rotation.seats:
        grid[seat.round - 1][table_of[seat.mentor_id]].append(seat.mentee_name)
    rounds = [t("Round {number}", number=r) for r in range(1, rotation.rounds + 1)]
    breaks = [(t("Round {number}", number=r), names) for r, names in rotation.sitting_out]
    return rounds, [name for _id, name in tables], grid, breaks


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


def shared_names(db: Database, program_id: int) -> dict[int, str]:
    """People of a program who share their full name with someone else → what tells them apart
    (their e-mail, or "#id" without one), so that printed lists never show two identical names."""
    p, m = participants.c, memberships.c
    with db.connect_read() as connection:
        rows = connection.execute(
            sa.select(p.id, p.full_name, p.email)
            .select_from(participants)
            .join(memberships, m.participant_id == p.id)
            .where(m.program_id == program_id)
        ).all()
    by_name: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        by_name.setdefault(row.full_name.strip().casefold(), []).append((row.id, row.email or ""))
    return {
        pid: email or f"#{pid}"
        for people in by_name.values()
        if len(people) > 1
        for pid, email in people
    }


def find_member(db: Database, program_id: int, text: str) -> tuple[int, str]:
    """A program member by e-mail, full name (case-insensitive) or id; clear errors otherwise."""
    wanted = text.strip().casefold()
    if not wanted:
        raise ValidationError(t("Name a person (name, e-mail or id)"))
    p, m = participants.c, memberships.c
    with db.connect_read() as connection:
        rows = connection.execute(
            sa.select(p.id, p.full_name, p.email)
            .select_from(participants)
            .join(memberships, m.participant_id == p.id)
            .where(m.program_id == program_id)
        ).all()
    hits = [
        (r.id, r.full_name)
        for r in rows
        if wanted in {str(r.id), (r.email or "").casefold(), r.full_name.casefold()}
    ]
    if not hits:
        raise NotFoundError(t("No one called {text} in this program", text=repr(text)))
    if len(hits) > 1:
        raise ValidationError(
            t("{text} matches several people; use an e-mail or an id", text=repr(text))
        )
    return hits[0]


__all__ = ["MatchingService", "find_member", "matcher_for", "rotation_csv"]
