"""What the application remembers between runs (QSettings), declared in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from mentordesk.db.location import Location, LocationError, describe, parse_location

try:  # CPython's own SHA-1: hashlib would load OpenSSL (~5 ms) before the first paint
    from _sha1 import sha1 as _sha1
except ImportError:  # another interpreter
    from hashlib import sha1 as _sha1

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

    # Files and servers are remembered by `describe(location)`: a path, or a server address
    # (never with a password: a ServerLocation holds none).
    def last_database(self) -> Location | None:
        value = self.qsettings.value("files/last")
        return _location(value) if value else None

    def set_last_database(self, location: Location) -> None:
        self.qsettings.setValue("files/last", describe(location))

    def recent(self) -> list[Location]:
        value = self.qsettings.value("files/recent") or []
        if isinstance(value, str):
            value = [value]
        found = (_location(v) for v in value)
        return [location for location in found if location is not None][:MAX_RECENT]

    def add_recent(self, location: Location) -> None:
        kept = [describe(p) for p in self.recent() if p != location]
        self.qsettings.setValue("files/recent", [describe(location), *kept][:MAX_RECENT])
        self.set_last_database(location)

    def remove_recent(self, location: Location) -> None:
        kept = [describe(p) for p in self.recent() if p != location]
        self.qsettings.setValue("files/recent", kept)

    @staticmethod
    def _program_key(location: Location) -> str:
        key = str(location.resolve()) if isinstance(location, Path) else describe(location)
        digest = _sha1(key.encode(), usedforsecurity=False).hexdigest()
        return f"programs/last-{digest[:12]}"

    def last_program_name(self, location: Location) -> str:
        """The name of that program, shown while the file opens."""
        return str(self.qsettings.value(self._program_key(location) + "-name") or "")

    def last_program(self, location: Location) -> int | None:
        value = self.qsettings.value(self._program_key(location))
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_last_program(self, location: Location, program_id: int, name: str = "") -> None:
        self.qsettings.setValue(self._program_key(location), program_id)
        if name:
            self.qsettings.setValue(self._program_key(location) + "-name", name)


def _location(value: object) -> Location | None:
    try:
        return parse_location(str(value))
    except LocationError:  # an entry this version cannot use: skipped, not fatal
        return None
