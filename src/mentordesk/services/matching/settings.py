"""The matching weights and options of a program: saving them (validated, under the program's
version check) and putting them back on undo. Mixed into MatchingService."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.concurrency import Version, check_version, version_of
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.matching.criteria import resolve_options, resolve_weights
from mentordesk.services.common import audit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.db.engine import Database


class SettingsOperations:
    """Mixed into MatchingService; every method is one transaction and one audit entry."""

    db: Database

    def save_settings(
        self,
        program_id: int,
        weights: dict[str, Any],
        options: dict[str, Any],
        reason: str = "",
        expected: Version | None = None,
    ) -> tuple[tuple[dict[str, Any], dict[str, Any]], ChangeSet]:
        """Store weights and options (validated); returns the previous ones for undo.

        `expected`: the program's version the weights dialog started from; a save over
        someone else's newer save of the program is refused (ConcurrentEditError).
        Approved pairs keep the score and explanation they were approved with.
        """
        with self.db.begin() as session:
            record = _locked_program(session, program_id, expected)
            program_format = record.format
            resolve_weights(program_format, weights)
            resolved = resolve_options(program_format, dict(record.matching_options) | options)
            before = (dict(record.matching_weights or {}), dict(record.matching_options or {}))
            record.matching_weights = dict(weights)
            kept = {k: v for k, v in (record.matching_options or {}).items()}
            kept.update(resolved.to_json() if options else {})
            record.matching_options = kept
            audit(
                session,
                "match.settings",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={
                    "before": {"weights": before[0], "options": before[1]},
                    "after": {"weights": weights, "options": kept},
                },
                reason=reason,
            )
            return before, ChangeSet.of(Topic.PROGRAMS, Topic.MATCHING, program_id=program_id)

    def restore_settings(
        self,
        program_id: int,
        weights: dict[str, Any],
        options: dict[str, Any],
        reason: str = "undo",
        expected: Version | None = None,
    ) -> ChangeSet:
        """Put back the exact stored weights and options (undo of save_settings); refused
        like a save when the program was saved by someone else since `expected`."""
        with self.db.begin() as session:
            record = _locked_program(session, program_id, expected)
            record.matching_weights = dict(weights)
            record.matching_options = dict(options)
            audit(
                session,
                "match.settings",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={"restored": True},
                reason=reason,
            )
        return ChangeSet.of(Topic.PROGRAMS, Topic.MATCHING, program_id=program_id)


def _locked_program(session: Session, program_id: int, expected: Version | None) -> Any:
    """The program's record, locked for the change, checked against the version the editor
    started from (`core.concurrency.check_version`, the rule every settings save follows)."""
    from mentordesk.db.models import ProgramRecord
    from mentordesk.services.programs import to_program

    record = session.scalar(
        sa.select(ProgramRecord).where(ProgramRecord.id == program_id).with_for_update()
    )
    if record is None:
        raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
    check_version(
        t("The matching weights of {name}", name=record.name),
        expected,
        version_of(record),
        to_program(record),
    )
    return record
