"""Who is matched: the live-pair counts, shared by the roster, matching, the sample and the
pair lifecycle.

Written as SQL text (`db/plain.py`) so that the roster's start-up read can run them through
`sqlite3` before SQLAlchemy has loaded; in the application they run through a session or a
Core connection, on either engine.
"""

from __future__ import annotations

from typing import Any

from mentordesk.core.enums import PairStatus, Role
from mentordesk.db.plain import runner

#: Pairs that hold a mentor's capacity and count as "matched".
LIVE_STATUSES = (PairStatus.ACTIVE, PairStatus.PAUSED)
_LIVE = ", ".join(f"'{status.value}'" for status in LIVE_STATUSES)  # enum values, not input

_PAIR_COUNTS = (
    "SELECT pm.participant_id, count(*) FROM pair_members AS pm"
    " JOIN pairs AS p ON p.id = pm.pair_id"
    f" WHERE p.program_id = :program_id AND p.status IN ({_LIVE}){{role}}"
    " GROUP BY pm.participant_id"
)

_MENTEE_COUNTS = (
    "SELECT mentor.participant_id, count(DISTINCT mentee.participant_id)"
    " FROM pair_members AS mentor"
    " JOIN pairs AS p ON p.id = mentor.pair_id"
    " JOIN pair_members AS mentee ON mentee.pair_id = mentor.pair_id AND mentee.role = :mentee"
    f" WHERE p.program_id = :program_id AND p.status IN ({_LIVE}) AND mentor.role = :mentor"
    " GROUP BY mentor.participant_id"
)


def live_pair_counts(connection: Any, program_id: int, role: Role | None = None) -> dict[int, int]:
    """participant id → number of active or paused pairs they are in (optionally as `role`).

    `connection`: an ORM session, a Core connection or a `sqlite3` connection."""
    params: dict[str, Any] = {"program_id": program_id}
    if role is None:
        sql = _PAIR_COUNTS.format(role="")
    else:
        sql = _PAIR_COUNTS.format(role=" AND pm.role = :role")
        params["role"] = role.value
    return {pid: count for pid, count in runner(connection)(sql, params)}


def live_mentee_counts(connection: Any, program_id: int) -> dict[int, int]:
    """mentor's participant id → how many distinct mentees they hold in active or paused pairs.

    Capacity is counted in people (`core/capacity.py`): a circle of four uses four places.
    """
    params = {"program_id": program_id, "mentee": Role.MENTEE.value, "mentor": Role.MENTOR.value}
    return {pid: count for pid, count in runner(connection)(_MENTEE_COUNTS, params)}
