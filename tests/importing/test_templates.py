"""The shipped import templates match the participant fields, in every shipped language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from mentordesk.core.participant import FIELDS
from mentordesk.core.resources import resource_path
from mentordesk.importing.export import (
    template_headers,
    template_languages,
    template_notes,
    template_path,
    write_templates,
)
from mentordesk.importing.mapping import guess_mapping
from mentordesk.importing.table import read_table


def test_shipped_templates_are_in_sync(tmp_path: Path) -> None:
    """resources/templates (and its es/fr/ar folders) match what tools/make_templates.py
    generates (run it if this fails)."""
    written = write_templates(tmp_path)
    assert len(written) == 2 * len(template_languages())
    shipped = resource_path("templates")
    for fresh in written:
        relative = fresh.relative_to(tmp_path)
        if fresh.suffix == ".csv":
            assert (shipped / relative).read_bytes() == fresh.read_bytes(), relative
            continue
        got, want = openpyxl.load_workbook(shipped / relative), openpyxl.load_workbook(fresh)
        assert got.sheetnames == want.sheetnames, relative
        for name in want.sheetnames:
            assert [list(r) for r in got[name].values] == [list(r) for r in want[name].values]


def test_template_headers_are_the_field_labels() -> None:
    """The template lists every field's label, and each maps back to its field on import."""
    assert template_headers() == [spec.label for spec in FIELDS]
    assert [c.target for c in guess_mapping(template_headers())] == [s.name for s in FIELDS]
    assert len(template_notes()) > len(FIELDS)


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_a_translated_template_reads_back_field_by_field(language: str) -> None:
    """The Spanish, French and Arabic templates: headers and help sheet in the language (the
    Arabic sheets right to left), every header recognised as its own field by the importer."""
    assert language in template_languages()
    headers = template_headers(language)
    assert headers != template_headers() and len(set(headers)) == len(FIELDS)
    assert [c.target for c in guess_mapping(headers)] == [s.name for s in FIELDS]
    table = read_table(template_path(language, "xlsx"))
    assert list(table.headers) == headers
    assert [c.target for c in guess_mapping(list(table.headers))] == [s.name for s in FIELDS]
    notes = template_notes(language)
    assert notes[0][0] != "Column" and notes[-1][0] != template_notes()[-1][0]
    workbook = openpyxl.load_workbook(template_path(language, "xlsx"))
    assert workbook.sheetnames[1] != "How to fill in"
    assert all(bool(ws.sheet_view.rightToLeft) is (language == "ar") for ws in workbook.worksheets)
    assert [list(r)[:1] for r in workbook.worksheets[1].values][1] == [headers[0]]


def test_spanish_headers_and_values() -> None:
    """Spanish wording checked by hand: the headers, the help sheet, values kept in English."""
    headers = template_headers("es")
    assert headers[:3] == ["Nombre completo", "Nombre preferido", "Correo electrónico"]
    notes = template_notes("es")
    assert notes[0] == ["Columna", "Obligatoria", "Qué poner", "Sensible"]
    role = next(row for row in notes if row and row[0] == "Rol")
    assert role[2] == "mentor, mentee o both"
    assert template_path("es_MX").parent.name == "es"
    assert template_path("de") == resource_path("templates", "participants.xlsx")


@pytest.fixture
def _cli_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import gettext

    from mentordesk.cli import language as cli_language

    domain = gettext.textdomain()
    monkeypatch.setattr(cli_language, "_installed", [])
    monkeypatch.delenv("LANGUAGE", raising=False)
    yield
    gettext.textdomain(domain)


def test_the_template_command_writes_the_users_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    _cli_language: None,
) -> None:
    """`mentordesk template` in French writes the French workbook; --language ar the Arabic
    CSV; an existing file is refused without --force; a .txt name is one clear line."""
    from mentordesk.cli import main

    monkeypatch.setenv("MENTORDESK_LANGUAGE", "fr")
    target = tmp_path / "liste.xlsx"
    assert main(["template", str(target)]) == 0
    assert "Modèle écrit dans" in capsys.readouterr().out
    assert list(read_table(target).headers) == template_headers("fr")
    assert main(["template", str(target)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    arabic = tmp_path / "list.csv"
    assert main(["template", "--language", "ar", str(arabic)]) == 0
    assert arabic.read_bytes() == template_path("ar", "csv").read_bytes()
    assert main(["template", str(tmp_path / "list.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
