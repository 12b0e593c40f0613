"""The passphrase of an encrypted file: asked at open (three tries, optionally remembered in
the OS keyring), and File ▸ Protect with passphrase… (protect, change, remove)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.db.cipher import PassphraseError, change_protection, is_encrypted
from mentordesk.db.engine import Database
from mentordesk.gui.common import AppContext

TRIES = 3
MIN_LENGTH = 8
KEYRING_SERVICE = "MentorDesk"

#: (attempt number, message to show) → (passphrase, remember) or None when cancelled.
Ask = Callable[[int, str], tuple[str, bool] | None]


# -- the OS keyring ------------------------------------------------------------------------
def keyring_available() -> bool:
    """True when the OS offers a keyring to remember passphrases in."""
    try:
        import keyring

        return bool(keyring.get_keyring().priority > 0)
    except Exception:  # no backend, no D-Bus …: simply not offered
        return False


def _account(path: Path) -> str:
    return str(Path(path).resolve())


def remembered(path: Path) -> str | None:
    if not keyring_available():
        return None
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, _account(path))
    except Exception:
        return None
    return value or None


def remember(path: Path, passphrase: str | None) -> None:
    """Store the passphrase of `path` in the keyring (None: forget it)."""
    if not keyring_available():
        return
    try:
        import keyring

        if passphrase is None:
            keyring.delete_password(KEYRING_SERVICE, _account(path))
        else:
            keyring.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except Exception:
        pass  # remembering is a convenience; failing to is not an error


# -- asking at open ------------------------------------------------------------------------
class PassphraseDialog(QDialog):
    def __init__(self, path: Path, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Passphrase")
        layout = QVBoxLayout(self)
        label = QLabel(f"{Path(path).name} is protected with a passphrase.")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.message = QLabel(message)
        self.message.setStyleSheet("color: #b42318")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox("Remember it in this computer's keyring")
        self.remember.setEnabled(keyring_available())
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


def _ask_with_dialog(path: Path, parent: QWidget | None) -> Ask:
    def ask(_attempt: int, message: str) -> tuple[str, bool] | None:
        dialog = PassphraseDialog(path, message, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text(), dialog.remember.isChecked()

    return ask


def open_database(
    path: Path,
    parent: QWidget | None = None,
    ask: Ask | None = None,
    tell: Callable[[str], None] | None = None,
    make: Callable[[str | None], Database | None] | None = None,
) -> Database | None:
    """Open `path`; for an encrypted file use the remembered passphrase or ask (three tries).

    None when the coordinator cancels or gives a wrong passphrase three times (then `tell`
    shows why); nothing is written to the file in either case. `make(passphrase)` opens the
    file (default: `Database(path, passphrase=…)`; the File area's adds the writer lock).
    """
    path = Path(path)
    if make is None:

        def make(passphrase: str | None) -> Database | None:
            return Database(path, passphrase=passphrase)

    if not is_encrypted(path):
        return make(None)
    stored = remembered(path)
    if stored is not None:
        try:
            return make(stored)
        except PassphraseError:
            remember(path, None)  # changed elsewhere: ask instead
    ask = ask or _ask_with_dialog(path, parent)
    message = ""
    for attempt in range(1, TRIES + 1):
        answer = ask(attempt, message)
        if answer is None:
            return None
        passphrase, keep = answer
        try:
            db = make(passphrase)
        except PassphraseError:
            left = TRIES - attempt
            message = (
                f"That passphrase is not right: {left} {'try' if left == 1 else 'tries'} left."
            )
            continue
        if keep and db is not None:
            remember(path, passphrase)
        return db
    text = f"Wrong passphrase {TRIES} times: {path.name} was not opened, and nothing in it changed."
    if tell is not None:
        tell(text)
    else:
        QMessageBox.warning(parent, "Passphrase", text)
    return None


# -- File ▸ Protect with passphrase… -------------------------------------------------------
class ProtectDialog(QDialog):
    """Protect a plain file, or change / remove the passphrase of an encrypted one."""

    def __init__(self, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypted = encrypted
        self.setWindowTitle("Protect with passphrase")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The file is encrypted (SQLCipher, AES-256): without the passphrase nobody can "
            "read it, and neither can you — keep the passphrase safe. A backup is made first."
            if not encrypted
            else "This file is protected with a passphrase."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.change = QRadioButton("Change the passphrase")
        self.remove = QRadioButton("Remove the protection (store the file unencrypted)")
        self.change.setChecked(True)
        if encrypted:
            layout.addWidget(self.change)
            layout.addWidget(self.remove)
        form = QFormLayout()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("New passphrase", self.new)
        form.addRow("Repeat it", self.repeat)
        layout.addLayout(form)
        self.remember = QCheckBox("Remember it in this computer's keyring")
        self.remember.setEnabled(keyring_available())
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b42318")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.new.textChanged, self.repeat.textChanged, self.remove.toggled):
            signal.connect(lambda *_: self._check())
        self._check()

    def new_passphrase(self) -> str | None:
        """The chosen passphrase, or None for "remove the protection"."""
        return None if self.encrypted and self.remove.isChecked() else self.new.text()

    def _check(self) -> None:
        removing = self.encrypted and self.remove.isChecked()
        for widget in (self.new, self.repeat, self.remember):
            widget.setEnabled(not removing and (widget is not self.remember or keyring_available()))
        problem = ""
        if not removing:
            if len(self.new.text()) < MIN_LENGTH:
                problem = f"At least {MIN_LENGTH} characters."
            elif self.new.text() != self.repeat.text():
                problem = "The two passphrases differ."
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


def protect_database(
    ctx: AppContext, new_passphrase: str | None, *, keep_in_keyring: bool = False
) -> str:
    """Convert the open file (a backup first), reopen it, and say what happened."""
    db = ctx.db
    path = db.file_path("Protect with passphrase")  # a server's data is protected by its TLS
    old = db.keyring.passphrase if db.keyring is not None else None
    db.close()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        done = change_protection(
            path, old_passphrase=old, new_passphrase=new_passphrase, stamp=stamp
        )
    except MentorDeskError:
        ctx.set_database(Database(path, passphrase=old))  # unchanged: carry on as before
        raise
    ctx.set_database(Database(path, passphrase=new_passphrase))
    remember(path, new_passphrase if keep_in_keyring else None)
    if done.encrypted:
        text = "The file is now protected with the passphrase."
    else:
        text = "The file is no longer protected with a passphrase."
    if done.backup is not None:
        text += f" The previous file is kept as {done.backup.name}."
    return text


def protect_with_dialog(
    parent: QWidget, ctx: AppContext, exec_dialog: Callable[[ProtectDialog], bool] | None = None
) -> str | None:
    """File ▸ Protect with passphrase…; returns the message shown, or None when cancelled."""
    dialog = ProtectDialog(ctx.db.encrypted, parent)
    accepted = (
        exec_dialog(dialog)
        if exec_dialog is not None
        else dialog.exec() == QDialog.DialogCode.Accepted
    )
    if not accepted:
        return None
    try:
        text = protect_database(
            ctx, dialog.new_passphrase(), keep_in_keyring=dialog.remember.isChecked()
        )
    except MentorDeskError as error:
        QMessageBox.warning(parent, "Protect with passphrase", str(error))
        return None
    if exec_dialog is None:
        QMessageBox.information(parent, "Protect with passphrase", text)
    return text
