"""Issue 13: a person's document language (participants.document_language) is a field like
the others: typed, checked, imported from a spreadsheet column, exported, and used by the
documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.core.languages import document_languages, normalise_language
from mentordesk.core.participant import ParticipantInput, validate
from mentordesk.db.engine import Database
from mentordesk.db.models import ParticipantRecord
from mentordesk.importing.export import template_headers, template_notes
from mentordesk.importing.table import read_csv_bytes
from mentordesk.importing.values import CellError, parse_language
from mentordesk.services.documents import DocumentService
from mentordesk.services.roster.spreadsheet import SpreadsheetService
from tests.documents import pdfcheck

TODAY = dt.date(2026, 11, 22)


def test_language_codes_and_names_are_read_as_codes() -> None:
    """Codes in any case or region, English and native names all mean the same catalog;
    anything else is refused with the list of languages."""
    assert document_languages()[0] == "en" and {"es", "fr", "ar"} <= set(document_languages())
    for text, code in [
        ("ES", "es"), ("es-MX", "es"), ("fr_CA", "fr"), ("Spanish", "es"), ("Español", "es"),
        ("french", "fr"), ("العربية", "ar"), ("Arabic", "ar"), ("", ""), ("  ", ""),
    ]:  # fmt: skip
        assert normalise_language(text) == code, text
    for bad in ("klingon", "xx", "e", "pt"):
        with pytest.raises(ValueError, match="documents are printed in en, ar, es, fr"):
            normalise_language(bad)
        with pytest.raises(CellError):
            parse_language(bad)


def test_validate_refuses_a_language_without_catalog() -> None:
    """A stored code must be one documents can be printed in ("" = the program's)."""
    assert "document_language" not in validate(ParticipantInput("Ana", document_language="es"))
    assert "document_language" not in validate(ParticipantInput("Ana"))
    assert validate(ParticipantInput("Ana", document_language="pt"))["document_language"]


def test_import_export_and_documents_use_the_column(db: Database, tmp_path: Path) -> None:
    """A "Home language" column imports (names or codes), a bad cell is a row error, the
    export and the template carry the column, and the person's IDP prints in it."""
    text = (
        "Full name,Email,Role,Home language\n"
        "Ana,ana@example.org,mentee,Spanish\n"
        "Bo,bo@example.org,mentee,fr\n"
        "Cy,cy@example.org,mentee,\n"
        "Di,di@example.org,mentee,Klingon\n"
    )
    table = read_csv_bytes(text.encode(), source="people.csv")
    service = SpreadsheetService(db)
    plan = service.plan(table, "Spring", today=TODAY)
    assert [str(e) for e in plan.errors] == [
        "row 5, Home language: documents are printed in en, ar, es, fr; leave empty for the default"
    ]
    service.apply(plan, skip_bad_rows=True)
    out = tmp_path / "people.csv"
    service.export("Spring", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    column = lines[0].split(",").index("Document language")
    assert [line.split(",")[column] for line in lines[1:]] == ["es", "fr", ""]
    assert "Document language" in template_headers()
    assert any(row and row[0] == "Document language" for row in template_notes())
    with db.read() as session:
        ana = session.scalar(
            sa.select(ParticipantRecord.id).where(ParticipantRecord.email == "ana@example.org")
        )
    assert ana is not None
    assert "Plan de desarrollo individual" in pdfcheck.text(DocumentService(db).idp(ana))
