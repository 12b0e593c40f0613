"""Preview, print and save actions and the batch dialog, offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from mentordesk.core.errors import NotFoundError
from mentordesk.db.engine import Database
from mentordesk.documents import render_agreement
from mentordesk.documents.data import AgreementDoc, PageSetup
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.pdf_pages import print_pdf_to
from mentordesk.gui.common.printing import PdfActions
from mentordesk.gui.documents.batch_print_dialog import BatchPrintDialog
from mentordesk.services.documents.produce import BatchKind
from tests.documents import pdfcheck
from tests.documents.sample import build

PDF = render_agreement(
    AgreementDoc(1, ("Zoë",), ("王小明",)), PageSetup("A4", generated_on=dt.date(2026, 3, 1))
)


def test_preview_shows_every_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Preview renders each page of the PDF as an image."""
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PdfActions(parent, lambda: PDF, "agreement.pdf", "Agreement")
    dialog = actions.show_preview()
    assert dialog is not None
    assert len(dialog.page_labels) == pdfcheck.pages(PDF)
    assert not dialog.page_labels[0].pixmap().isNull()
    dialog.close()


def test_save_as_pdf_writes_the_same_bytes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Save as PDF writes exactly the generated PDF, adding .pdf when missing."""
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PdfActions(parent, lambda: PDF, "agreement.pdf")
    actions.ask_save_path = lambda suggested: str(tmp_path / "mine")
    path = actions.save_document()
    assert path == tmp_path / "mine.pdf" and path.read_bytes() == PDF


def test_print_sends_every_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Printing rasterises the PDF's pages onto the printer (here a PDF printer)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf_to(printer, PDF) == pdfcheck.pages(PDF)
    assert pdfcheck.pages((tmp_path / "printed.pdf").read_bytes()) == pdfcheck.pages(PDF)


def test_source_error_is_a_message_not_a_crash(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A missing pair shows a warning instead of raising."""
    shown: list[str] = []
    monkeypatch.setattr(
        "mentordesk.gui.common.printing.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    def missing() -> bytes:
        raise NotFoundError("No pair with id 9")

    assert PdfActions(parent, missing, "x.pdf").save_document() is None
    assert shown == ["No pair with id 9"]


@pytest.mark.parametrize("combined", [False, True])
def test_batch_dialog_runs_in_background(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    combined: bool,
) -> None:
    """The batch dialog writes the files from a worker thread and reports completion."""
    sample = build(db)
    dialog = BatchPrintDialog(AppContext(db), sample.program_id, kind=BatchKind.AGREEMENTS)
    qtbot.addWidget(dialog)
    if combined:
        dialog.ui.combinedRadio.setChecked(True)
    dialog.ui.targetEdit.setText(str(tmp_path / ("all.pdf" if combined else "out")))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=20000)
    dialog.wait()
    assert dialog.batch_result is not None and not dialog.batch_result.cancelled
    assert len(dialog.batch_result.files) == (1 if combined else 4)
    assert "Done" in dialog.ui.messageLabel.text()


def test_batch_dialog_cancel_and_empty_target(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    """No target → a message; Cancel while running stops the batch before the next document."""
    from mentordesk.gui.common.tasks import TaskThread
    from mentordesk.gui.documents import batch_print_dialog

    sample = build(db)
    dialog = BatchPrintDialog(AppContext(db), sample.program_id)
    qtbot.addWidget(dialog)
    dialog.start()
    assert "Choose where" in dialog.ui.messageLabel.text()

    class CancelledAtOnce(TaskThread):
        def start(self) -> None:  # type: ignore[override]
            assert dialog.close_button.text() == "&Cancel"
            dialog.close_or_cancel()  # the user presses Cancel before the first document
            super().start()

    monkeypatch.setattr(batch_print_dialog, "TaskThread", CancelledAtOnce)
    dialog.ui.targetEdit.setText(str(tmp_path / "out"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=20000)
    dialog.wait()
    assert dialog.batch_result is not None and dialog.batch_result.cancelled
    assert dialog.batch_result.files == ()
    assert "Cancelled" in dialog.ui.messageLabel.text()


def test_app_fonts_register_cjk_family(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The shipped fonts load into Qt, including a family with CJK glyphs."""
    from mentordesk.gui.common.fonts import load_bundled_fonts

    families = load_bundled_fonts()
    assert any("WenQuanYi" in family for family in families)


def test_batch_dialog_prints_in_the_chosen_language(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: the batch dialog's Language choice reaches the documents (Spanish here)."""
    sample = build(db)
    dialog = BatchPrintDialog(AppContext(db), sample.program_id, kind=BatchKind.AGREEMENTS)
    qtbot.addWidget(dialog)
    dialog.ui.combinedRadio.setChecked(True)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("es"))
    target = tmp_path / "todos.pdf"
    dialog.ui.targetEdit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=20000)
    dialog.wait()
    assert "Acuerdo de mentoría" in pdfcheck.text(target.read_bytes())
