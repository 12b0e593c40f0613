"""Print-ready documents: gather plain data in one read, render it with mentordesk.documents.

One call = one document (bytes) or one batch (files). Batch calls report progress and stop when
`cancelled()` turns true; they never leave a half-written file behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mentordesk import documents as docs
from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.errors import NotFoundError, RuleError
from mentordesk.core.i18n import N_, t
from mentordesk.core.outputs import write_output
from mentordesk.core.private_files import make_private_dirs
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
from mentordesk.services.documents.printable import check_printable, render, slug
from mentordesk.services.documents.setup import (
    choose_language,
    document_language,
    for_person,
    page_setup,
)
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


def _coordinator(program: Program) -> str:
    return str(program.document_settings.get("coordinator", ""))


class DocumentService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    # ---- single documents -------------------------------------------------------------------

    def agreement(
        self, pair_id: int, paper: str | None = None, language: str | None = None
    ) -> bytes:
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            (doc,) = gather.agreements(session, [pair], _coordinator(program), self.today())
        chosen = choose_language(program, language, doc.language)
        setup = page_setup(program, paper, language=chosen)
        what = f"the agreement of pair {pair_id}"
        check_printable(doc, what)
        return render(what, lambda: docs.render_agreement(doc, setup))

    def idp(
        self,
        participant_id: int,
        program_id: int | None = None,
        paper: str | None = None,
        language: str | None = None,
    ) -> bytes:
        """The IDP of a mentee in `program_id` (default: the latest program they mentee in)."""
        with self.db.read() as session:
            if session.get(ParticipantRecord, participant_id) is None:
                raise NotFoundError(
                    t("No participant with id {participant_id}", participant_id=participant_id)
                )
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
                        t(
                            "Participant {participant_id} is not a mentee in any program",
                            participant_id=participant_id,
                        )
                    )
            program = self._program(session, program_id)
            (doc,) = gather.idps(session, program.id, [participant_id], _coordinator(program))
        chosen = choose_language(program, language, doc.language)
        setup = page_setup(program, paper, language=chosen)
        what = f"the IDP of participant {participant_id}"
        check_printable(doc, what)
        return render(what, lambda: docs.render_idp(doc, setup))

    def pair_sheet(
        self, pair_id: int, paper: str | None = None, language: str | None = None
    ) -> bytes:
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            doc = sheets.pair_sheet(session, pair)
            members = gather.Members(session, [pair_id])
            own = members.language_of(members.mentees[pair_id])
        setup = page_setup(program, paper, language=choose_language(program, language, own))
        what = f"the status sheet of pair {pair_id}"
        check_printable(doc, what)
        return render(what, lambda: docs.render_pair_sheet(doc, setup))

    def roster(
        self,
        program_id: int,
        *,
        include_sensitive: bool = False,
        paper: str | None = None,
        language: str | None = None,
        limit: int | None = None,
    ) -> bytes:
        """The roster PDF; with `limit`, only the first people by name (a page to preview
        while the whole roster of a big program is made)."""
        with self.db.read() as session:
            program = self._program(session, program_id)
            doc = sheets.roster(
                session, program_id, self.today(), include_sensitive=include_sensitive, limit=limit
            )
        setup = page_setup(program, paper, language=language)
        check_printable(doc, "the roster")
        return render("the roster", lambda: docs.render_roster(doc, setup))

    def rotation(
        self,
        program_id: int,
        rounds: Sequence[str],
        mentors: Sequence[str],
        grid: Sequence[Sequence[Sequence[str]]],
        paper: str | None = None,
        breaks: Sequence[tuple[str, Sequence[str]]] = (),
        language: str | None = None,
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
        setup = page_setup(program, paper, language=language)
        check_printable(doc, "the rotation")
        return render("the rotation", lambda: docs.render_rotation(doc, setup))

    def summary(
        self,
        program_id: int,
        *,
        paper: str | None = None,
        language: str | None = None,
        internal: bool = False,
    ) -> bytes:
        """The program summary of the whole cycle (measures from services.reports): the funder
        version counts pairs at risk by reason; `internal` adds their names."""
        with self.db.read() as session:
            program = self._program(session, program_id)
            record = session.get(ProgramRecord, program_id)
            has_dates = bool(record and (record.start_date or record.end_date))
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
            has_dates=has_dates,
            internal=internal,
        )
        # The funder version names nobody: no "contains personal data" footer on it.
        setup = page_setup(program, paper, language=language, confidential=internal)
        check_printable(doc, "the program summary")
        return render("the program summary", lambda: docs.render_summary(doc, setup))

    def pair_certificates(
        self, pair_id: int, paper: str | None = None, language: str | None = None
    ) -> bytes:
        """The certificates of completion of one pair's members (one page each), for a pair
        closed as completed; anything else is a RuleError."""
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            found = gather.certificates(session, program.id, _coordinator(program), pair_id)
        if not found:
            raise RuleError(t("Certificates are for pairs closed as completed."))
        setup = docs.certificate_setup(
            page_setup(program, paper, confidential=False, language=language)
        )
        what = f"the certificates of pair {pair_id}"
        for doc in found:
            check_printable(doc, what)
        stories = [
            docs.certificate_story(c, for_person(setup, program, language, c.language))
            for c in found
        ]
        return render(
            what, lambda: docs.render_combined(stories, setup, "Certificate of completion")
        )

    def default_language(
        self,
        program_id: int | None = None,
        *,
        pair_id: int | None = None,
        participant_id: int | None = None,
    ) -> tuple[str, bool]:
        """(code, whose) of the language a document prints in when none is asked for: the
        pair's mentee's or the person's own language (whose True), else the program's default
        (whose False). The print menus show it."""
        with self.db.read() as session:
            own = ""
            if pair_id is not None:
                pair = sheets.require_pair(session, pair_id)
                program_id = pair.program_id
                members = gather.Members(session, [pair_id])
                own = members.language_of(members.mentees[pair_id])
            elif participant_id is not None:
                person = session.get(ParticipantRecord, participant_id)
                own = person.document_language if person is not None else ""
            if program_id is None:
                raise NotFoundError(t("No program chosen"))
            program = self._program(session, program_id)
        chosen = choose_language(program, None, own)
        return (chosen, True) if chosen else (document_language(program), False)

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
        language: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        replace: bool = True,
    ) -> BatchResult:
        """All agreements / IDPs / certificates of a program: one file each in the folder
        `target`, or one combined PDF at `target`. Stops between documents when cancelled.
        A batch with nothing to print, or with a name no font can print, is a RuleError and
        writes nothing. `replace=False` refuses to overwrite an existing file (the CLI
        without --force)."""
        kind = BatchKind(kind)
        found, setup, program = self._batch_items(kind, program_id, paper, language)
        # Each document in its family's language unless one was asked for.
        items = [
            (name, story, doc, for_person(setup, program, language, getattr(doc, "language", "")))
            for name, story, doc in found
        ]
        total = len(items)
        if not total:
            raise RuleError(t(_NOTHING[kind]))
        for name, _story, doc, _own in items:
            check_printable(doc, name)
        report = progress or (lambda _done, _total: None)
        stop = cancelled or (lambda: False)
        report(0, total)
        if combined:
            return self._combined(items, setup, target, kind, report, stop, replace)
        make_private_dirs(target)
        written: list[Path] = []
        for index, (name, story, doc, own) in enumerate(items):
            if stop():
                return BatchResult(tuple(written), True, total)
            path = target / f"{name}.pdf"
            title = docs.document_title(doc, own)
            flowables = story(own)
            data = render(
                name,
                lambda: docs.render_story(flowables, own, title=title),  # noqa: B023
            )
            _write(path, data, replace)
            written.append(path)
            report(index + 1, total)
        return BatchResult(tuple(written), False, total)

    def _combined(
        self,
        items: list[tuple[str, Callable[[PageSetup], list[Any]], Any, PageSetup]],
        setup: PageSetup,
        target: Path,
        kind: BatchKind,
        report: Progress,
        stop: Cancelled,
        replace: bool,
    ) -> BatchResult:
        stories = []
        for index, (_name, story, _doc, own) in enumerate(items):
            if stop():
                return BatchResult((), True, len(items))
            stories.append(story(own))
            report(index + 1, len(items))
        if stop():
            return BatchResult((), True, len(items))
        title = docs.batch_title(str(kind), setup)
        data = render(f"all {kind}", lambda: docs.render_combined(stories, setup, title))
        make_private_dirs(target.parent)
        _write(target, data, replace)
        return BatchResult((target,), False, len(items))

    def _batch_items(
        self, kind: BatchKind, program_id: int, paper: str | None, language: str | None
    ) -> tuple[list[tuple[str, Callable[[PageSetup], list[Any]], Any]], PageSetup, Program]:
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
                items: list[tuple[str, Callable[[PageSetup], list[Any]], Any]] = [
                    (
                        f"agreement-{a.pair_id}-{slug(' '.join(a.mentees), str(a.pair_id))}",
                        _bind(docs.agreement_story, a),
                        a,
                    )
                    for a in agreements
                ]
                return items, page_setup(program, paper, language=language), program
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
                    (f"idp-{pid}-{slug(d.mentee, str(pid))}", _bind(docs.idp_story, d), d)
                    for pid, d in zip(mentee_ids, idps, strict=True)
                ]
                return items, page_setup(program, paper, language=language), program
            certificates = gather.certificates(session, program_id, coordinator)
            items = [
                (
                    f"certificate-{i + 1:03d}-{c.role}-{slug(c.name, str(i + 1))}",
                    _bind(docs.certificate_story, c),
                    c,
                )
                for i, c in enumerate(certificates)
            ]
            setup = docs.certificate_setup(
                page_setup(program, paper, confidential=False, language=language)
            )
            return items, setup, program

    def _program(self, session: Any, program_id: int) -> Program:
        record = session.get(ProgramRecord, program_id)
        if record is None:
            raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
        return to_program(record)


_NOTHING = {
    BatchKind.AGREEMENTS: N_("Nothing to print: the program has no active or paused pair."),
    BatchKind.IDPS: N_("Nothing to print: the program has no mentee in a pair."),
    BatchKind.CERTIFICATES: N_("Nothing to print: no pair of the program closed as completed."),
}


def _bind(
    story: Callable[[Any, PageSetup], list[Any]], doc: Any
) -> Callable[[PageSetup], list[Any]]:
    return lambda setup: story(doc, setup)


def _write(path: Path, data: bytes, replace: bool) -> None:
    """Write via a temporary file (0600, like every output) so that a crash or cancel never
    leaves half a PDF; never over the database (core.outputs)."""
    write_output(path, data, replace=replace)


__all__ = ["BatchKind", "BatchResult", "DocumentService", "page_setup"]
