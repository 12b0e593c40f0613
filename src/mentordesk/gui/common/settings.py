"""What the application remembers between runs (QSettings), declared in one place."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    # -- Preferences (Edit ▸ Preferences…): application-wide choices ------------------------
    def backup_folder(self) -> Path | None:
        """Where backups go (None: a folder per file under the user data folder)."""
        value = self.qsettings.value("backup/folder")  # the key File ▸ Backup Settings uses
        return Path(str(value)) if value else None

    def set_backup_folder(self, folder: Path | None) -> None:
        self.qsettings.setValue("backup/folder", str(folder) if folder else "")

    def date_style(self) -> str:
        """ "locale" (the system's order, e.g. 22/11/2010) or "iso" (2010-11-22)."""
        value = str(self.qsettings.value("preferences/date_style") or "locale")
        return value if value in ("locale", "iso") else "locale"

    def set_date_style(self, style: str) -> None:
        self.qsettings.setValue("preferences/date_style", style)

    def default_paper(self) -> str:
        """ "A4", "Letter", or "" (the locale decides) when a program sets no paper."""
        value = str(self.qsettings.value("preferences/default_paper") or "")
        return value if value in ("A4", "Letter") else ""

    def set_default_paper(self, paper: str) -> None:
        self.qsettings.setValue("preferences/default_paper", paper)

    def language(self) -> str:
        """The GUI's language chosen in Preferences ("es", "fr", "ar", "en"), or "" for the
        system's."""
        return str(self.qsettings.value("preferences/language") or "")

    def set_language(self, code: str) -> None:
        self.qsettings.setValue("preferences/language", code)

    def last_database(self) -> Path | None:
        value = self.qsettings.value("files/last")
        return Path(str(value)) if value else None

    def set_last_database(self, path: Path) -> None:
        self.qsettings.setValue("files/last", str(path))

    def recent(self) -> list[Path]:
        value = self.qsettings.value("files/recent") or []
        if isinstance(value, str):
            value = [value]
        return [Path(str(v)) for v in value][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent() if p != path]
        self.qsettings.setValue("files/recent", paths[:MAX_RECENT])
        self.set_last_database(path)

    def remove_recent(self, path: Path) -> None:
        self.qsettings.setValue("files/recent", [str(p) for p in self.recent() if p != path])

    @staticmethod
    def _program_key(path: Path) -> str:
        digest = hashlib.sha1(str(path.resolve()).encode(), usedforsecurity=False).hexdigest()
        return f"programs/last-{digest[:12]}"

    def last_program_name(self, path: Path) -> str:
        """The name of that program, shown while the file opens."""
        return str(self.qsettings.value(self._program_key(path) + "-name") or "")

    def last_program(self, path: Path) -> int | None:
        value = self.qsettings.value(self._program_key(path))
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_last_program(self, path: Path, program_id: int, name: str = "") -> None:
        self.qsettings.setValue(self._program_key(path), program_id)
        if name:
            self.qsettings.setValue(self._program_key(path) + "-name", name)
