"""Issue 13: a name no shipped font can print stops the document with a sentence naming the
person and the characters (CLI exit 1, nothing written); languages without a catalog yet
(Portuguese, Chinese) are refused clearly or fall back, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.db.models import PairMemberRecord, ParticipantRecord
from mentordesk.services.documents import DocumentService
from tests.documents import pdfcheck
from tests.documents.sample import Sample, build

UNICORN = "Emma \U0001f984 Stone"


@pytest.fixture
def sample(db: Database) -> Sample:
    return build(db)


def _mentee(db: Database, pair_id: int) -> int:
    with db.read() as session:
        found = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair_id, PairMemberRecord.role == "mentee"
            )
        )
    assert found is not None
    return found


def _set(db: Database, person: int, **values: str) -> None:
    with db.begin() as session:
        record = session.get(ParticipantRecord, person)
        for name, value in values.items():
            setattr(record, name, value)


def test_cli_names_the_person_and_characters_and_writes_nothing(
    db_location: str,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One agreement and a whole batch: exit 1, the name and U+1F984 in the message, no file."""
    pair = sample.pair_ids[0]
    _set(db, _mentee(db, pair), full_name=UNICORN, preferred_name="")
    out = tmp_path / "agreement.pdf"
    base = ["--db", db_location, "pdf"]
    assert main([*base, "agreement", "--pair", str(pair), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert UNICORN in err and "U+1F984" in err and "Traceback" not in err
    assert not out.exists()
    folder = tmp_path / "all"
    agreements = [*base, "agreements", "--program", "Mentoring 2026", "-o", str(folder)]
    assert main(agreements) == 1
    err = capsys.readouterr().err
    assert UNICORN in err and "U+1F984" in err
    assert not folder.exists() or not list(folder.iterdir())


def test_languages_without_a_catalog_never_crash(
    db_location: str,
    db: Database,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--language pt / zh is a one-line refusal (exit 1); a family whose stored language has
    no catalog gets the program's language."""
    out = tmp_path / "a.pdf"
    pair = str(sample.pair_ids[0])
    for code in ("pt", "zh", "pt-BR", "zh_Hant", "nonsense!"):
        argv = ["--db", db_location, "pdf", "agreement", "--pair", pair, "-o", str(out)]
        assert main([*argv, "--language", code]) == 1
        err = capsys.readouterr().err
        assert "use one of" in err or "Unknown language" in err, err
        assert "Traceback" not in err and not out.exists()
    _set(db, _mentee(db, sample.pair_ids[0]), document_language="pt")
    text = pdfcheck.text(DocumentService(db).agreement(sample.pair_ids[0]))
    assert "Mentoring agreement" in text
