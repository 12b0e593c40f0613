"""The passphrase in the GUI: asked at open (three tries, keyring), File ▸ Protect…"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from mentordesk.db.cipher import is_encrypted
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.privacy import ProtectDialog, open_database, protect_with_dialog
from mentordesk.services.programs import ProgramService

pytestmark = pytest.mark.sqlite_only(reason="the file's passphrase")

SECRET = "a long enough passphrase"


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
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    db = Database(path, passphrase=SECRET)
    ProgramService(db).create("Hidden Program Name")
    db.close()
    return path


def test_three_tries_then_nothing_opened(encrypted_path: Path) -> None:
    """Two wrong passphrases then the right one opens; three wrong ones open nothing, say
    so, and leave the file byte for byte as it was."""
    messages: list[str] = []
    answers = iter(["wrong", "also wrong", SECRET])

    def ask(_attempt: int, message: str) -> tuple[str, bool]:
        messages.append(message)
        return next(answers), False

    db = open_database(encrypted_path, ask=ask)
    assert db is not None and db.encrypted
    db.close()
    assert messages == ["", "That passphrase is not right: 2 tries left.",
                        "That passphrase is not right: 1 try left."]  # fmt: skip
    before = encrypted_path.read_bytes()
    told: list[str] = []
    assert (
        open_database(encrypted_path, ask=lambda _a, _m: ("bad", False), tell=told.append) is None
    )
    assert told and "3 times" in told[0]
    assert open_database(encrypted_path, ask=lambda _a, _m: None) is None
    assert encrypted_path.read_bytes() == before


def test_remembered_passphrase_is_not_asked_again(
    encrypted_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """With "remember", the next open uses the keyring and asks nothing."""
    db = open_database(encrypted_path, ask=lambda _a, _m: (SECRET, True))
    assert db is not None
    db.close()
    assert list(memory_keyring.store.values()) == [SECRET]

    def never(_a: int, _m: str) -> tuple[str, bool]:
        raise AssertionError("asked again")

    db = open_database(encrypted_path, ask=never)
    assert db is not None
    db.close()


def test_protect_dialog_checks_the_passphrase(qtbot: QtBot) -> None:
    """OK stays disabled for a short passphrase or two that differ."""
    dialog = ProtectDialog(encrypted=False)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    qtbot.keyClicks(dialog.new, "short")
    assert not ok.isEnabled()
    dialog.new.setText(SECRET)
    dialog.repeat.setText(SECRET + "x")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeat.setText(SECRET)
    assert ok.isEnabled() and dialog.new_passphrase() == SECRET


def test_protect_and_unprotect_the_open_file(qtbot: QtBot, tmp_path: Path) -> None:
    """File ▸ Protect with passphrase… encrypts the open file and reopens it; doing it again
    with "Remove the protection" stores it plain; the data stays."""
    path = tmp_path / "plain.sqlite"
    db = Database(path)
    ProgramService(db).create("Hidden Program Name")
    ctx = AppContext(db)

    def fill(dialog: ProtectDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.new.setText(SECRET)
        dialog.repeat.setText(SECRET)
        return True

    text = protect_with_dialog(None, ctx, exec_dialog=fill)  # type: ignore[arg-type]
    assert text is not None and "now protected" in text
    assert is_encrypted(path) and ctx.db.encrypted
    assert b"Hidden Program Name" not in path.read_bytes()
    assert [p.name for p in ProgramService(ctx.db).list()] == ["Hidden Program Name"]

    def remove(dialog: ProtectDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.remove.setChecked(True)
        return True

    text = protect_with_dialog(None, ctx, exec_dialog=remove)  # type: ignore[arg-type]
    assert text is not None and "no longer protected" in text
    assert not is_encrypted(path) and not ctx.db.encrypted
    assert [p.name for p in ProgramService(ctx.db).list()] == ["Hidden Program Name"]
    ctx.db.close()
