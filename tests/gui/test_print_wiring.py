"""The print buttons wired into the views: pair detail, roster, File ▸ Print Whole Cohort."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.documents.batch_print_dialog import BatchPrintDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.pairs.view import PairsView
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.documents import produce as documents
from tests.documents import pdfcheck
from tests.documents.sample import Sample, build


@pytest.fixture
def sample(db: Database) -> Sample:
    return build(db)


@pytest.fixture
def ctx(db: Database, sample: Sample) -> AppContext:
    context = AppContext(db)
    context.set_program(sample.program_id)
    return context


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    return shown


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF files (*.pdf)")
    )


def _titles(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_pair_agreement_saved_from_print_menu(
    qtbot: QtBot, ctx: AppContext, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print ▸ Agreement ▸ Save as PDF… writes the pair's agreement with both names."""
    view = PairsView(ctx)
    qtbot.addWidget(view)
    view.open_pair(sample.pair_ids[2])
    menu = view.ui.printButton.menu()
    assert menu is not None
    titles = _titles(menu)
    assert titles[0] == "Agreement" and titles[1] == "IDP of 山田さくら"
    assert titles[2] == "Pair status sheet" and titles[3].startswith("Certificate of completion")
    agreement = menu.actions()[0].menu()
    assert isinstance(agreement, QMenu)
    assert _titles(agreement) == ["Preview", "Print…", "Save as PDF…"]
    _save_to(monkeypatch, tmp_path / "agreement")
    agreement.actions()[2].trigger()  # the second click
    text = pdfcheck.text((tmp_path / "agreement.pdf").read_bytes())
    assert "Дмитрий Иванов" in text and "山田さくら" in text


def test_pair_idp_and_sheet_from_print_menu(
    qtbot: QtBot, ctx: AppContext, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The IDP is the mentee's; the status sheet names the pair."""
    view = PairsView(ctx)
    qtbot.addWidget(view)
    view.open_pair(sample.pair_ids[2])
    _save_to(monkeypatch, tmp_path / "idp.pdf")
    assert view.print_menu.idps[0].save_document() == tmp_path / "idp.pdf"
    assert "山田さくら" in pdfcheck.text((tmp_path / "idp.pdf").read_bytes())
    _save_to(monkeypatch, tmp_path / "sheet.pdf")
    assert view.print_menu.sheet.save_document() == tmp_path / "sheet.pdf"
    assert "Дмитрий Иванов" in pdfcheck.text((tmp_path / "sheet.pdf").read_bytes())


def test_certificate_only_for_completed_pair(
    qtbot: QtBot, ctx: AppContext, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Certificates are disabled for an active pair and enabled for a pair closed as completed."""
    view = PairsView(ctx)
    qtbot.addWidget(view)
    view.open_pair(sample.pair_ids[0])
    certificate = view.print_menu.certificate
    assert not any(a.isEnabled() for a in certificate.actions())
    assert not view.print_menu.certificate_menu.isEnabled()
    view.open_pair(sample.closed_pair_id)
    assert all(a.isEnabled() for a in certificate.actions())
    _save_to(monkeypatch, tmp_path / "cert.pdf")
    certificate.save.trigger()
    data = (tmp_path / "cert.pdf").read_bytes()
    assert pdfcheck.pages(data) == 2  # mentor and mentee
    assert "Ada Completed" in pdfcheck.text(data) and "Bo Completed" in pdfcheck.text(data)


def test_roster_print_sensitive_only_when_chosen(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print roster leaves sensitive fields out; the explicit sensitive entry includes them."""
    view = RosterView(ctx)
    qtbot.addWidget(view)
    menu = view.ui.printButton.menu()
    assert menu is not None and view.ui.printButton.isEnabled()
    assert _titles(menu)[:3] == ["Preview", "Print…", "Save as PDF…"]
    _save_to(monkeypatch, tmp_path / "plain.pdf")
    view.roster_print.save.trigger()
    plain = "".join(pdfcheck.text((tmp_path / "plain.pdf").read_bytes()).split())
    assert "Zoë" in plain
    assert "she/her" not in plain and "SECRET-NOTE" not in plain
    _save_to(monkeypatch, tmp_path / "full.pdf")
    view.roster_print_sensitive.save.trigger()
    full = "".join(pdfcheck.text((tmp_path / "full.pdf").read_bytes()).split())
    assert "she/her" in full and "SECRET-NOTE-0" in full


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    return win


def _open_batch(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.ui.actionPrintCohort.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BatchPrintDialog)
    dialog.ui.browseButton.click()
    assert dialog.ui.targetEdit.text() == str(folder)
    return dialog


def test_cohort_batch_from_main_window(
    qtbot: QtBot,
    window: MainWindow,
    sample: Sample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File ▸ Print Whole Cohort writes one agreement per active pair into the chosen folder."""
    dialog = _open_batch(window, tmp_path / "out", monkeypatch)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30000)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == len(sample.pair_ids) and all(f.startswith("agreement-") for f in files)
    assert dialog.ui.progressBar.value() == len(sample.pair_ids)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_cohort_batch_cancel(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel during the batch stops after the current document; the dialog then closes."""
    first_written, go_on = threading.Event(), threading.Event()
    real_write = documents._write

    def slow_write(path: Path, data: bytes, replace: bool) -> None:
        real_write(path, data, replace)
        first_written.set()
        go_on.wait(20)

    monkeypatch.setattr(documents, "_write", slow_write)
    dialog = _open_batch(window, tmp_path / "out", monkeypatch)
    dialog.start_button.click()
    qtbot.waitUntil(first_written.is_set, timeout=20000)
    assert dialog.close_button.text() == "&Cancel"
    dialog.close_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=20000)
    assert dialog.batch_result.cancelled and len(dialog.batch_result.files) == 1
    assert len(list((tmp_path / "out").iterdir())) == 1
    assert "Cancelled" in dialog.ui.messageLabel.text()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
