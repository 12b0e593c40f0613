"""What the application remembers between runs (QSettings), declared in one place."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

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
