"""Approving drafts: they become active pairs with their score, explanation and rationale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import DraftState, PairStatus, ProgramFormat
from mentordesk.core.errors import RuleError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.sharing import shared
from mentordesk.matching.explanations import Explanation
from mentordesk.matching.rules import check_pins
from mentordesk.services.common import audit
from mentordesk.services.matching.data import (
    DraftSnapshot,
    MatchInput,
    eligibility_for,
    load_input,
)
from mentordesk.services.matching.review import restore_drafts
from mentordesk.services.matching.rows import ApproveResult, DraftUndo, InvalidPinRow, RunResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.db.engine import Database
    from mentordesk.db.models import PairRecord


def create_pair(*args: Any, **kwargs: Any) -> PairRecord:
    """The pairs area's `create_pair`, imported when an approval first needs it: it brings the
    ORM records, which a matching run does without."""
    from mentordesk.services.pairs import create_pair as create

    return create(*args, **kwargs)


class ApprovalOperations:
    """Mixed into MatchingService; each method is one transaction with its audit entries."""

    db: Database

    if TYPE_CHECKING:  # MatchingService's (services/matching/runs.py)

        def _run_in(
            self,
            session: Session | sa.Connection,
            program_id: int,
            overrides: dict[str, Any],
            include_matched: bool | None,
            progress: Callable[[int, str], None] | None,
        ) -> RunResult: ...

    def approve(
        self,
        program_id: int,
        keys: Sequence[tuple[int, int]] | None = None,
        *,
        reason: str = "",
        approved_by: str = "",
        start_date: dt.date | None = None,
        progress: Callable[[int, str], None] | None = None,
    ) -> tuple[ApproveResult, ChangeSet]:
        """Turn drafts (mentor id, mentee id) — all pinned and proposed when None — into pairs.

        Each pair is active from `start_date` (today) and keeps the draft's score, explanation
        and a one-line rationale. In group programs, one circle per mentor. `progress(percent,
        message)` is called as pairs are created; an exception it raises (a cancel) rolls the
        whole approval back.
        """
        with self.db.begin() as session:
            result = self._approve_in(
                session, program_id, keys, reason, approved_by, start_date, progress
            )
            return result, ChangeSet.of(
                Topic.MATCHING, Topic.PAIRS, program_id=program_id, ids=set(result.pair_ids)
            )

    def run_and_approve(
        self,
        program_id: int,
        *,
        objective: str | None = None,
        min_score: float | None = None,
        include_matched: bool | None = None,
        approved_by: str = "",
    ) -> tuple[RunResult, ApproveResult | None, ChangeSet]:
        """A run and the approval of its drafts as ONE transaction (`match --approve`).

        All or nothing: a crash, a cancel or a refusal ("Nothing can be approved") between the
        two leaves the program exactly as it was, never drafts saved and not approved. The
        approval is None when the run proposed nothing to approve.
        """
        from mentordesk.services.matching.runs import run_overrides

        with self.db.begin() as session:
            overrides = run_overrides(objective, min_score)
            result = self._run_in(session, program_id, overrides, include_matched, None)
            outcome = None
            if any(not d.blocked for d in result.drafts):
                outcome = self._approve_in(session, program_id, None, "", approved_by, None, None)
            ids = set(outcome.pair_ids) if outcome is not None else set()
            return (
                result,
                outcome,
                ChangeSet.of(Topic.MATCHING, Topic.PAIRS, program_id=program_id, ids=ids),
            )

    def _approve_in(
        self,
        session: Session,
        program_id: int,
        keys: Sequence[tuple[int, int]] | None,
        reason: str,
        approved_by: str,
        start_date: dt.date | None,
        progress: Callable[[int, str], None] | None,
    ) -> ApproveResult:
        """`approve` inside the caller's transaction."""
        from mentordesk.services.common import lock_program

        # Capacity is re-checked below against what is committed once the lock is held:
        # a second approval at the same moment waits here, then sees the first one's pairs.
        lock_program(session, program_id)
        data = load_input(session, program_id, include_matched=True)
        live = [d for _k, (_i, d) in data.drafts.items() if d.state is not DraftState.REJECTED]
        chosen = (
            sorted(live, key=lambda d: (d.mentor_id, d.mentee_id))
            if keys is None
            else [data.drafts[k][1] for k in keys if k in data.drafts]
        )
        chosen = [d for d in chosen if d.state is not DraftState.REJECTED]
        if not chosen:
            raise ValidationError(t("There are no draft pairs to approve"))
        if keys is not None:
            seen: set[int] = set()
            for d in chosen:
                if d.mentee_id in seen:
                    raise RuleError(
                        t("{name} is in two selected drafts", name=data.names[d.mentee_id])
                    )
                seen.add(d.mentee_id)
        chosen, refused = self._recheck(data, chosen)
        if not chosen:
            raise RuleError(
                t("Nothing can be approved: {reasons}", reasons=" · ".join(r.text for r in refused))
            )
        groups: list[list[DraftSnapshot]]
        if data.program.format is ProgramFormat.GROUP:
            by_mentor: dict[int, list[DraftSnapshot]] = {}
            for d in chosen:
                by_mentor.setdefault(d.mentor_id, []).append(d)
            groups = list(by_mentor.values())
        else:
            groups = [[d] for d in chosen]
        pair_ids: list[int] = []
        start = start_date or dt.date.today()
        for number, group in enumerate(shared(groups)):  # a worker lets the window in
            if progress is not None and number % 20 == 0:
                progress(100 * number // len(groups), t("Creating pairs…"))
            pair_ids.append(self._create(session, data, group, start, reason, approved_by).id)
        draft_keys = tuple((d.mentor_id, d.mentee_id) for d in chosen)
        undo = DraftUndo(program_id, draft_keys, tuple(chosen))
        restore_drafts(session, DraftUndo(program_id, draft_keys, ()))
        if progress is not None:  # the last moment a Cancel can still undo it all
            progress(100, t("Saving…"))
        return ApproveResult(tuple(pair_ids), undo, refused)

    @staticmethod
    def _recheck(
        data: MatchInput, chosen: list[DraftSnapshot]
    ) -> tuple[list[DraftSnapshot], tuple[InvalidPinRow, ...]]:
        """Every draft re-checked against every hard rule and capacity (in people) right now.

        The matcher's own rule code decides (`check_pins`): a pin made while the mentor was
        cleared is refused once the check has expired or someone withdrew. Pinned drafts get the
        places first, then the higher scores.
        """
        order = sorted(chosen, key=lambda d: (d.state is not DraftState.PINNED, -(d.score or 0.0)))
        by_key = {(d.mentor_id, d.mentee_id): d for d in order}
        valid, invalid, _left = check_pins(
            eligibility_for(data), list(by_key), peer=data.options.peer
        )
        names = data.names
        refused = tuple(
            InvalidPinRow(r, names.get(r, "?"), e, names.get(e, "?"), tuple(str(w) for w in why))
            for r, e, why in invalid
        )
        keep = set(valid)
        return [d for d in chosen if (d.mentor_id, d.mentee_id) in keep], refused

    @staticmethod
    def _create(
        session: Session,
        data: MatchInput,
        group: list[DraftSnapshot],
        start: dt.date,
        reason: str,
        approved_by: str,
    ) -> PairRecord:
        names = data.names
        scores = [d.score or 0.0 for d in group]
        score = sum(scores) / len(scores)
        if len(group) == 1:
            explanation = list(group[0].explanation)
        else:
            explanation = [
                {**item, "mentee": names[d.mentee_id]} for d in group for item in d.explanation
            ]
        lines = Explanation.from_json(score, list(group[0].explanation)[:3]).reasons
        top = "; ".join(line.text for line in lines)
        rationale = t("Matched with score {score}: {reasons}", score=round(score), reasons=top)
        rationale += f". {reason}" if reason else ""
        pair = create_pair(
            session,
            data.program.id,
            [group[0].mentor_id],
            [d.mentee_id for d in group],
            status=PairStatus.ACTIVE,
            start_date=start,
            score=round(score, 2),
            explanation=explanation,
            rationale=rationale,
            approved_by=approved_by,
        )
        audit(
            session,
            "match.approve",
            program_id=data.program.id,
            entity="pair",
            entity_id=pair.id,
            details={
                "mentor": names[group[0].mentor_id],
                "mentees": [names[d.mentee_id] for d in group],
                "score": round(score, 2),
            },
            reason=reason,
        )
        return pair

    def undo_approve(self, result: ApproveResult, reason: str = "undo") -> ChangeSet:
        """Remove the pairs an approval created and bring their drafts back."""
        from mentordesk.db.models import PairRecord

        program_id = result.undo.program_id
        with self.db.begin() as session:
            session.execute(
                sa.delete(PairRecord).where(
                    PairRecord.id.in_(result.pair_ids), PairRecord.program_id == program_id
                )
            )
            restore_drafts(session, result.undo)
            audit(
                session,
                "match.approve.undo",
                program_id=program_id,
                entity="pair",
                details={"pair_ids": list(result.pair_ids)},
                reason=reason,
            )
        return ChangeSet.of(Topic.MATCHING, Topic.PAIRS, program_id=program_id)
