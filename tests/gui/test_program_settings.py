"""Program ▸ Settings holds the document settings (paper, logo, coordinator and contact,
organization, language), stored with the program and read back by the documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.core.errors import ValidationError
from mentordesk.core.program import DocumentSettings
from mentordesk.db.engine import Database
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.services.documents.produce import page_setup
from mentordesk.services.programs import ProgramService

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def test_settings_dialog_saves_document_settings(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """Choose Letter, a logo, the coordinator and contact: saved with the program."""
    service = ProgramService(db)
    program, _ = service.create("Spring", organization="Riverside School")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)

    def submit(values: dict[str, object]) -> None:
        service.update(program.id, **values)

    dialog = ProgramDialog(ProgramDialog.SETTINGS, program, submit=submit)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.documentsBox.isVisibleTo(dialog)
    ui.paperCombo.setCurrentIndex(ui.paperCombo.findData("Letter"))
    ui.logoEdit.setText(str(logo))
    ui.coordinatorEdit.setText("Ms Adaeze Obi")
    ui.coordinatorContactEdit.setText("mentoring@riverside.example")
    ui.documentOrganizationEdit.setText("Riverside School Trust")
    dialog.accept()
    assert dialog.result() == 1
    docs = service.get(program.id).documents
    assert docs == DocumentSettings(
        paper="Letter",
        logo_path=str(logo),
        coordinator="Ms Adaeze Obi",
        coordinator_contact="mentoring@riverside.example",
        organization="Riverside School Trust",
        language="en",
    )
    setup = page_setup(service.get(program.id))
    assert (setup.paper, setup.logo_path, setup.organization) == (
        "Letter",
        str(logo),
        "Riverside School Trust",
    )
    reopened = ProgramDialog(ProgramDialog.SETTINGS, service.get(program.id))
    qtbot.addWidget(reopened)
    assert reopened.documents() == docs and not reopened.is_dirty()


def test_missing_logo_is_named_beside_the_field(qtbot: QtBot, db: Database) -> None:
    """A logo that is not a picture file keeps OK disabled with the reason beside it."""
    program, _ = ProgramService(db).create("Spring")
    dialog = ProgramDialog(ProgramDialog.SETTINGS, program)
    qtbot.addWidget(dialog)
    dialog.ui.logoEdit.setText("/nowhere/logo.png")
    assert dialog.ui.logoError.text() == "no such file"
    dialog.ui.logoEdit.setText("/etc/hostname")
    assert dialog.ui.logoError.text() == "a PNG or JPEG picture"
    assert "logo_path" in dialog.errors


def test_create_and_rename_have_no_document_section(qtbot: QtBot) -> None:
    """Only Program ▸ Settings shows the document settings."""
    for mode in (ProgramDialog.CREATE, ProgramDialog.RENAME):
        dialog = ProgramDialog(mode)
        qtbot.addWidget(dialog)
        assert not dialog.ui.documentsBox.isVisibleTo(dialog)
        assert "document_settings" not in dialog.values()


def test_service_refuses_bad_settings_and_keeps_other_keys(db: Database) -> None:
    """Bad paper or language is a ValidationError; other features' keys survive a save."""
    service = ProgramService(db)
    program, _ = service.create("Spring")
    service.update(program.id, document_settings={"retention_years": 7})
    with pytest.raises(ValidationError, match="paper"):
        service.save_document_settings(program.id, DocumentSettings(paper="A3"))
    with pytest.raises(ValidationError, match="language"):
        service.save_document_settings(program.id, DocumentSettings(language="tlh"))
    saved, _ = service.save_document_settings(program.id, DocumentSettings(coordinator=" Jo "))
    assert saved.document_settings["retention_years"] == 7
    assert saved.documents.coordinator == "Jo"
