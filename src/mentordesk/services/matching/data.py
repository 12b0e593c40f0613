"""Loading one program's matching input from the database with a handful of queries."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import sqlalchemy as sa

from mentordesk.core.capacity import free_places, mentor_places
from mentordesk.core.choices import ambiguous_choices, choice_index, resolve_choice
from mentordesk.core.enums import DraftState, MemberStatus, Role, ScreeningDecision
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import N_, t
from mentordesk.core.program import Program
from mentordesk.core.screening import clearance_problem
from mentordesk.core.sharing import shared
from mentordesk.db.sql import fetch, joined
from mentordesk.db.tables import exclusions, memberships, participants, programs, screenings
from mentordesk.matching.criteria import MatchOptions, resolve_options, resolve_weights
from mentordesk.matching.engine import Matcher
from mentordesk.matching.profiles import Profile
from mentordesk.matching.rules import Eligibility, HardRules
from mentordesk.services.pairs import live_mentee_counts, live_pair_counts
from mentordesk.services.programs import to_program

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Member:
    """A program member with what the matching view lists about them."""

    id: int
    name: str
    email: str
    role: Role
    org_unit: str
    capacity: int  # total slots (mentors)
    used: int  # mentors: mentees held in live pairs (people); mentees: live pairs
    ineligible: str  # "" when they can be matched now
    profile: Profile


@dataclass(frozen=True)
class DraftSnapshot:
    """A draft's full content, enough to put it back exactly (undo)."""

    mentor_id: int
    mentee_id: int
    state: DraftState
    score: float | None
    explanation: tuple[dict[str, Any], ...]
    reason: str


@dataclass
class MatchInput:
    program: Program
    weights: dict[str, float]
    options: MatchOptions
    mentees: list[Member]
    mentors: list[Member]
    rules: HardRules
    exclusions: list[tuple[int, int, int, str]]  # id, a, b, reason
    drafts: dict[tuple[int, int], tuple[int, DraftSnapshot]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    #: Ranked choices that name several people (left out of the preferences), as sentences.
    ambiguous: tuple[str, ...] = ()

    @property
    def pinned(self) -> list[tuple[int, int]]:
        return [k for k, (_id, d) in self.drafts.items() if d.state is DraftState.PINNED]


def matcher_for(data: MatchInput) -> Matcher:
    """The pure matcher over a loaded program."""
    return Matcher(
        [m.profile for m in data.mentees],
        [m.profile for m in data.mentors],
        data.weights,
        data.options,
        data.rules,
        data.pinned,
    )


def eligibility_for(data: MatchInput) -> Eligibility:
    """The matcher's hard rules over a loaded program, without scoring anything (cheap)."""
    mentors = [m.profile for m in data.mentors]
    capacity = np.array([max(0, p.capacity) for p in mentors], dtype=np.int64)
    return Eligibility(
        [m.profile for m in data.mentees], mentors, data.rules, data.options, capacity
    )


def load_program(session: Session | sa.Connection, program_id: int) -> Program:
    record = session.execute(sa.select(programs).where(programs.c.id == program_id)).first()
    if record is None:
        raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
    return to_program(record)


def load_input(
    session: Session | sa.Connection,
    program_id: int,
    *,
    include_matched: bool | None = None,
    today: dt.date | None = None,
    overrides: dict[str, Any] | None = None,
    exclusion_rows: bool = False,
) -> MatchInput:
    """Members as profiles (with eligibility), hard rules and drafts: five queries in all.

    `session` is an ORM session or a Core connection (`Database.write()`/`connect_read()`):
    every query here is Core over `db/tables.py`, so a matching run loads no ORM."""
    today = today or dt.date.today()
    program = load_program(session, program_id)
    weights = resolve_weights(program.format, program.matching_weights)
    stored = dict(program.matching_options) | dict(overrides or {})
    if include_matched is not None:
        stored["include_matched"] = include_matched
    options = resolve_options(program.format, stored)
    p, m, s = participants.c, memberships.c, screenings.c
    # JSON columns come back as text (CAST: PostgreSQL's driver would decode them) and are
    # decoded in ONE json.loads call: for thousands of people the per-call overhead, not the
    # parsing, is what costs.
    json_columns = (
        p.skills_offered,
        p.skills_sought,
        p.interests,
        p.goals,
        p.languages,
        p.availability,
        m.ranked_choices,
    )
    rows = session.execute(
        sa.select(
            p.id,
            p.full_name,
            p.email,
            p.org_unit,
            p.seniority,
            p.time_zone,
            p.preferred_format,
            p.gender,
            p.identity_preferences,
            m.role,
            m.status,
            m.capacity,
            s.decision,
            s.background_check_expiry,
            *(sa.cast(c, sa.Text).label(c.key) for c in json_columns),
        )
        .select_from(participants)
        .join(memberships, m.participant_id == p.id)
        .outerjoin(screenings, s.participant_id == p.id)
        .where(m.program_id == program_id)
        .order_by(p.full_name, p.id)
    ).all()
    width = len(json_columns)
    texts: list[str] = [str(t or "[]") for row in rows for t in row[-width:]]
    decoded = json.loads("[" + ",".join(texts) + "]")
    lists = [
        {key: tuple(decoded[k * width + n] or ()) for n, key in enumerate(_LIST_COLUMNS)}
        for k in shared(range(len(rows)))  # a worker lets the window in (core/sharing.py)
    ]
    as_mentor = live_pair_counts(session, program_id, Role.MENTOR)
    # Capacity is counted in people: a mentor's circle of four uses four places.
    held = live_mentee_counts(session, program_id)
    as_mentee = live_pair_counts(session, program_id, Role.MENTEE)
    # A name two people share names neither of them (core/choices.py); the run says so.
    # (Built only when someone ranked anyone: thousands of names cost a tenth of a second.)
    anyone_ranked = any(tags["ranked_choices"] for tags in lists)
    choosable = ((row.id, row.full_name or "", row.email or "") for row in rows)
    lookup = choice_index(choosable) if anyone_ranked else {}
    ambiguous: list[str] = []

    mentees: list[Member] = []
    mentors: list[Member] = []
    names: dict[int, str] = {}
    for row, tags in shared(zip(rows, lists, strict=True)):
        names[row.id] = row.full_name
        role = Role(row.role)
        choices = [c for c in tags["ranked_choices"] if isinstance(c, str)]
        ranked = tuple(
            person
            for person, _count in (resolve_choice(lookup, c) for c in choices)
            if person is not None
        )
        if any(resolve_choice(lookup, c)[1] > 1 for c in choices):
            ambiguous += ambiguous_choices(lookup, [(row.full_name, choices)])
        base: dict[str, Any] = dict(
            id=row.id,
            name=row.full_name,
            org_unit=row.org_unit or "",
            seniority=None if row.seniority is None else float(row.seniority),
            skills_offered=tags["skills_offered"],
            skills_sought=tags["skills_sought"],
            interests=tags["interests"],
            goals=tags["goals"],
            languages=tags["languages"],
            time_zone=row.time_zone or "",
            availability=tags["availability"],
            preferred_format=row.preferred_format or "",
            gender=row.gender or "",
            identity_preferences=row.identity_preferences or "",
            ranked=ranked,
        )
        withdrawn = MemberStatus(row.status) is MemberStatus.WITHDRAWN
        live_mentor = as_mentor.get(row.id, 0)
        live_mentee = as_mentee.get(row.id, 0)
        if options.peer:
            used = live_mentor + live_mentee
            why = N_("withdrawn") if withdrawn else ""
            if not why and used and not options.include_matched:
                why = N_("already in an active pair")
            if not why and options.require_screening:
                why = _screening_problem(row.decision, _date(row.background_check_expiry), today)
            profile = Profile(**base, capacity=0 if why else 1, ineligible=why)
            member = Member(
                row.id,
                row.full_name,
                row.email or "",
                role,
                row.org_unit or "",
                1,
                used,
                why,
                profile,
            )
            mentees.append(member)
            mentors.append(member)
            continue
        if role in (Role.MENTEE, Role.BOTH):
            why = N_("withdrawn") if withdrawn else ""
            if not why and live_mentee and not options.include_matched:
                why = N_("already in an active pair")
            profile = Profile(**base, ineligible=why)
            mentees.append(
                Member(
                    row.id,
                    row.full_name,
                    row.email or "",
                    Role.MENTEE,
                    row.org_unit or "",
                    1,
                    live_mentee,
                    why,
                    profile,
                )
            )
        if role in (Role.MENTOR, Role.BOTH):
            why = N_("withdrawn") if withdrawn else ""
            if not why and options.require_screening:
                why = _screening_problem(row.decision, _date(row.background_check_expiry), today)
            total = mentor_places(row.capacity)
            people = held.get(row.id, 0)
            free = free_places(row.capacity, people)
            profile = Profile(**base, capacity=free, ineligible=why)
            mentors.append(
                Member(
                    row.id,
                    row.full_name,
                    row.email or "",
                    Role.MENTOR,
                    row.org_unit or "",
                    total,
                    people,
                    why,
                    profile,
                )
            )

    drafts = load_drafts(session, program_id)
    rejected = frozenset(k for k, (_id, d) in drafts.items() if d.state is DraftState.REJECTED)
    rules = load_rules(session, program_id, rejected)
    exclusions = load_exclusion_rows(session, program_id) if exclusion_rows else []
    return MatchInput(
        program,
        weights,
        options,
        mentees,
        mentors,
        rules,
        exclusions,
        drafts,
        names,
        tuple(dict.fromkeys(ambiguous)),
    )


#: The columns of a program's members that are lists (JSON text in the file).
_LIST_COLUMNS = (
    "skills_offered",
    "skills_sought",
    "interests",
    "goals",
    "languages",
    "availability",
    "ranked_choices",
)


def _date(value: str | dt.date | None) -> dt.date | None:
    """A date column as the driver returns it (ISO text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10]) if value else None


def _screening_problem(
    decision: ScreeningDecision | str | None, expiry: dt.date | None, today: dt.date
) -> str:
    return clearance_problem(decision, expiry, today)


def load_rules(
    session: Session | sa.Connection, program_id: int, rejected: frozenset[tuple[int, int]]
) -> HardRules:
    """Exclusions as id arrays. A program may hold tens of thousands of them, so the database
    joins each column into one string and numpy splits it: no per-row Python objects."""
    e = exclusions.c
    unit = "\x1f"
    count, a_text, b_text, reasons = session.execute(
        sa.select(
            sa.func.count(),
            joined(e.participant_a_id, ","),
            joined(e.participant_b_id, ","),
            joined(sa.func.replace(sa.func.coalesce(e.reason, ""), unit, " "), unit),
        ).where(e.program_id == program_id)
    ).one()
    if not count:
        return HardRules(rejected=rejected)
    return HardRules(
        np.fromstring(a_text, dtype=np.int64, sep=","),
        np.fromstring(b_text, dtype=np.int64, sep=","),
        tuple((reasons or "").split("\x1f")) if reasons else ("",) * count,
        rejected,
    )


def load_exclusion_rows(
    session: Session | sa.Connection, program_id: int
) -> list[tuple[int, int, int, str]]:
    """(id, a, b, reason) of every exclusion, for listing."""
    e = exclusions.c
    query = sa.select(e.id, e.participant_a_id, e.participant_b_id, e.reason).where(
        e.program_id == program_id
    )
    return [(r[0], r[1], r[2], r[3] or "") for r in session.execute(query)]


def load_drafts(
    session: Session | sa.Connection, program_id: int
) -> dict[tuple[int, int], tuple[int, DraftSnapshot]]:
    """(mentor id, mentee id) → (draft id, snapshot); explanations decoded in one go."""
    rows = fetch(
        session,
        "SELECT id, mentor_id, mentee_id, state, score, CAST(explanation AS TEXT), reason "
        "FROM match_drafts "
        "WHERE program_id = ? ORDER BY id",
        (program_id,),
    )
    explanations = json.loads("[" + ",".join(r[5] or "[]" for r in rows) + "]")
    return {
        (r[1], r[2]): (
            r[0],
            DraftSnapshot(
                r[1], r[2], DraftState(r[3]), r[4], tuple(explanations[k] or ()), r[6] or ""
            ),
        )
        for k, r in enumerate(rows)
    }
