"""File ▸ Connect to server…: the dialog, a real PostgreSQL server opened in the window like
a file, the password asked and remembered in the keyring, the server in the recent list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.db.location import ServerLocation, describe, parse_location
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.settings import Settings
from mentordesk.gui.files import ConnectDialog, open_server
from mentordesk.gui.main_window import MainWindow
from mentordesk.services.programs import ProgramService


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _open_button(dialog: ConnectDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Open)


def test_dialog_requires_server_database_user_and_an_existing_ca(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Open stays disabled until host, database and user are given; a CA file that does not
    exist is named; with a CA the address asks for verified TLS."""
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    button = _open_button(dialog)
    assert not button.isEnabled()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.host, "db.district.example")
    qtbot.keyClicks(dialog.database, "mentoring")
    assert "user name" in dialog.problem.text()
    qtbot.keyClicks(dialog.user, "ana")
    assert button.isEnabled()  # type: ignore[attr-defined]
    dialog.ca_file.setText(str(tmp_path / "missing.pem"))
    assert not button.isEnabled()  # type: ignore[attr-defined]
    assert "CA file does not exist" in dialog.problem.text()
    ca = tmp_path / "district-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.ca_file.setText(str(ca))
    assert button.isEnabled()  # type: ignore[attr-defined]
    location = dialog.location()
    assert location.host == "db.district.example" and location.user == "ana"
    assert location.option("sslmode") == "verify-full"
    assert location.option("sslrootcert") == str(ca)
    assert "password" not in location.url()


def test_window_opens_a_server_like_a_file(
    qtbot: QtBot, tmp_path: Path, pg_database: str, settings: QSettings
) -> None:
    """The window switches from a file to the server: title names the server, the programs
    are the server's, the recent list keeps the address (no password), backups are off."""
    local = Database(tmp_path / "local.sqlite")
    ProgramService(local).create("On the laptop")
    window = MainWindow(AppContext(local), settings=settings)
    qtbot.addWidget(window)
    server = Database(pg_database)
    ProgramService(server).create("District program")
    server.close()
    location = parse_location(pg_database)
    assert isinstance(location, ServerLocation)

    window.open_server(location)

    assert window.ctx.db.is_server
    combo = window.program_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["District program"]
    assert location.name in window.windowTitle()
    assert not window.backup_action.isEnabled() and not window.protect_action.isEnabled()
    recent = Settings(settings).recent()
    assert recent[0] == location and describe(recent[0]) == location.url()
    window.open_database(tmp_path / "local.sqlite")
    assert [combo.itemText(i) for i in range(combo.count())] == ["On the laptop"]
    assert window.backup_action.isEnabled()


def test_password_is_asked_then_remembered(
    qtbot: QtBot, password_role: tuple[str, str], memory_keyring: MemoryKeyring
) -> None:
    """A server that wants a password: a wrong one is asked again with the reason, the right
    one opens and (remember ticked) goes into the keyring; the next open asks nothing."""
    url, password = password_role
    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    answers = iter([("wrong", False), (password, True)])
    messages: list[str] = []

    def ask(_where: ServerLocation, message: str) -> tuple[str, bool] | None:
        messages.append(message)
        return next(answers)

    db = open_server(location, ask=ask)
    assert db is not None
    db.close()
    assert messages[0] == "" and "refused the password" in messages[1]
    assert list(memory_keyring.store.values()) == [password]

    def never(_where: ServerLocation, _message: str) -> tuple[str, bool] | None:
        raise AssertionError("asked although the keyring remembers it")

    again = open_server(location, ask=never)
    assert again is not None
    again.close()


def test_cancelled_password_opens_nothing(password_role: tuple[str, str]) -> None:
    """Cancel in the password dialog: no database, no error."""
    location = parse_location(password_role[0])
    assert isinstance(location, ServerLocation)
    assert open_server(location, ask=lambda _w, _m: None) is None
