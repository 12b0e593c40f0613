"""Documents from the database: agreements, IDPs, roster, certificates, summary, batches, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.errors import NotFoundError, RuleError, ValidationError
from mentordesk.db.engine import Database
from mentordesk.services.documents.produce import BatchKind, DocumentService
from tests.documents import pdfcheck
from tests.documents.sample import SCRIPT_WORDS, TODAY, Sample, build


@pytest.fixture
def sample(db: Database) -> Sample:
    return build(db)


def _service(db: Database) -> DocumentService:
    return DocumentService(db, today=lambda: TODAY)


def test_agreement_from_database(db: Database, sample: Sample) -> None:
    """A pair's agreement prints its terms, goal, the minor's guardian line and coordinator."""
    text = pdfcheck.text(_service(db).agreement(sample.pair_ids[1]))
    for expected in (
        "every 2 weeks",
        "45 minutes",
        "School library",
        "Read one book a month",
        "Parent or guardian (name and signature)",
        "Program coordinator: Ms Okafor",
        "14 days' notice",
        "Ελένη",
    ):
        assert expected in text, expected


def test_idp_and_pair_sheet_keep_confidential_notes_out(db: Database, sample: Sample) -> None:
    """IDP prints its fields and goal progress; no meeting or check-in notes ever print."""
    service = _service(db)
    idp = pdfcheck.text(service.idp(sample.mentee_ids[0]))
    for expected in (
        "Individual Development Plan",
        "Curious and kind",
        "Become a doctor",
        "2 out of 5",
        "First book done",
        "Zoë",
    ):
        assert expected in idp, expected
    sheet = pdfcheck.text(service.pair_sheet(sample.pair_ids[0]))
    assert "Meetings held" in sheet and "Books" in sheet
    assert "CONFIDENTIAL" not in idp + sheet


def test_roster_sensitive_only_on_request(db: Database, sample: Sample) -> None:
    """Gender, pronouns, identity, guardian contact and notes appear only when asked for."""
    service = _service(db)
    plain = pdfcheck.text(service.roster(sample.program_id))
    for secret in ("she/her", "PRIVATE-IDENTITY", "555-GUARDIAN", "SECRET-NOTE", "Gender"):
        assert secret not in plain
    for script, word in SCRIPT_WORDS.items():
        assert word in plain, script
    full = "".join(pdfcheck.text(service.roster(sample.program_id, include_sensitive=True)).split())
    for secret in ("she/her", "PRIVATE-IDENTITY", "555-GUARDIAN", "SECRET-NOTE-0"):
        assert secret in full


def test_summary_uses_measures(db: Database, sample: Sample) -> None:
    """The summary prints the reports' measures with their definitions and the charts."""
    text = pdfcheck.text(_service(db).summary(sample.program_id))
    assert "Program summary" in text and "Match rate" in text
    assert "Meetings held per month" in text and "Closures by type" in text


def test_batch_folder_combined_and_cancel(db: Database, sample: Sample, tmp_path: Path) -> None:
    """A batch writes one file per pair, or one combined PDF; cancelling stops it early."""
    service = _service(db)
    seen: list[tuple[int, int]] = []
    result = service.batch(
        BatchKind.AGREEMENTS,
        sample.program_id,
        tmp_path / "out",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert len(result.files) == 4 and not result.cancelled and seen[-1] == (4, 4)
    combined = service.batch(
        BatchKind.IDPS, sample.program_id, tmp_path / "idps.pdf", combined=True
    )
    data = combined.files[0].read_bytes()
    assert pdfcheck.text(data).count("Individual Development Plan\n") >= 5
    calls = iter([False, False, True])
    stopped = service.batch(
        BatchKind.AGREEMENTS,
        sample.program_id,
        tmp_path / "stop",
        cancelled=lambda: next(calls, True),
    )
    assert stopped.cancelled and len(stopped.files) == 2
    assert not list((tmp_path / "stop").glob("*.part"))


def test_certificates_for_completed_pairs(db: Database, sample: Sample, tmp_path: Path) -> None:
    """Only the pair closed as completed gets certificates, one for each person."""
    result = _service(db).batch(BatchKind.CERTIFICATES, sample.program_id, tmp_path)
    assert len(result.files) == 2
    texts = [pdfcheck.text(p.read_bytes()) for p in result.files]
    assert any("Ada Completed" in t for t in texts) and any("Bo Completed" in t for t in texts)
    assert all("Confidential" not in t for t in texts)


def test_missing_things_raise(db: Database, sample: Sample) -> None:
    """Unknown pair, participant or program ids raise NotFoundError with a message."""
    service = _service(db)
    with pytest.raises(NotFoundError):
        service.agreement(999)
    with pytest.raises(NotFoundError):
        service.idp(999)
    with pytest.raises(NotFoundError):
        service.roster(999)


def test_cli_commands(
    db_location: str,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every `mentordesk pdf` command writes its file; Letter paper is honoured; missing → 1."""
    base = ["--db", str(db_location), "pdf"]
    out = tmp_path / "a.pdf"
    assert (
        main(
            [
                *base,
                "agreement",
                "--pair",
                str(sample.pair_ids[0]),
                "-o",
                str(out),
                "--paper",
                "letter",
            ]
        )
        == 0
    )
    assert pdfcheck.size_mm(out.read_bytes()) == (216, 279)
    assert (
        main(
            [
                *base,
                "idp",
                "--participant",
                str(sample.mentee_ids[0]),
                "-o",
                str(tmp_path / "i.pdf"),
            ]
        )
        == 0
    )
    assert (
        main([*base, "summary", "--program", "Mentoring 2026", "-o", str(tmp_path / "s.pdf")]) == 0
    )
    assert (
        main(
            [
                *base,
                "roster",
                "--program",
                "Mentoring 2026",
                "-o",
                str(tmp_path / "r.pdf"),
                "--include-sensitive",
            ]
        )
        == 0
    )
    assert "she/her" in pdfcheck.text((tmp_path / "r.pdf").read_bytes())
    assert (
        main([*base, "certificates", "--program", "Mentoring 2026", "-o", str(tmp_path / "c")]) == 0
    )
    assert len(list((tmp_path / "c").glob("*.pdf"))) == 2
    assert (
        main(
            [
                *base,
                "agreements",
                "--program",
                "Mentoring 2026",
                "-o",
                str(tmp_path / "ag"),
                "--paper",
                "a4",
            ]
        )
        == 0
    )
    assert len(list((tmp_path / "ag").glob("*.pdf"))) == 4
    capsys.readouterr()
    assert main([*base, "agreement", "--pair", "999", "-o", str(out)]) == 1
    assert main([*base, "idp", "--participant", "999", "-o", str(out)]) == 1
    assert main([*base, "summary", "--program", "Nope", "-o", str(out)]) == 1
    assert "No program named 'Nope'" in capsys.readouterr().err


def test_cli_combined_and_bad_paper(
    db_location: str,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--combined writes one PDF with every agreement; an unknown paper size is a usage error."""
    base = ["--db", str(db_location), "pdf", "agreements", "--program", "Mentoring 2026"]
    target = tmp_path / "all.pdf"
    assert main([*base, "-o", str(target), "--combined"]) == 0
    assert pdfcheck.text(target.read_bytes()).count("Mentoring agreement\n") >= 4
    with pytest.raises(SystemExit) as usage:
        main([*base, "-o", str(target), "--paper", "a5"])
    assert usage.value.code == 2


def test_summary_compares_with_previous_cycle(db: Database, sample: Sample) -> None:
    """A program with a previous cycle prints last cycle's figures beside this cycle's."""
    from mentordesk.services.programs.catalog import ProgramService

    programs = ProgramService(db)
    previous, _ = programs.create("Mentoring 2025", start_date=TODAY.replace(year=2025))
    programs.update(sample.program_id, previous_program_id=previous.id)
    text = " ".join(pdfcheck.text(_service(db).summary(sample.program_id)).split())
    assert "Previous cycle" in text and "same stretch of Mentoring 2025" in text


def test_pair_certificates_only_for_completed_pair(db: Database, sample: Sample) -> None:
    """One pair's certificates: a page per member when completed, a clear refusal otherwise."""
    service = DocumentService(db)
    data = service.pair_certificates(sample.closed_pair_id)
    assert pdfcheck.pages(data) == 2
    with pytest.raises(RuleError, match="closed as completed"):
        service.pair_certificates(sample.pair_ids[0])


def test_empty_certificate_batch_exits_1_and_writes_nothing(
    db_location: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13: a batch with nothing to print says so, exits 1 and writes no file."""
    from mentordesk.services.programs import ProgramService

    program, _changes = ProgramService(db).create("Empty 2026")
    target = tmp_path / "none.pdf"
    code = main(
        [
            *("--db", str(db_location), "pdf", "certificates", "--program", program.name),
            *("-o", str(target), "--combined"),
        ]
    )
    assert code == 1 and not target.exists()
    assert "Nothing to print" in capsys.readouterr().err


def test_family_language_overrides_the_program_default(db: Database, sample: Sample) -> None:
    """Issue 13: a mentee's document language prints their pair's agreement in it; the
    program's default (document settings) prints the rest; --language beats both."""
    from dataclasses import replace

    import sqlalchemy as sa

    from mentordesk.db.models import PairMemberRecord, ParticipantRecord
    from mentordesk.services.programs import ProgramService

    service = _service(db)
    pair = sample.pair_ids[1]
    with db.begin() as session:
        mentee = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair, PairMemberRecord.role == "mentee"
            )
        )
        session.get(ParticipantRecord, mentee).document_language = "es"
    # The program's default as Program ▸ Settings stores it (the one place it is set).
    programs = ProgramService(db)
    current = programs.get(sample.program_id).documents
    programs.save_document_settings(sample.program_id, replace(current, language="fr"))
    assert service.default_language(pair_id=pair) == ("es", True)
    assert service.default_language(pair_id=sample.pair_ids[0]) == ("fr", False)
    assert service.default_language(sample.program_id) == ("fr", False)
    assert "Acuerdo de mentoría" in pdfcheck.text(service.agreement(pair))
    assert "Accord de mentorat" in pdfcheck.text(service.agreement(sample.pair_ids[0]))
    assert "Mentoring agreement" in pdfcheck.text(service.agreement(pair, language="en"))
    with pytest.raises(ValidationError):
        service.agreement(pair, language="xx-nope")


def test_guardian_signs_by_the_agreements_own_date(db: Database, sample: Sample) -> None:
    """Issue 13: a mentee who was 17 when the pair started (10 Jan 2026) and is 18 on the print
    date still gets the guardian line; one who turned 18 before the start does not."""
    import datetime as dt

    import sqlalchemy as sa

    from mentordesk.db.models import PairMemberRecord, ParticipantRecord

    pair = sample.pair_ids[2]
    with db.begin() as session:
        mentee = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair, PairMemberRecord.role == "mentee"
            )
        )
        session.get(ParticipantRecord, mentee).date_of_birth = dt.date(2008, 2, 1)
    text = pdfcheck.text(_service(db).agreement(pair))
    assert "Parent or guardian" in text  # 17 on 10 Jan 2026, 18 on the print date (1 Mar)
    with db.begin() as session:
        session.get(ParticipantRecord, mentee).date_of_birth = dt.date(2007, 12, 1)
    assert "Parent or guardian" not in pdfcheck.text(_service(db).agreement(pair))


def test_summary_counts_an_uncleared_mentor_as_its_own_reason(db: Database, sample: Sample) -> None:
    """The funder version's reasons: a mentor not cleared is named as such (it was "Other"),
    and "Other", if any, comes last."""
    from mentordesk.services.documents.summary import reason_category

    assert reason_category("Mentor Zoë is not cleared yet (screening pending)") == (
        "Mentor not cleared"
    )
    assert reason_category("Something new") == "Other"
    text = " ".join(pdfcheck.text(_service(db).summary(sample.program_id)).split())
    assert "Mentor not cleared" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "Nada que imprimir"), ("fr", "Rien à imprimer"), ("ar", "لا شيء للطباعة")],
)
def test_empty_batch_says_so_in_the_users_language(
    db: Database, tmp_path: Path, language: str, words: str
) -> None:
    """The "nothing to print" refusal of every batch kind is worded in the user's language
    (it was English in every language), and nothing is written."""
    from mentordesk.core.i18n import set_language
    from mentordesk.services.programs import ProgramService

    program, _changes = ProgramService(db).create("Vacío 2026")
    set_language(language)
    try:
        for kind in BatchKind:
            target = tmp_path / f"{kind}.pdf"
            with pytest.raises(RuleError, match=words):
                DocumentService(db).batch(kind, program.id, target, combined=True)
            assert not target.exists()
    finally:
        set_language("en")
