"""Print-ready documents: gather plain data in one read, render it with mentordesk.documents.

One call = one document (bytes) or one batch (files). Batch calls report progress and stop when
`cancelled()` turns true; they never leave a half-written file behind.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
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
from mentordesk.core.paper import preferred_paper
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


def document_language(program: Program, language: str | None = None) -> str:
    """The language a document prints in: the one asked for, else the program's default
    (`document_language` in its document settings), else English. Unknown codes and codes
    without a catalog are a ValidationError."""
    from mentordesk.documents import i18n

    wanted = language or str(program.document_settings.get("document_language") or "") or "en"
    try:
        code = i18n.normalise(wanted)
    except i18n.UnknownLanguage as error:
        raise ValidationError(str(error), {"language": wanted}) from error
    if code not in i18n.available() and code.split("_")[0] not in i18n.available():
        shipped = ", ".join(i18n.available())
        raise ValidationError(
            f"Documents cannot be printed in {wanted!r} yet: use one of {shipped}",
            {"language": wanted},
        )
    return code


def choose_language(program: Program, asked: str | None, person: str = "") -> str | None:
    """The language a document about a person prints in: the one asked for (checked), else
    the person's own (the family's) when documents can be printed in it, else the program's
    default (None here: page_setup reads it)."""
    if asked:
        return asked
    if person:
        try:
            return document_language(program, person)
        except ValidationError:
            return None  # a language with no catalog yet: the program's default
    return None


def page_setup(
    program: Program,
    paper: str | None = None,
    *,
    confidential: bool = True,
    language: str | None = None,
) -> PageSetup:
    """The page settings of a program: paper (argument, setting, Preferences, locale),
    organization, logo,
    language (argument, program default, English)."""
    settings = program.document_settings
    logo = settings.get("logo_path") or None
    if logo and not Path(logo).is_file():
        logo = None
    return PageSetup(
        paper=normalise_paper(paper)
        or normalise_paper(settings.get("paper"))
        or normalise_paper(preferred_paper() or None)
        or docs.default_paper(),
        organization=settings.get("organization") or program.organization,
        program=program.name,
        logo_path=logo,
        confidential=confidential,
        language=document_language(program, language),
    )


def _coordinator(program: Program) -> str:
    return str(program.document_settings.get("coordinator", ""))


def slug(text: str, fallback: str = "unnamed") -> str:
    """A file-name part that keeps letters of every script with their vowel signs and marks
    (NFC, combining marks kept), but no path or shell trouble; cut at a character boundary."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        c
        if (c.isalnum() or unicodedata.category(c) in ("Mn", "Mc") or c in "_\u200c\u200d")
        else "-"
        for c in text
    )
    cleaned = re.sub(r"-+", "-", kept).strip("-_")
    cut = cleaned[:60]
    # Never end on a joiner, or start with a mark orphaned by the cut.
    cut = cut.rstrip("\u200c\u200d-")
    return cut or fallback


def check_printable(doc: Any, what: str) -> None:
    """Raise a RuleError naming the person (or text) and the characters when any text of the
    document holds characters no shipped font can print: no document is written then."""
    from mentordesk.documents import missing_characters

    for label, text in _texts(doc):
        chars = missing_characters(text)
        if chars:
            listed = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in chars)
            raise RuleError(
                f"Cannot print {what}: {label} \u201c{text}\u201d has characters no shipped font "
                f"can print ({listed}). Correct the text or print without it."
            )


_NAME_FIELDS = {"mentors", "mentees", "name", "mentee", "guardians", "partner_names", "names"}


def _texts(value: Any, field: str = "") -> list[tuple[str, str]]:
    """(label, text) of every string in a document dataclass, names first."""
    out: list[tuple[str, str]] = []
    if isinstance(value, str):
        if value:
            label = "the name" if field in _NAME_FIELDS else f"the text ({field or 'value'})"
            out.append((label, value))
    elif isinstance(value, tuple | list):
        for item in value:
            out += _texts(item, field)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            out += _texts(getattr(value, name), name)
    out.sort(key=lambda item: item[0] != "the name")
    return out


def _render(what: str, make: Callable[[], bytes]) -> bytes:
    """Render; a character no font has (in a header, say) stops the document with a message."""
    from mentordesk.documents import MissingGlyphs

    try:
        return make()
    except MissingGlyphs as error:
        raise RuleError(
            f"Cannot print {what}: \u201c{error.text}\u201d has characters {error}."
        ) from error


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
        return _render(what, lambda: docs.render_agreement(doc, setup))

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
        chosen = choose_language(program, language, doc.language)
        setup = page_setup(program, paper, language=chosen)
        what = f"the IDP of participant {participant_id}"
        check_printable(doc, what)
        return _render(what, lambda: docs.render_idp(doc, setup))

    def pair_sheet(
        self, pair_id: int, paper: str | None = None, language: str | None = None
    ) -> bytes:
        with self.db.read() as session:
            pair = sheets.require_pair(session, pair_id)
            program = self._program(session, pair.program_id)
            doc = sheets.pair_sheet(session, pair)
        setup = page_setup(program, paper, language=language)
        what = f"the status sheet of pair {pair_id}"
        check_printable(doc, what)
        return _render(what, lambda: docs.render_pair_sheet(doc, setup))

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
        return _render("the roster", lambda: docs.render_roster(doc, setup))

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
        return _render("the rotation", lambda: docs.render_rotation(doc, setup))

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
        return _render("the program summary", lambda: docs.render_summary(doc, setup))

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
            raise RuleError("Certificates are for pairs closed as completed.")
        setup = docs.certificate_setup(
            page_setup(program, paper, confidential=False, language=language)
        )
        what = f"the certificates of pair {pair_id}"
        for doc in found:
            check_printable(doc, what)
        stories = [
            docs.certificate_story(c, _for(setup, program, language, c.language)) for c in found
        ]
        return _render(
            what, lambda: docs.render_combined(stories, setup, "Certificate of completion")
        )

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
            (name, story, doc, _for(setup, program, language, getattr(doc, "language", "")))
            for name, story, doc in found
        ]
        total = len(items)
        if not total:
            raise RuleError(_NOTHING[kind])
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
            data = _render(
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
        data = _render(f"all {kind}", lambda: docs.render_combined(stories, setup, title))
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
            raise NotFoundError(f"No program with id {program_id}")
        return to_program(record)


_NOTHING = {
    BatchKind.AGREEMENTS: "Nothing to print: the program has no active or paused pair.",
    BatchKind.IDPS: "Nothing to print: the program has no mentee in a pair.",
    BatchKind.CERTIFICATES: "Nothing to print: no pair of the program closed as completed.",
}


def _for(setup: PageSetup, program: Program, asked: str | None, person: str) -> PageSetup:
    """The page setup of one document of a batch: in the family's language unless one was
    asked for."""
    chosen = choose_language(program, asked, person)
    if chosen is None or asked:
        return setup
    return replace(setup, language=chosen)


def _bind(
    story: Callable[[Any, PageSetup], list[Any]], doc: Any
) -> Callable[[PageSetup], list[Any]]:
    return lambda setup: story(doc, setup)


def _write(path: Path, data: bytes, replace: bool) -> None:
    """Write via a temporary file (0600, like every output) so that a crash or cancel never
    leaves half a PDF; never over the database (core.outputs)."""
    write_output(path, data, replace=replace)


__all__ = ["BatchKind", "BatchResult", "DocumentService", "page_setup"]
