"""Flash mentoring: a rotation of mentees around mentors' tables over several rounds, and the
rotation as CSV and as the printed schedule's grid.

Nothing is stored: `rotation` reads the cohort, lets the matcher plan a balanced rotation
within the hard rules and the minimum score (matching/rotation.py) and returns the seats, the
tables and who sits each round out. Mixed into MatchingService.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.importing.formulas import escape_csv, escape_csv_row
from mentordesk.services.matching.data import load_input, matcher_for
from mentordesk.services.matching.rows import RotationResult, SeatRow

if TYPE_CHECKING:
    from mentordesk.db.engine import Database


class RotationOperations:
    """Mixed into MatchingService."""

    db: Database

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
