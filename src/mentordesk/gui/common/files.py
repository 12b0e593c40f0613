"""File dialogs that open where the coordinator keeps files, not in the process's folder.

The first dialog of a kind (PDF, calendar, spreadsheet, database…) opens in the user's documents
folder; later ones open in the folder last used for that kind (remembered in QSettings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "folders/{kind}"


def documents_folder() -> Path:
    """The user's documents folder (the home folder when the platform has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def last_folder(kind: str, settings: QSettings | None = None) -> Path:
    """Where the last dialog of this kind was confirmed, or the documents folder."""
    value = (settings or QSettings()).value(KEY.format(kind=kind))
    if value:
        folder = Path(str(value))
        if folder.is_dir():
            return folder
    return documents_folder()


def remember_folder(kind: str, chosen: str | Path, settings: QSettings | None = None) -> None:
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    (settings or QSettings()).setValue(KEY.format(kind=kind), str(folder))


def save_file_name(
    parent: QWidget | None, kind: str, title: str, suggested: str, filters: str
) -> str:
    """Ask where to save; "" when cancelled. `suggested` is a bare file name."""
    start = last_folder(kind) / Path(suggested).name
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if path:
        remember_folder(kind, path)
    return str(path)


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str) -> str:
    """Ask for a file to open; "" when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind)), filters)
    if path:
        remember_folder(kind, path)
    return str(path)


def existing_folder(parent: QWidget | None, kind: str, title: str) -> str:
    """Ask for a folder; "" when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind)))
    if path:
        remember_folder(kind, path)
    return str(path)
