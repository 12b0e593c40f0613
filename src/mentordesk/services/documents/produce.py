"""Print-ready documents: gather plain data in one read, render it with mentordesk.documents.

One call = one document (bytes) or one batch (files). Batch calls report progress and stop when
`cancelled()` turns true; they never leave a half-written file behind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mentordesk import documents as docs
from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.errors import NotFoundError, RuleError, ValidationError
from mentordesk.core.outputs import write_output
from mentordesk.core.program import Program
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    MembershipRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.documents.data import PageSetup, RotationDoc
from mentordesk.services.documents import data as gather
from mentordesk.services.documents import sheets
from mentordesk.services.documents.summary import summary_doc
from mentordesk.services.programs import to_program

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BatchKind(StrEnum):
    AGREEMENTS = "agreements"
    IDPS = "idps"
    CERTIFICATES = "certificates"


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    cancelled: bool
    total: int


def normalise_paper(paper: str | None) -> str | None:
    """ "a4"/"letter" (any case) → "A4"/"Letter"; None stays None; anything else is an error."""
    if paper is None or paper == "":
        return None
    key = paper.strip().lower()
    if key == "a4":
        return "A4"
    if key in ("letter", "us letter"):
        return "Letter"
    raise ValidationError(f"Unknown paper size {paper!r}: use A4 or Letter", {"paper": "a4|letter"})


def page_setup(
    program: Program, paper: str | None = None, *, confidential: bool = True
) -> PageSetup:
    """The page settings of a program: paper (argument, setting, locale), organization, logo."""
    settings = program.document_settings
    logo = settings.get("logo_path") or None
    if logo and not Path(logo).is_file():
        logo = None
    return PageSetup(
        paper=normalise_paper(paper)
        or normalise_paper(settings.get("paper"))
        or docs.default_paper(),
        organization=settings.get("organization") or program.organization,
        program=program.name,
        logo_path=logo,
        confidential=confidential,
    )


def _coordinator(program: Program) -> str:
    return str(program.document_settings.get("coordinator", ""))


def slug(text: str) -> str:
    """A file-name part that keeps letters of every script but no path or shell trouble."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:60] or "unnamed"


class DocumentService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    # ---- single documents -------------------------------------------------------------------

    def agreement(self, pair_id: int, paper: str | None = None) -> bytes:
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            (doc,) = gather.agreements(session, [pair], _coordinator(program), self.today())
        return docs.render_agreement(doc, page_setup(program, paper))

    def idp(
        self, participant_id: int, program_id: int | None = None, paper: str | None = None
    ) -> bytes:
        """The IDP of a mentee in `program_id` (default: the latest program they mentee in)."""
        with self.db.read() as session:
            if session.get(ParticipantRecord, participant_id) is None:
                raise NotFoundError(f"No participant with id {participant_id}")
            if program_id is None:
                program_id = session.scalar(
                    sa.select(MembershipRecord.program_id)
                    .where(
                        MembershipRecord.participant_id == participant_id,
                        MembershipRecord.role.in_((Role.MENTEE, Role.BOTH)),
                    )
                    .order_by(MembershipRecord.program_id.desc())
                )
                if program_id is None:
                    raise NotFoundError(
                        f"Participant {participant_id} is not a mentee in any program"
                    )
            program = self._program(session, program_id)
            (doc,) = gather.idps(session, program.id, [participant_id], _coordinator(program))
        return docs.render_idp(doc, page_setup(program, paper))

    def pair_sheet(self, pair_id: int, paper: str | None = None) -> bytes:
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            doc = sheets.pair_sheet(session, pair)
        return docs.render_pair_sheet(doc, page_setup(program, paper))

    def roster(
        self, program_id: int, *, include_sensitive: bool = False, paper: str | None = None
    ) -> bytes:
        with self.db.read() as session:
            program = self._program(session, program_id)
            doc = sheets.roster(
                session, program_id, self.today(), include_sensitive=include_sensitive
            )
        return docs.render_roster(doc, page_setup(program, paper))

    def rotation(
        self,
        program_id: int,
        rounds: Sequence[str],
        mentors: Sequence[str],
        grid: Sequence[Sequence[Sequence[str]]],
        paper: str | None = None,
        breaks: Sequence[tuple[str, Sequence[str]]] = (),
    ) -> bytes:
        """The flash-mentoring rotation grid (rounds × mentors → mentee names), as given,
        with who sits each round out listed underneath."""
        with self.db.read() as session:
            program = self._program(session, program_id)
        doc = RotationDoc(
            rounds=tuple(rounds),
            mentors=tuple(mentors),
            grid=tuple(tuple(tuple(cell) for cell in row) for row in grid),
            breaks=tuple((label, tuple(names)) for label, names in breaks),
        )
        return docs.render_rotation(doc, page_setup(program, paper))

    def summary(self, program_id: int, *, paper: str | None = None) -> bytes:
        """The program summary of the whole cycle (measures from services.measures)."""
        with self.db.read() as session:
            program = self._program(session, program_id)
            previous = (
                session.get(ProgramRecord, program.previous_program_id)
                if program.previous_program_id
                else None
            )
            previous_name = previous.name if previous else ""
        doc = summary_doc(
            self.db,
            program_id,
            previous.id if previous else None,
            previous_name,
            program.objectives,
            self.today(),
        )
        return docs.render_summary(doc, page_setup(program, paper))

    def pair_certificates(self, pair_id: int, paper: str | None = None) -> bytes:
        """The certificates of completion of one pair's members (one page each), for a pair
        closed as completed; anything else is a RuleError."""
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            found = gather.certificates(session, program.id, _coordinator(program), pair_id)
        if not found:
            raise RuleError("Certificates are for pairs closed as completed.")
        setup = replace(page_setup(program, paper, confidential=False), landscape=True)
        stories = [docs.certificate_story(c, setup) for c in found]
        return docs.render_combined(stories, setup, "Certificate of completion")

    def certificate_docs(self, program_id: int) -> list[Any]:
        with self.db.read() as session:
            program = self._program(session, program_id)
            return list(gather.certificates(session, program.id, _coordinator(program)))

    # ---- batches ----------------------------------------------------------------------------

    def batch(
        self,
        kind: BatchKind,
        program_id: int,
        target: Path,
        *,
        combined: bool = False,
        paper: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        replace: bool = True,
    ) -> BatchResult:
        """All agreements / IDPs / certificates of a program: one file each in the folder
        `target`, or one combined PDF at `target`. Stops between documents when cancelled.
        `replace=False` refuses to overwrite an existing file (the CLI without --force)."""
        items, setup = self._batch_items(BatchKind(kind), program_id, paper)
        total = len(items)
        report = progress or (lambda _done, _total: None)
        stop = cancelled or (lambda: False)
        report(0, total)
        if combined:
            return self._combined(items, setup, target, kind, report, stop, replace)
        target.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for index, (name, story) in enumerate(items):
            if stop():
                return BatchResult(tuple(written), True, total)
            path = target / f"{name}.pdf"
            _write(path, docs.render_story(story(setup), setup, title=name), replace)
            written.append(path)
            report(index + 1, total)
        return BatchResult(tuple(written), False, total)

    def _combined(
        self,
        items: list[tuple[str, Callable[[PageSetup], list[Any]]]],
        setup: PageSetup,
        target: Path,
        kind: BatchKind,
        report: Progress,
        stop: Cancelled,
        replace: bool,
    ) -> BatchResult:
        stories = []
        for index, (_name, story) in enumerate(items):
            if stop():
                return BatchResult((), True, len(items))
            stories.append(story(setup))
            report(index + 1, len(items))
        if stop():
            return BatchResult((), True, len(items))
        data = docs.render_combined(stories, setup, f"All {kind}")
        target.parent.mkdir(parents=True, exist_ok=True)
        _write(target, data, replace)
        return BatchResult((target,), False, len(items))

    def _batch_items(
        self, kind: BatchKind, program_id: int, paper: str | None
    ) -> tuple[list[tuple[str, Callable[[PageSetup], list[Any]]]], PageSetup]:
        today = self.today()
        with self.db.read() as session:
            program = self._program(session, program_id)
            coordinator = _coordinator(program)
            if kind is BatchKind.AGREEMENTS:
                pairs = session.scalars(
                    sa.select(PairRecord)
                    .where(
                        PairRecord.program_id == program_id,
                        PairRecord.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)),
                    )
                    .order_by(PairRecord.id)
                ).all()
                agreements = gather.agreements(session, pairs, coordinator, today)
                items = [
                    (
                        f"agreement-{a.pair_id}-{slug(' '.join(a.mentees))}",
                        _bind(docs.agreement_story, a),
                    )
                    for a in agreements
                ]
                return items, page_setup(program, paper)
            if kind is BatchKind.IDPS:
                mentee_ids = list(
                    dict.fromkeys(
                        session.scalars(
                            sa.select(PairMemberRecord.participant_id)
                            .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
                            .join(
                                ParticipantRecord,
                                ParticipantRecord.id == PairMemberRecord.participant_id,
                            )
                            .where(
                                PairRecord.program_id == program_id,
                                PairRecord.status != PairStatus.PROPOSED,
                                PairMemberRecord.role == Role.MENTEE,
                            )
                            .order_by(ParticipantRecord.full_name)
                        )
                    )
                )
                idps = gather.idps(session, program_id, mentee_ids, coordinator)
                items = [
                    (f"idp-{pid}-{slug(d.mentee)}", _bind(docs.idp_story, d))
                    for pid, d in zip(mentee_ids, idps, strict=True)
                ]
                return items, page_setup(program, paper)
            certificates = gather.certificates(session, program_id, coordinator)
            items = [
                (
                    f"certificate-{i + 1:03d}-{c.role}-{slug(c.name)}",
                    _bind(docs.certificate_story, c),
                )
                for i, c in enumerate(certificates)
            ]
            setup = replace(page_setup(program, paper, confidential=False), landscape=True)
            return items, setup

    def _program(self, session: Any, program_id: int) -> Program:
        record = session.get(ProgramRecord, program_id)
        if record is None:
            raise NotFoundError(f"No program with id {program_id}")
        return to_program(record)


def _bind(
    story: Callable[[Any, PageSetup], list[Any]], doc: Any
) -> Callable[[PageSetup], list[Any]]:
    return lambda setup: story(doc, setup)


def _write(path: Path, data: bytes, replace: bool) -> None:
    """Write via a temporary file so that a crash or cancel never leaves half a PDF."""
    write_output(path, data, replace=replace)


__all__ = ["BatchKind", "BatchResult", "DocumentService", "page_setup"]
